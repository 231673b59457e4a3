// The engine on random sites: the energy balance of BRIEF.md section 4 at every step, physical
// bounds, determinism, and KPIs that agree with the step stream.
#include "io/TimeSeriesCsvWriter.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/SimulationKpis.h"
#include "sim/SiteSimulation.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace gridtwin;

namespace {

SiteConfig randomSite(std::mt19937_64& rng) {
    auto uni = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    SiteConfig s = referenceSite();
    s.seed = rng();
    s.cluster.node_count = static_cast<int>(uni(100, 2000));
    s.cluster.pue_min = uni(1.05, 1.5);
    s.pv_arrays[0].dc_capacity_kwp = uni(0, 20000);
    s.pv_arrays[0].inverter_ac_limit_kw = s.pv_arrays[0].dc_capacity_kwp * uni(0.7, 1.0) + 1;
    s.pv_arrays[0].tilt_deg = uni(0, 60);
    s.pv_arrays[0].azimuth_deg = uni(90, 270);
    s.bess.capacity_kwh = uni(1000, 60000);
    s.bess.power_kw = s.bess.capacity_kwh * uni(0.25, 1.0);
    s.bess.max_c_rate = uni(0.25, 1.0);
    s.bess.soc_initial_pct = uni(10, 90);
    s.bess.aux_fixed_kw = uni(0, 100);
    s.grid.export_limit_kw = uni(0, 5000);
    s.grid.import_limit_kw = 40000;
    const double it_max_kw = s.cluster.node_count * 10.2;
    s.controller.kind = static_cast<ControllerKind>(rng() % 3);
    s.controller.peak_threshold_kw = it_max_kw * uni(0.6, 1.1);
    s.controller.recharge_below_kw = s.controller.peak_threshold_kw * uni(0.5, 0.95);
    s.controller.grid_target_kw = uni(-500, 2000);
    return s;
}

struct StreamCheck {
    const SiteConfig& site;
    double dt_h;
    double worst_residual_kw = 0;
    double import_kwh = 0, export_kwh = 0;
    std::int64_t last_time_ms = -1;
    int violations = 0;
    QString first_violation;

    void fail(const StepRecord& r, const QString& what) {
        if (violations++ == 0)
            first_violation = QString::fromStdString(formatIsoUtc(r.time_ms)) + ": " + what;
    }
    void operator()(std::span<const StepRecord> batch) {
        for (const StepRecord& r : batch) {
            worst_residual_kw = std::max(worst_residual_kw, std::fabs(balanceResidualKw(r)));
            if (r.time_ms <= last_time_ms) fail(r, "time not increasing");
            last_time_ms = r.time_ms;
            if (r.pv_kw < -1e-9 || r.pv_curtailed_kw < -1e-9) fail(r, "negative PV");
            if (r.load_kw < r.it_load_kw) fail(r, "facility below IT load");
            if (r.soc_pct < site.bess.soc_min_pct - 1e-6 || r.soc_pct > site.bess.soc_max_pct + 1e-6)
                fail(r, QString("SoC %1 outside window").arg(r.soc_pct));
            if (std::fabs(r.bess_kw) > std::min(site.bess.power_kw, site.bess.max_c_rate * site.bess.capacity_kwh) + 1e-6)
                fail(r, QString("battery power %1 over its limit").arg(r.bess_kw));
            if (r.grid_kw < -site.grid.export_limit_kw - 1e-6) fail(r, QString("export %1 over the cap").arg(r.grid_kw));
            if (r.pv_curtailed_kw > 1e-9 && r.grid_kw > -site.grid.export_limit_kw + 1e-6)
                fail(r, "PV curtailed while export was below the cap");
            import_kwh += std::max(r.grid_kw, 0.0) * dt_h;
            export_kwh += std::max(-r.grid_kw, 0.0) * dt_h;
        }
    }
};

} // namespace

