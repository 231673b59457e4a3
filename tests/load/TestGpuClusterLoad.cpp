#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/GpuClusterLoad.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace gridtwin;

namespace {

const std::int64_t kStart = msFromCivil({2024, 1, 1});
constexpr std::int64_t kMin = 60'000;

// Reference cluster numbers by hand (SiteConfig.h defaults): 1275 nodes x 8 H100.
constexpr double kIdleKw = 1275 * (8 * 90.0 + 1500.0) / 1000.0;        // 2830.5
constexpr double kMaxKw = 1275 * (8 * 700.0 + 4600.0) / 1000.0;        // 13005
constexpr double kOverhead = 1.0 + (4600.0 - 1500.0) / (8 * (700.0 - 90.0)); // kW per GPU-kW

// Only the hero run, spanning every GPU and the whole test period: a plateau to test levels.
GpuClusterConfig heroOnly() {
    GpuClusterConfig c;
    c.hero_job_fraction = 1.0;
    c.hero_job_duration_h = 24.0 * 3650;
    c.job_arrival_rate_per_h = 0.0;
    c.failure_rate_per_gpu_day = 0.0;
    c.checkpoint_interval_min = 0.0;
    return c;
}

bool near(double a, double b, double rel) { return std::abs(a - b) <= rel * std::max(1.0, std::abs(b)); }

} // namespace

class TestGpuClusterLoad : public QObject {
    Q_OBJECT
private slots:
    void pue_data() {
        QTest::addColumn<double>("ambient_c");
        QTest::addColumn<double>("it_kw");
        QTest::addColumn<double>("facility_kw");
        // IT x (1.15 + 0.01 max(0, T - 18)) + 150
        QTest::newRow("cold") << -5.0 << 10000.0 << 11650.0;
        QTest::newRow("at free-cooling limit") << 18.0 << 10000.0 << 11650.0;
        QTest::newRow("28 C") << 28.0 << 10000.0 << 12650.0;
        QTest::newRow("30.5 C") << 30.5 << 8000.0 << 10350.0;
        QTest::newRow("no IT") << 35.0 << 0.0 << 150.0;
    }
    void pue() {
        QFETCH(double, ambient_c);
        QFETCH(double, it_kw);
        QFETCH(double, facility_kw);
        QVERIFY(near(facilityLoadKw(GpuClusterConfig{}, it_kw, ambient_c), facility_kw, 1e-12));
    }

    void powerLevels_data() {
        QTest::addColumn<bool>("iteration");
        QTest::addColumn<double>("floor");
        QTest::addColumn<double>("run_w");
        QTest::addColumn<double>("high_w");
        QTest::addColumn<double>("low_w");
        QTest::addColumn<double>("dip_w");
        // Off: 0.85 x 700. On: P_high = min(700, (595 - 0.25 x 210) / 0.75) = 700, P_low = 0.3 x 700,
        // mean 210 + 0.75 x 490. Floor 0.5: P_low = 350, mean 350 + 0.75 x 350; dips at the floor.
        QTest::newRow("job layer") << false << 0.0 << 595.0 << 595.0 << 595.0 << 90.0;
        QTest::newRow("iteration") << true << 0.0 << 577.5 << 700.0 << 210.0 << 90.0;
        QTest::newRow("iteration+floor") << true << 0.5 << 612.5 << 700.0 << 350.0 << 350.0;
    }
    void powerLevels() {
        QFETCH(bool, iteration);
        QFETCH(double, floor);
        QFETCH(double, run_w);
        QFETCH(double, high_w);
        QFETCH(double, low_w);
        QFETCH(double, dip_w);
        GpuClusterConfig c = heroOnly();
        c.iteration_layer = iteration;
        c.power_floor_fraction = floor;
        GpuClusterLoad m(c, 1, kStart, kStart + kMsPerDay);
        QVERIFY(near(m.gpuRunMeanW(), run_w, 1e-12));
        QVERIFY(near(m.gpuHighW(), high_w, 1e-12));
        QVERIFY(near(m.gpuLowW(), low_w, 1e-12));
        QVERIFY(near(m.gpuDipW(), dip_w, 1e-12));
        QVERIFY(near(m.idleItKw(), 2830.5, 1e-12));
        QVERIFY(near(m.maxItKw(), 13005.0, 1e-12));
        // A running plateau at 1-min mean (all 10200 GPUs, no wave at whole seconds).
        const double plateau = kIdleKw + kOverhead * 10200 * (run_w - 90.0) / 1000.0;
        const std::int64_t t = kStart + 6 * kMsPerHour;
        QVERIFY2(near(m.meanItLoadKw(t, t + kMin), plateau, 1e-9),
                 qPrintable(QString::number(m.meanItLoadKw(t, t + kMin), 'f', 6)));
    }

