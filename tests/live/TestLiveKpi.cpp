#include "LiveTests.h"

#include "model/InputError.h"
#include "model/LiveKpiTracker.h"
#include "model/TimeUtc.h"

#include <QtTest>

#include <cmath>

using namespace gridtwin;

namespace {

constexpr std::int64_t kQuarterMs = 900'000;

StepRecord rec(std::int64_t t_ms, double grid_kw, double price = 100, double carbon = 300) {
    StepRecord r;
    r.time_ms = t_ms;
    r.grid_kw = grid_kw;
    r.price_eur_per_mwh = price;
    r.carbon_g_per_kwh = carbon;
    r.soc_pct = 50;
    return r;
}

std::int64_t iso(const char* text) { return *parseIsoUtc(text); }

} // namespace

class TestLiveKpi : public QObject {
    Q_OBJECT
private slots:
    void timeToEmptyAndFull_data() {
        QTest::addColumn<double>("soc");
        QTest::addColumn<double>("bess_kw");
        QTest::addColumn<double>("empty_h");
        QTest::addColumn<double>("full_h");
        // 20 MWh, SoC window 5..95 %, RTE 0.90 -> eta = sqrt(0.9) = 0.9486833
        QTest::newRow("discharge 5 MW at 50 %")  // 9000 kWh x 0.9486833 / 5000 kW
            << 50.0 << 5000.0 << 1.7076299 << qQNaN();
        QTest::newRow("discharge at the floor") << 5.0 << 1000.0 << 0.0 << qQNaN();
        QTest::newRow("charge 4 MW at 50 %")  // 9000 kWh / (0.9486833 x 4000 kW)
            << 50.0 << -4000.0 << qQNaN() << 2.3717082;
        QTest::newRow("idle") << 50.0 << 0.0 << qQNaN() << qQNaN();
    }
    void timeToEmptyAndFull() {
        QFETCH(double, soc);
        QFETCH(double, bess_kw);
        QFETCH(double, empty_h);
        QFETCH(double, full_h);
        const BessConfig bess;
        const double e = timeToEmptyH(bess, soc, bess_kw);
        const double f = timeToFullH(bess, soc, bess_kw);
        QCOMPARE(std::isnan(e), std::isnan(empty_h));
        QCOMPARE(std::isnan(f), std::isnan(full_h));
        if (!std::isnan(empty_h)) QVERIFY(std::abs(e - empty_h) < 1e-6);
        if (!std::isnan(full_h)) QVERIFY(std::abs(f - full_h) < 1e-6);
    }

    void costAndEmissionsToday() {
        SiteConfig site = referenceSite();
        site.grid.tariff.export_price_eur_per_mwh = 50;
        LiveKpiTracker k(site);
        const std::int64_t t = iso("2024-01-15T10:00:00Z");  // 11:00 in Rome
        k.add(rec(t, 1000, 100, 300), kQuarterMs);                  // 250 kWh: 25 EUR, 75 kg
        k.add(rec(t + kQuarterMs, 2000, 120, 200), kQuarterMs);     // 500 kWh: 60 EUR, 100 kg
        StepRecord exp = rec(t + 2 * kQuarterMs, -400, 80, 250);    // 100 kWh export: -5 EUR
        exp.pv_kw = 3000;                                           // 750 kWh PV
        exp.bess_kw = 2000;
        exp.soc_pct = 50;
        k.add(exp, kQuarterMs);
        const LiveKpiSnapshot s = k.snapshot();
        QCOMPARE(s.time_ms, t + 2 * kQuarterMs);
        QCOMPARE(s.import_today_kwh, 750.0);
        QCOMPARE(s.export_today_kwh, 100.0);
        QCOMPARE(s.pv_today_kwh, 750.0);
        QVERIFY(std::abs(s.cost_today_eur - 80.0) < 1e-9);
        QVERIFY(std::abs(s.emissions_today_kg - 175.0) < 1e-9);
        QCOMPARE(s.carbon_now_g_per_kwh, 250.0);
        QCOMPARE(s.grid_import_kw, -400.0);
        QCOMPARE(s.peak_threshold_kw, 11500.0);
        QVERIFY(std::abs(s.time_to_empty_h - 9000.0 * std::sqrt(0.9) / 2000.0) < 1e-9);
        QVERIFY(std::isnan(s.time_to_full_h));
    }

    void localDayRollover_data() {
        QTest::addColumn<QString>("last_of_day");  // UTC start of the last quarter-hour locally
        QTest::addColumn<QString>("midnight");     // UTC instant of the next local midnight
        QTest::newRow("winter CET") << "2024-01-15T22:45:00Z" << "2024-01-15T23:00:00Z";
        QTest::newRow("summer CEST") << "2024-07-15T21:45:00Z" << "2024-07-15T22:00:00Z";
        QTest::newRow("spring-forward day") << "2024-03-31T21:45:00Z" << "2024-03-31T22:00:00Z";
    }
    void localDayRollover() {
        QFETCH(QString, last_of_day);
        QFETCH(QString, midnight);
        LiveKpiTracker k(referenceSite());  // Europe/Rome
        const std::int64_t last = iso(last_of_day.toLatin1().constData());
        k.add(rec(last - kQuarterMs, 4000), kQuarterMs);
        k.add(rec(last, 4000), kQuarterMs);
        QCOMPARE(k.snapshot().import_today_kwh, 2000.0);
        k.add(rec(iso(midnight.toLatin1().constData()), 2000), kQuarterMs);
        QCOMPARE(k.snapshot().import_today_kwh, 500.0);  // new local day
        QVERIFY(std::abs(k.snapshot().cost_today_eur - 50.0) < 1e-9);
    }

    void intervalMeanAndMonthPeak() {
        LiveKpiTracker k(referenceSite());
        const std::int64_t t = iso("2024-01-15T10:00:00Z");
        k.add(rec(t, 10000), kQuarterMs);  // one closed interval at 10 MW
        QCOMPARE(k.snapshot().month_peak_kw, 10000.0);
        const std::int64_t five_min = 300'000;
        k.add(rec(t + kQuarterMs, 12000), five_min);
        QCOMPARE(k.snapshot().interval_mean_so_far_kw, 12000.0);
        k.add(rec(t + kQuarterMs + five_min, 9000), five_min);
        QCOMPARE(k.snapshot().interval_mean_so_far_kw, 10500.0);
        QCOMPARE(k.snapshot().month_peak_kw, 10000.0);  // the open interval is not billed yet
        k.add(rec(t + kQuarterMs + 2 * five_min, 15000), five_min);
        QCOMPARE(k.snapshot().month_peak_kw, 12000.0);  // (12000 + 9000 + 15000) / 3
    }

    void monthPeakRestartsAtLocalMonthStart() {
        LiveKpiTracker k(referenceSite());
        k.add(rec(iso("2024-01-31T22:00:00Z"), 10000), kQuarterMs);  // Jan 31, 23:00 in Rome
        QCOMPARE(k.snapshot().month_peak_kw, 10000.0);
        k.add(rec(iso("2024-01-31T23:00:00Z"), 5000), kQuarterMs);   // Feb 1, 00:00 in Rome
        QCOMPARE(k.snapshot().month_peak_kw, 5000.0);
        QCOMPARE(k.snapshot().import_today_kwh, 1250.0);
    }

    void badTimeZone() {
        SiteConfig site = referenceSite();
        site.location.time_zone = "Mars/Olympus";
        QVERIFY_THROWS_EXCEPTION(InputError, LiveKpiTracker{site});
    }
};

int runLiveKpiTests(int argc, char** argv) {
    TestLiveKpi t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestLiveKpi.moc"