class TestEngine : public QObject {
    Q_OBJECT
private slots:
    void balanceHoldsOnRandomSites_data() {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("step_s");
        QTest::addColumn<int>("days");
        for (quint64 seed = 1; seed <= 12; ++seed)
            QTest::newRow(qPrintable(QString("seed %1, 15 min").arg(seed))) << seed << 900 << 14;
        for (quint64 seed = 100; seed <= 103; ++seed)
            QTest::newRow(qPrintable(QString("seed %1, 60 s").arg(seed))) << seed << 60 << 2;
        QTest::newRow("seed 7, 1 s") << quint64(7) << 1 << 1;
        QTest::newRow("seed 8, 1 h") << quint64(8) << 3600 << 60;
    }
    void balanceHoldsOnRandomSites() {
        QFETCH(quint64, seed);
        QFETCH(int, step_s);
        QFETCH(int, days);
        std::mt19937_64 rng(seed);
        const SiteConfig site = randomSite(rng);
        // Start on a random day of the year so winter and summer both appear.
        const std::int64_t start = msFromCivil({2025, 1, 1}) + static_cast<std::int64_t>(rng() % 300) * kMsPerDay;
        SimulationPeriod period{start, start + days * kMsPerDay, step_s * 1000LL};
        SiteSimulation sim(site, period);
        KpiAccumulator kpis(site, period.start_ms, period.end_ms, period.step_ms);
        StreamCheck check{site, step_s / 3600.0, 0, 0, 0, -1, 0, {}};
        const std::size_t n = sim.runToEnd([&](std::span<const StepRecord> b) {
            check(b);
            kpis.add(b);
        });
        QCOMPARE(static_cast<std::int64_t>(n), days * 86400LL / step_s);
        QVERIFY2(check.violations == 0, qPrintable(check.first_violation));
        QVERIFY2(check.worst_residual_kw < 1e-6, qPrintable(QString::number(check.worst_residual_kw)));
        const SimulationKpis k = kpis.finish();
        QVERIFY(std::fabs(k.grid_import_kwh - check.import_kwh) < 1e-6 * (1 + check.import_kwh));
        // Energy balance over the run: consumption = PV + import - export + battery net.
        const double lhs = k.load_kwh + k.bess_aux_kwh;
        const double rhs = k.pv_kwh + k.grid_import_kwh - k.grid_export_kwh + k.bess_discharge_kwh - k.bess_charge_kwh;
        QVERIFY(std::fabs(lhs - rhs) < 1e-6 * lhs);
        QVERIFY(k.bess_losses_kwh >= -1e-6);
        QVERIFY(k.pv_self_consumed_kwh <= k.pv_kwh + 1e-9);
    }