    void determinism() {
        const GpuClusterConfig c;
        const std::int64_t end = kStart + 30 * kMsPerDay;
        GpuClusterLoad a(c, 7, kStart, end), b(c, 7, kStart, end), other(c, 8, kStart, end);
        QCOMPARE(a.jobs().size(), b.jobs().size());
        for (std::size_t i = 0; i < a.jobs().size(); ++i) {
            QCOMPARE(a.jobs()[i].start_ms, b.jobs()[i].start_ms);
            QCOMPARE(a.jobs()[i].gpus, b.jobs()[i].gpus);
            QCOMPARE(a.jobs()[i].failures, b.jobs()[i].failures);
        }
        int differing = 0;
        for (std::int64_t t = kStart; t < end; t += kMin) {
            const double va = a.meanItLoadKw(t, t + kMin);
            QCOMPARE(va, b.meanItLoadKw(t, t + kMin)); // bit for bit
            if (va != other.meanItLoadKw(t, t + kMin)) ++differing;
        }
        QVERIFY2(differing > 1000, qPrintable(QString::number(differing)));
    }

    void bounds_data() {
        QTest::addColumn<bool>("iteration");
        QTest::addColumn<double>("floor");
        QTest::addColumn<qint64>("step_ms");
        QTest::newRow("job layer, 1 min") << false << 0.0 << qint64(kMin);
        QTest::newRow("iteration, 1 min") << true << 0.0 << qint64(kMin);
        QTest::newRow("iteration+floor, 7 s") << true << 0.4 << qint64(7000);
    }
    void bounds() {
        QFETCH(bool, iteration);
        QFETCH(double, floor);
        QFETCH(qint64, step_ms);
        GpuClusterConfig c;
        c.iteration_layer = iteration;
        c.iteration_hz = 0.7;
        c.power_floor_fraction = floor;
        const std::int64_t end = kStart + 30 * kMsPerDay;
        GpuClusterLoad m(c, 11, kStart, end);
        double lo = 1e300, hi = 0.0;
        for (std::int64_t t = kStart; t < end; t += step_ms) {
            const double v = m.meanItLoadKw(t, t + step_ms);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        // Outside the period the boundary values hold, still within bounds.
        const double before = m.meanItLoadKw(kStart - kMsPerDay, kStart - kMsPerDay + step_ms);
        const double after = m.meanItLoadKw(end + kMsPerDay, end + kMsPerDay + step_ms);
        QCOMPARE(before, m.meanItLoadKw(kStart - 5 * kMsPerDay, kStart - 4 * kMsPerDay));
        QCOMPARE(after, m.meanItLoadKw(end + 10 * kMsPerDay, end + 11 * kMsPerDay));
        lo = std::min({lo, before, after});
        hi = std::max({hi, before, after});
        QVERIFY2(lo >= kIdleKw * (1 - 1e-9) && hi <= kMaxKw * (1 + 1e-9),
                 qPrintable(QString("%1 .. %2").arg(lo).arg(hi)));
        // The load actually moves: near idle in the worst dip, near the run level at best.
        QVERIFY(hi - lo > 0.5 * (kMaxKw - kIdleKw));
    }

    void energyConsistency_data() {
        QTest::addColumn<bool>("iteration");
        QTest::addColumn<double>("hz");
        QTest::newRow("job layer") << false << 1.0;
        QTest::newRow("iteration 0.3 Hz") << true << 0.3;
        QTest::newRow("iteration 2.7 Hz") << true << 2.7;
    }
    void energyConsistency() {
        QFETCH(bool, iteration);
        QFETCH(double, hz);
        GpuClusterConfig c;
        c.iteration_layer = iteration;
        c.iteration_hz = hz;
        c.checkpoint_interval_min = 7.0; // many dips inside the span
        c.failure_rate_per_gpu_day = 5e-3;
        const std::int64_t t0 = kStart + 3 * kMsPerHour + 123, span = 6 * kMsPerHour;
        GpuClusterLoad coarse(c, 3, kStart, kStart + kMsPerDay);
        GpuClusterLoad fine(c, 3, kStart, kStart + kMsPerDay);
        const double whole = coarse.meanItLoadKw(t0, t0 + span);
        double sum = 0.0;
        for (std::int64_t t = t0; t < t0 + span; t += 1000) sum += fine.meanItLoadKw(t, t + 1000);
        const double of_seconds = sum / static_cast<double>(span / 1000);
        QVERIFY2(near(whole, of_seconds, 1e-9),
                 qPrintable(QString("%1 vs %2").arg(whole, 0, 'f', 9).arg(of_seconds, 0, 'f', 9)));
        // And the 15-min means agree with the whole too (the engine's usual step).
        GpuClusterLoad quarter(c, 3, kStart, kStart + kMsPerDay);
        double qsum = 0.0;
        for (std::int64_t t = t0; t < t0 + span; t += 15 * kMin) qsum += quarter.meanItLoadKw(t, t + 15 * kMin);
        QVERIFY(near(whole, qsum / 24.0, 1e-9));
    }

    void iterationLayer_data() {
        QTest::addColumn<double>("hz");
        QTest::addColumn<double>("floor");
        QTest::newRow("1 Hz") << 1.0 << 0.0;
        QTest::newRow("1 Hz, floor 0.5") << 1.0 << 0.5;
        QTest::newRow("0.3 Hz") << 0.3 << 0.0;
    }
    void iterationLayer() {
        QFETCH(double, hz);
        QFETCH(double, floor);
        GpuClusterConfig c = heroOnly();
        c.iteration_layer = true;
        c.iteration_hz = hz;
        c.power_floor_fraction = floor;
        GpuClusterLoad m(c, 5, kStart, kStart + kMsPerDay);
        const double p_low = std::max(0.3, floor) * 700.0, p_high = 700.0;
        const auto itKw = [](double gpu_w) { return kIdleKw + kOverhead * 10200 * (gpu_w - 90.0) / 1000.0; };
        // physics.md 4.2 item 3: mean = P_low + D (P_high - P_low).
        const double analytic = itKw(p_low + 0.75 * (p_high - p_low));
        // 15-min steps: whole periods at 1 Hz give the analytic mean exactly; at 0.3 Hz a partial
        // period leaves at most amplitude x T D (1 - D) / 15 min.
        const double period_ms = 1000.0 / hz;
        const double tol = (itKw(p_high) - itKw(p_low)) * period_ms * 0.75 * 0.25 / (15 * kMin) + 1e-9;
        for (std::int64_t t = kStart + kMsPerHour; t < kStart + 20 * kMsPerHour; t += 15 * kMin) {
            const double v = m.meanItLoadKw(t, t + 15 * kMin);
            QVERIFY2(std::abs(v - analytic) <= tol, qPrintable(QString("%1 vs %2").arg(v).arg(analytic)));
        }
        if (hz != 1.0) return;
        // 100-ms steps show the wave: 700 ms compute, one mixed bin, 200 ms communication.
        const std::int64_t s0 = kStart + 2 * kMsPerHour;
        for (int k = 0; k < 30; ++k) {
            const std::int64_t t = s0 + 100 * k;
            const int bin = k % 10;
            const double expected = bin < 7 ? itKw(p_high) : bin == 7 ? 0.5 * (itKw(p_high) + itKw(p_low)) : itKw(p_low);
            QVERIFY2(near(m.meanItLoadKw(t, t + 100), expected, 1e-9),
                     qPrintable(QString("bin %1: %2 vs %3").arg(k).arg(m.meanItLoadKw(t, t + 100)).arg(expected)));
        }
    }

    void utilisation_data() {
        QTest::addColumn<double>("hero");
        QTest::addColumn<double>("target");
        QTest::newRow("reference") << 0.8 << 0.85;
        QTest::newRow("no hero") << 0.0 << 0.85;
        QTest::newRow("hero 0.5, target 0.75") << 0.5 << 0.75;
    }
    void utilisation() {
        QFETCH(double, hero);
        QFETCH(double, target);
        GpuClusterConfig c;
        c.hero_job_fraction = hero;
        c.target_utilisation = target;
        const std::int64_t end = msFromCivil({2025, 1, 1});
        GpuClusterLoad m(c, 2024, kStart, end);
        // Cross-check the model's figure against the job list.
        double gpu_ms = 0.0;
        for (const JobRecord& j : m.jobs())
            gpu_ms += j.gpus * static_cast<double>(std::min(j.end_ms, end) - std::max(j.start_ms, kStart));
        const double from_jobs = gpu_ms / (10200.0 * static_cast<double>(end - kStart));
        QVERIFY(near(m.allocatedFraction(), from_jobs, 1e-12));
        QVERIFY2(std::abs(from_jobs - target) < 0.04, qPrintable(QString::number(from_jobs)));
        // Some GPU-time went to the hero run exactly as configured.
        double hero_ms = 0.0;
        for (const JobRecord& j : m.jobs())
            if (j.hero) hero_ms += static_cast<double>(std::min(j.end_ms, end) - std::max(j.start_ms, kStart));
        if (hero > 0.0) QVERIFY(near(hero_ms, static_cast<double>(end - kStart), 1e-12));
        // Energy of the jobs plus idle GPUs accounts for the year's IT energy.
        double job_kwh = 0.0;
        for (const JobRecord& j : m.jobs()) job_kwh += j.energy_kwh;
        const double hours = static_cast<double>(end - kStart) / kMsPerHour;
        const double it_kwh = m.meanItLoadKw(kStart, end) * hours;
        const double free_gpus_kwh = kIdleKw * hours * (1.0 - from_jobs);
        QVERIFY2(near(job_kwh + free_gpus_kwh, it_kwh, 1e-6),
                 qPrintable(QString("%1 vs %2").arg(job_kwh + free_gpus_kwh).arg(it_kwh)));
    }

    void failuresAndCheckpoints() {
        GpuClusterConfig c = heroOnly();
        c.failure_rate_per_gpu_day = 5.3e-4;
        c.checkpoint_interval_min = 30.0;
        const double days = 20.0;
        const std::int64_t end = kStart + static_cast<std::int64_t>(days) * kMsPerDay;
        GpuClusterLoad m(c, 99, kStart, end);
        QCOMPARE(m.jobs().size(), std::size_t(1));
        const JobRecord& hero = m.jobs().front();
        // Count idle spells in the 1-s series: short ones are checkpoint dips (60 s), long ones
        // are failures (15 min restart).
        const double run_kw = kIdleKw + kOverhead * 10200 * (595.0 - 90.0) / 1000.0;
        const double low_kw = kIdleKw + 1e-6;
        int dips = 0, failures = 0;
        std::int64_t low_since = -1;
        for (std::int64_t t = kStart; t < end; t += 1000) {
            const double v = m.meanItLoadKw(t, t + 1000);
            QVERIFY(v <= run_kw + 1e-6);
            if (v <= low_kw && low_since < 0) low_since = t;
            if (v > low_kw && low_since >= 0) {
                const std::int64_t len = t - low_since;
                if (len <= 61'000) ++dips;
                else if (len >= 14 * kMin && len <= 17 * kMin) ++failures;
                else QFAIL(qPrintable(QString("idle spell of %1 ms").arg(len)));
                low_since = -1;
            }
        }
        // A failure inside a dip merges both into one spell; the period edges may cut one.
        QVERIFY2(std::abs(dips - hero.checkpoints) <= 3,
                 qPrintable(QString("%1 vs %2").arg(dips).arg(hero.checkpoints)));
        QVERIFY2(std::abs(failures - hero.failures) <= 1,
                 qPrintable(QString("%1 vs %2").arg(failures).arg(hero.failures)));
        // Expected failures 10200 x 5.3e-4 x 20 days = 108 (Poisson sd 10.4).
        const double expected_failures = 10200 * 5.3e-4 * days;
        QVERIFY2(std::abs(hero.failures - expected_failures) < 4.5 * std::sqrt(expected_failures),
                 qPrintable(QString::number(hero.failures)));
        // Two dips per hour, less per failure its downtime (15 min + 30 s ramp) and on average
        // half an interval of work since the last checkpoint (the schedule restarts after it).
        const double expected_dips = 2 * 24 * days - hero.failures * (15.5 / 30.0 + 0.5);
        QVERIFY2(std::abs(hero.checkpoints - expected_dips) < 15.0,
                 qPrintable(QString("%1 vs %2").arg(hero.checkpoints).arg(expected_dips)));
    }

    void rejectsBadConfig_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("gpu_idle_w") << "gpu_idle_w";
        QTest::newRow("node_count") << "node_count";
        QTest::newRow("target_utilisation") << "target_utilisation";
        QTest::newRow("checkpoint_duration_s") << "checkpoint_duration_s";
        QTest::newRow("iteration_hz") << "iteration_hz";
    }
    void rejectsBadConfig() {
        QFETCH(QString, field);
        GpuClusterConfig c;
        if (field == "gpu_idle_w") c.gpu_idle_w = 800.0;
        if (field == "node_count") c.node_count = 0;
        if (field == "target_utilisation") c.target_utilisation = 1.5;
        if (field == "checkpoint_duration_s") c.checkpoint_duration_s = 3600.0;
        if (field == "iteration_hz") {
            c.iteration_layer = true;
            c.iteration_hz = 0.0;
        }
        try {
            GpuClusterLoad m(c, 1, kStart, kStart + kMsPerDay);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.where()), "cluster." + field);
        }
        QVERIFY_THROWS_EXCEPTION(InputError, GpuClusterLoad(GpuClusterConfig{}, 1, kStart, kStart));
    }
};

int runGpuClusterLoadTests(int argc, char** argv) {
    TestGpuClusterLoad t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestGpuClusterLoad.moc"