    void deterministic() {
        const SiteConfig site = referenceSite();
        const std::int64_t start = msFromCivil({2025, 6, 1});
        SimulationPeriod period{start, start + 3 * kMsPerDay, 60'000};
        std::vector<StepRecord> a, b;
        SiteSimulation(site, period).runToEnd([&](auto batch) { a.insert(a.end(), batch.begin(), batch.end()); });
        SiteSimulation(site, period).runToEnd([&](auto batch) { b.insert(b.end(), batch.begin(), batch.end()); });
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(TimeSeriesCsvWriter::formatRow(a[i]) == TimeSeriesCsvWriter::formatRow(b[i]));
        SiteConfig other = site;
        other.seed += 1;
        std::vector<StepRecord> c;
        SiteSimulation(other, period).runToEnd([&](auto batch) { c.insert(c.end(), batch.begin(), batch.end()); });
        bool differs = false;
        for (std::size_t i = 0; i < a.size() && !differs; ++i) differs = a[i].it_load_kw != c[i].it_load_kw;
        QVERIFY(differs);
    }

    void sharedInputsGiveTheSameRecords_data() {
        QTest::addColumn<int>("variant");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("step_ms");
        // Across New Year (two PV year profiles), a summer day at 1 s, and a week at 15 min.
        QTest::newRow("reference, new year, 60 s") << 0 << qint64(msFromCivil({2024, 12, 31})) << qint64(60'000);
        QTest::newRow("bess + controller variant, 1 s") << 1 << qint64(msFromCivil({2025, 6, 1})) << qint64(1000);
        QTest::newRow("cooling + grid variant, 15 min") << 2 << qint64(msFromCivil({2025, 8, 1})) << qint64(900'000);
    }

    void sharedInputsGiveTheSameRecords() {
        QFETCH(int, variant);
        QFETCH(qint64, start);
        QFETCH(qint64, step_ms);
        const SiteConfig base = referenceSite();
        const SimulationPeriod period{start, start + 2 * kMsPerDay, step_ms};
        SiteConfig site = base;
        if (variant == 1) {
            site.bess.capacity_kwh = 35000;
            site.bess.power_kw = 15000;
            site.controller.peak_threshold_kw = 10800;
            site.controller.kind = ControllerKind::SelfConsumption;
        } else if (variant == 2) {
            site.cluster.pue_min = 1.3;
            site.cluster.facility_fixed_kw = 400;
            site.grid.export_limit_kw = 0;
            site.location.time_zone = "Europe/Berlin";
        }
        // Prepared for the base site; run for the variant: must equal a run that prepares its own.
        const auto inputs = prepareSimulationInputs(base, {start, start + 2 * kMsPerDay, 3'600'000});
        std::vector<StepRecord> own, shared;
        SiteSimulation(site, period).runToEnd([&](auto b) { own.insert(own.end(), b.begin(), b.end()); });
        SiteSimulation(site, period, inputs).runToEnd([&](auto b) { shared.insert(shared.end(), b.begin(), b.end()); });
        // Twice on the same inputs: a run leaves nothing behind in them.
        SiteSimulation(site, period, inputs).runToEnd([&](auto b) {
            for (const StepRecord& r : b) QCOMPARE(r.grid_kw, shared[static_cast<std::size_t>((r.time_ms - start) / step_ms)].grid_kw);
        });
        QCOMPARE(shared.size(), static_cast<std::size_t>(2 * kMsPerDay / step_ms));
        QCOMPARE(shared.size(), own.size());
        for (std::size_t i = 0; i < own.size(); ++i) {
            const StepRecord& a = own[i];
            const StepRecord& b = shared[i];
            const bool same = a.time_ms == b.time_ms && a.pv_kw == b.pv_kw && a.pv_curtailed_kw == b.pv_curtailed_kw &&
                              a.load_kw == b.load_kw && a.it_load_kw == b.it_load_kw && a.bess_kw == b.bess_kw &&
                              a.bess_aux_kw == b.bess_aux_kw && a.soc_pct == b.soc_pct && a.grid_kw == b.grid_kw &&
                              a.price_eur_per_mwh == b.price_eur_per_mwh && a.carbon_g_per_kwh == b.carbon_g_per_kwh &&
                              a.ambient_c == b.ambient_c && a.reason == b.reason && a.quality == b.quality;
            QVERIFY2(same, qPrintable(QString("step %1: %2 vs %3").arg(i).arg(TimeSeriesCsvWriter::formatRow(a).c_str(),
                                                                               TimeSeriesCsvWriter::formatRow(b).c_str())));
        }
        if (variant == 1) QVERIFY(std::any_of(own.begin(), own.end(), [](const StepRecord& r) { return r.bess_kw != 0; }));
    }

    void sharedInputsRefuseAnotherSite_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("where");
        QTest::addRow("seed") << "seed" << "seed";
        QTest::addRow("tilt") << "tilt" << "pv_arrays[0].tilt_deg";
        QTest::addRow("latitude") << "latitude" << "location.latitude_deg";
        QTest::addRow("node count") << "nodes" << "cluster.node_count";
        QTest::addRow("price file") << "price" << "inputs.price_file";
        QTest::addRow("second array") << "array" << "pv_arrays";
        QTest::addRow("later start") << "start" << "period.start";
        QTest::addRow("earlier end") << "end" << "period.end";
    }

    void sharedInputsRefuseAnotherSite() {
        QFETCH(QString, change);
        QFETCH(QString, where);
        const SiteConfig base = referenceSite();
        const std::int64_t start = msFromCivil({2025, 3, 1});
        const auto inputs = prepareSimulationInputs(base, {start, start + kMsPerDay, 900'000});
        SiteConfig site = base;
        SimulationPeriod period{start, start + kMsPerDay, 900'000};
        if (change == "seed") site.seed += 1;
        if (change == "tilt") site.pv_arrays[0].tilt_deg = 30;
        if (change == "latitude") site.location.latitude_deg = 46;
        if (change == "nodes") site.cluster.node_count = 1000;
        if (change == "price") site.inputs.price_file = "prices.csv";
        if (change == "array") site.pv_arrays.push_back(PvArrayConfig{});
        if (change == "start") period.start_ms += 3'600'000;
        if (change == "end") period.end_ms -= 3'600'000;
        try {
            SiteSimulation sim(site, period, inputs);
            QFAIL("accepted inputs prepared for another site or period");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.where()), where);
        }
        QVERIFY_THROWS_EXCEPTION(InputError, SiteSimulation(base, {start, start + kMsPerDay, 900'000}, nullptr));
    }

    void runInPiecesEqualsRunToEnd() {
        const SiteConfig site = referenceSite();
        const std::int64_t start = msFromCivil({2025, 3, 1});
        SimulationPeriod period{start, start + kMsPerDay, 10'000};
        std::vector<StepRecord> whole, pieces;
        SiteSimulation(site, period).runToEnd([&](auto batch) { whole.insert(whole.end(), batch.begin(), batch.end()); });
        SiteSimulation sim(site, period);
        while (!sim.done()) sim.run(777, [&](auto batch) { pieces.insert(pieces.end(), batch.begin(), batch.end()); });
        QCOMPARE(pieces.size(), whole.size());
        QVERIFY(TimeSeriesCsvWriter::formatRow(pieces.back()) == TimeSeriesCsvWriter::formatRow(whole.back()));
    }

    void peakShavingCutsTheBillingPeak() {
        // A spring month of the reference site: the battery must hold the billing peak at or
        // below the no-battery peak, and the balance still holds.
        SiteConfig none = referenceSite();
        none.controller.kind = ControllerKind::None;
        SiteConfig shave = referenceSite();
        const std::int64_t start = msFromCivil({2025, 4, 1});
        SimulationPeriod period{start, msFromCivil({2025, 5, 1}), 900'000};
        auto run = [&](const SiteConfig& s) {
            KpiAccumulator k(s, period.start_ms, period.end_ms, period.step_ms);
            SiteSimulation(s, period).runToEnd([&](auto batch) { k.add(batch); });
            return k.finish();
        };
        const SimulationKpis kn = run(none);
        const SimulationKpis ks = run(shave);
        QVERIFY(kn.bess_discharge_kwh == 0.0);
        QVERIFY(ks.bess_discharge_kwh > 0.0);
        QVERIFY2(ks.peak_billing_import_kw < kn.peak_billing_import_kw,
                 qPrintable(QString("%1 vs %2").arg(ks.peak_billing_import_kw).arg(kn.peak_billing_import_kw)));
    }

    // A July week where the reference battery can hold the 11 500 kW threshold: it must hold
    // whatever the step (shorter than, equal to, crossing, or longer than the 15-min billing
    // interval) and wherever the run starts. Steps that crossed an interval end used to take the
    // rest-of-interval credit into the next interval (600 s: 12 273.6 kW), and a start inside an
    // interval counted the unsimulated part as zero import (300 s from 00:05: 11 574 kW).
    void peakShavingHoldsTheThresholdAtAnyStep_data() {
        QTest::addColumn<int>("step_s");
        QTest::addColumn<int>("start_offset_s");
        QTest::addColumn<int>("days");
        QTest::newRow("1 s, a day") << 1 << 0 << 1;
        QTest::newRow("7 s") << 7 << 0 << 7;
        QTest::newRow("300 s") << 300 << 0 << 7;
        QTest::newRow("300 s from 00:05") << 300 << 300 << 7;
        QTest::newRow("600 s") << 600 << 0 << 7;
        QTest::newRow("900 s") << 900 << 0 << 7;
        QTest::newRow("900 s from 00:07:30") << 900 << 450 << 7;
        QTest::newRow("1200 s") << 1200 << 0 << 7;
        QTest::newRow("3600 s") << 3600 << 0 << 7;
    }
    void peakShavingHoldsTheThresholdAtAnyStep() {
        QFETCH(int, step_s);
        QFETCH(int, start_offset_s);
        QFETCH(int, days);
        const SiteConfig site = referenceSite();
        QCOMPARE(site.controller.peak_threshold_kw, 11500.0);
        const std::int64_t start = msFromCivil({2025, 7, 1}) + start_offset_s * 1000LL;
        const std::int64_t step_ms = step_s * 1000LL;
        const std::int64_t steps = days * kMsPerDay / step_ms;
        const SimulationPeriod period{start, start + steps * step_ms, step_ms};
        KpiAccumulator k(site, period.start_ms, period.end_ms, period.step_ms);
        SiteSimulation(site, period).runToEnd([&](auto batch) { k.add(batch); });
        const SimulationKpis kpis = k.finish();
        QVERIFY(kpis.bess_discharge_kwh > 0.0);
        QVERIFY2(kpis.peak_billing_import_kw <= 11500.0 + 1e-6,
                 qPrintable(QString::number(kpis.peak_billing_import_kw, 'f', 3)));
    }

    void badPeriodIsRefused() {
        const SiteConfig site = referenceSite();
        const std::int64_t start = msFromCivil({2025, 1, 1});
        QVERIFY_THROWS_EXCEPTION(InputError, SiteSimulation(site, {start, start, 900'000}));
        QVERIFY_THROWS_EXCEPTION(InputError, SiteSimulation(site, {start, start + kMsPerDay, 500}));
        QVERIFY_THROWS_EXCEPTION(InputError, SiteSimulation(site, {start, start + kMsPerDay, 7'200'000}));
        QVERIFY_THROWS_EXCEPTION(InputError, SiteSimulation(site, {start, start + kMsPerDay + 1500, 7'000}));
    }

    void csvRowFormat() {
        StepRecord r;
        r.time_ms = msFromCivil({2025, 6, 1, 12, 0, 0});
        r.pv_kw = 3114.2301;
        r.load_kw = 14000;
        r.it_load_kw = 12000;
        r.bess_kw = -1500.5;
        r.bess_aux_kw = 40;
        r.soc_pct = 55.123456;
        r.grid_kw = 14000 + 40 - 3114.2301 + 1500.5;
        r.price_eur_per_mwh = 91.5;
        r.carbon_g_per_kwh = 250;
        r.ambient_c = 21.25;
        r.reason = Reason::Recharge;
        QCOMPARE(QString::fromStdString(TimeSeriesCsvWriter::header()),
                 QString("time_utc,pv_kw,pv_curtailed_kw,load_kw,it_load_kw,bess_kw,bess_aux_kw,soc_pct,grid_kw,"
                         "price_eur_per_mwh,carbon_g_per_kwh,ambient_c,reason"));
        QCOMPARE(QString::fromStdString(TimeSeriesCsvWriter::formatRow(r)),
                 QString("2025-06-01T12:00:00Z,3114.230,0,14000.000,12000.000,-1500.500,40.000,55.1235,"
                         "12426.270,91.500,250.000,21.25,recharge"));
    }
};

QTEST_APPLESS_MAIN(TestEngine)
#include "TestEngine.moc"
