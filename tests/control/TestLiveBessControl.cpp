// LiveBessControl against hand-computed vectors (OpenEMS peak shaving on meter + battery, the
// billing-interval mean, grid caps, PCS clamp, untrusted records) and the invariant that, fed the
// records of a simulated day, it asks for the battery power the engine ran.
#include "TestLiveControl.h"
#include "control/LiveBessControl.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/SiteSimulation.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace gridtwin;

namespace {

// 2024-06-03T10:00Z: a multiple of 900 s, mid-month (Europe/Rome).
constexpr std::int64_t kT0 = 1'717'408'800'000;

SiteConfig handSite() {
    SiteConfig s = referenceSite();
    s.bess.aux_per_throughput = 0; // PCS power = grid change, for exact hand numbers
    s.controller.kind = ControllerKind::PeakShaving;
    s.controller.peak_threshold_kw = 11500;
    s.controller.recharge_below_kw = 9500;
    s.controller.month_peak_floor = true;
    return s; // 15-min billing, PCS 10 MW = 0.5 C x 20 MWh, import 16 MW, export 2 MW
}

} // namespace

void TestLiveControl::singleRecord_data() {
    QTest::addColumn<double>("grid_kw");
    QTest::addColumn<double>("bess_kw");
    QTest::addColumn<double>("aux_per_throughput");
    QTest::addColumn<double>("import_limit_kw");
    QTest::addColumn<double>("expected_kw");
    QTest::addColumn<int>("expected_reason");
    const int shave = static_cast<int>(Reason::PeakShave);
    // Meter 12 MW, battery idle: discharge 12000 - 11500.
    QTest::newRow("meter 12 MW") << 12000.0 << 0.0 << 0.0 << 16000.0 << 500.0 << shave;
    // The battery already gives 1 MW: the site without it still imports 12 MW, same answer.
    QTest::newRow("meter 11 MW + battery 1 MW")
        << 11000.0 << 1000.0 << 0.0 << 16000.0 << 500.0 << shave;
    // Throughput aux 0.5 %: the PCS gives 500 / 0.995 so the meter drops by 500.
    QTest::newRow("aux 0.5 %") << 12000.0 << 0.0 << 0.005 << 16000.0 << 500.0 / 0.995 << shave;
    // Between recharge level and threshold: nothing.
    QTest::newRow("idle band") << 10000.0 << 0.0 << 0.0 << 16000.0 << 0.0
                               << static_cast<int>(Reason::Idle);
    // OpenEMS recharge: g - recharge_below = 9000 - 9500.
    QTest::newRow("recharge") << 9000.0 << 0.0 << 0.0 << 16000.0 << -500.0
                              << static_cast<int>(Reason::Recharge);
    // Charging may not lift the import above 9200 kW: only 200 kW of the 500.
    QTest::newRow("import cap") << 9000.0 << 0.0 << 0.0 << 9200.0 << -200.0
                                << static_cast<int>(Reason::ImportCap);
    // 30 MW: 18.5 MW wanted, the PCS gives min(10 MW, 0.5 C x 20 MWh) = 10 MW.
    QTest::newRow("PCS rating") << 30000.0 << 0.0 << 0.0 << 40000.0 << 10000.0
                                << static_cast<int>(Reason::PowerLimit);
    // Export 1.5 MW, battery idle: recharge -11 MW, PCS -10 MW.
    QTest::newRow("charge at PCS rating")
        << -1500.0 << 0.0 << 0.0 << 16000.0 << -10000.0 << static_cast<int>(Reason::PowerLimit);
}

void TestLiveControl::singleRecord() {
    QFETCH(double, grid_kw);
    QFETCH(double, bess_kw);
    QFETCH(double, aux_per_throughput);
    QFETCH(double, import_limit_kw);
    QFETCH(double, expected_kw);
    QFETCH(int, expected_reason);
    SiteConfig s = handSite();
    s.bess.aux_per_throughput = aux_per_throughput;
    s.grid.import_limit_kw = import_limit_kw;
    LiveBessControl c(s);
    QCOMPARE(c.pcsLimitKw(), 10000.0);
    const LiveBessDecision d = c.step(measuredRecord(kT0, grid_kw, bess_kw));
    QCOMPARE(d.action, LiveBessAction::Set);
    QVERIFY2(std::abs(d.setpoint_kw - expected_kw) < 1e-9,
             qPrintable(QString::number(d.setpoint_kw)));
    QCOMPARE(static_cast<int>(d.reason), expected_reason);
    QCOMPARE(d.input.grid_without_bess_kw, grid_kw + bess_kw);
    QCOMPARE(d.input.interval.elapsedFraction(), 0.0); // first record, at an interval start
}

// Records every 300 s through one 15-min interval and into the next.
void TestLiveControl::intervalMeanAndBoundary() {
    LiveBessControlOptions o;
    o.max_record_span_ms = 300'000; // each record stands for its 300 s
    LiveBessControl c(handSite(), o);
    // 10 MW: idle band.
    LiveBessDecision d = c.step(measuredRecord(kT0, 10000, 0));
    QCOMPARE(d.setpoint_kw, 0.0);
    // 12 MW at f = 1/3 with 10 MW so far: allowed (11500 - 10000/3) / (2/3) = 12250 > 12000.
    d = c.step(measuredRecord(kT0 + 300'000, 12000, 0));
    QVERIFY(std::abs(d.input.interval.elapsedFraction() - 1.0 / 3) < 1e-12);
    QCOMPARE(d.input.interval.meanKw(), 10000.0);
    QCOMPARE(d.setpoint_kw, 0.0);
    QCOMPARE(d.reason, Reason::Idle);
    // 13 MW at f = 2/3, mean 11000: allowed (11500 - 2/3 x 11000) x 3 = 12500: discharge 500.
    d = c.step(measuredRecord(kT0 + 600'000, 13000, 0));
    QVERIFY(std::abs(d.input.interval.meanKw() - 11000) < 1e-9);
    QVERIFY(std::abs(d.setpoint_kw - 500) < 1e-6);
    QCOMPARE(d.reason, Reason::PeakShave);
    // At the boundary the mean starts again (f = 0) and the closed interval's mean
    // (10 + 12 + 13) / 3 MW = 11666.7 kW is the month's peak: the threshold rises to it.
    d = c.step(measuredRecord(kT0 + 900'000, 12000, 0));
    QCOMPARE(d.input.interval.elapsedFraction(), 0.0);
    QCOMPARE(d.input.interval.meanKw(), 0.0);
    QVERIFY(std::abs(d.input.period_peak_kw - 35000.0 / 3) < 1e-9);
    QVERIFY(std::abs(d.setpoint_kw - (12000 - 35000.0 / 3)) < 1e-6);
    QCOMPARE(d.reason, Reason::MonthPeakFloor);
    QCOMPARE(c.intervalMeanSoFarKw(), 0.0);
}

void TestLiveControl::untrustedRecordsRelease_data() {
    QTest::addColumn<int>("quality");
    QTest::addColumn<double>("grid_kw");
    QTest::addColumn<QString>("note");
    QTest::newRow("bad") << static_cast<int>(Quality::Bad) << 50000.0 << "measurement quality bad";
    QTest::newRow("stale") << static_cast<int>(Quality::Stale) << 50000.0
                           << "measurement quality stale";
    QTest::newRow("NaN meter") << static_cast<int>(Quality::Good)
                               << std::numeric_limits<double>::quiet_NaN()
                               << "measurement not a finite number";
}

void TestLiveControl::untrustedRecordsRelease() {
    QFETCH(int, quality);
    QFETCH(double, grid_kw);
    QFETCH(QString, note);
    LiveBessControl c(handSite());
    QCOMPARE(c.step(measuredRecord(kT0, 10000, 0)).action, LiveBessAction::Set);
    const LiveBessDecision bad =
        c.step(measuredRecord(kT0 + 300'000, grid_kw, 0, static_cast<Quality>(quality)));
    QCOMPARE(bad.action, LiveBessAction::Release);
    QCOMPARE(QString::fromStdString(bad.note), note);
    // The untrusted 300 s do not enter the mean (only the first 300 s at 10 MW do), and the
    // interval is no longer observed from its start: shave to the threshold itself (f = 0).
    const LiveBessDecision d = c.step(measuredRecord(kT0 + 600'000, 12000, 0));
    QCOMPARE(d.action, LiveBessAction::Set);
    QCOMPARE(c.intervalMeanSoFarKw(), 10000.0);
    QCOMPARE(d.input.interval.elapsedFraction(), 0.0);
    QCOMPARE(d.setpoint_kw, 500.0);
}

void TestLiveControl::orderAndGaps() {
    LiveBessControlOptions o;
    o.max_record_span_ms = 60'000;
    LiveBessControl c(handSite(), o);
    c.step(measuredRecord(kT0, 10000, 0));
    // Same time again, or earlier: ignored, nothing changes.
    QCOMPARE(c.step(measuredRecord(kT0, 20000, 0)).action, LiveBessAction::Skip);
    QCOMPARE(c.step(measuredRecord(kT0 - 1000, 20000, 0)).action, LiveBessAction::Skip);
    // 10 min later: the first record counts for 60 s only, and the interval is not credited.
    const LiveBessDecision d = c.step(measuredRecord(kT0 + 600'000, 12000, 0));
    QCOMPARE(c.intervalMeanSoFarKw(), 10000.0);
    QCOMPARE(d.input.interval.elapsedFraction(), 0.0);
    QCOMPARE(d.setpoint_kw, 500.0);
    QVERIFY(std::abs(d.input.dt_h - 600.0 / 3600) < 1e-12);
    // Bad options and sites are refused up front.
    o.max_record_span_ms = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, LiveBessControl(handSite(), o));
    SiteConfig s = handSite();
    s.location.time_zone = "Mars/Olympus_Mons";
    QVERIFY_THROWS_EXCEPTION(InputError, LiveBessControl{s});
    s = handSite();
    s.grid.tariff.billing_interval_s = 700;
    QVERIFY_THROWS_EXCEPTION(InputError, LiveBessControl{s});
}

void TestLiveControl::sameAsEngine_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("threshold_kw");
    QTest::addColumn<qint64>("step_ms");
    QTest::newRow("peak shaving 60 s")
        << static_cast<int>(ControllerKind::PeakShaving) << 11000.0 << qint64(60'000);
    QTest::newRow("peak shaving 15 min")
        << static_cast<int>(ControllerKind::PeakShaving) << 10500.0 << qint64(900'000);
    QTest::newRow("self-consumption 60 s")
        << static_cast<int>(ControllerKind::SelfConsumption) << 11000.0 << qint64(60'000);
}

// The engine and the live loop share the controller: fed the engine's own records (meter =
// grid_kw, battery = bess_kw), the live loop must ask for the power the engine ran. Exceptions,
// by design: steps where the engine's battery hit its SoC window (the device's BMS does that
// live) - there the live request is at least as large, same sign - and steps with curtailed PV
// (the meter cannot see the curtailed part). Throughput aux is 0: live, the meter includes it.
// A record's soc_pct is the SoC at the end of its step; live, the SoC measured at the start of
// the step is the one before it, so that is what the measurement carries.
void TestLiveControl::sameAsEngine() {
    QFETCH(int, kind);
    QFETCH(double, threshold_kw);
    QFETCH(qint64, step_ms);
    SiteConfig s = referenceSite();
    s.bess.aux_per_throughput = 0;
    s.controller.kind = static_cast<ControllerKind>(kind);
    s.controller.peak_threshold_kw = threshold_kw;
    s.controller.recharge_below_kw = threshold_kw - 1500;
    s.controller.grid_target_kw = 9000;
    const std::int64_t start = *parseIsoUtc("2024-06-01T00:00:00Z");
    SiteSimulation sim(s, SimulationPeriod{start, start + 86'400'000, step_ms});
    LiveBessControlOptions o;
    o.first_step_ms = step_ms;
    o.max_record_span_ms = step_ms;
    LiveBessControl live(s, o);
    int compared = 0, soc_limited = 0, active = 0, mismatches = 0;
    QString first;
    double soc_at_start_pct = s.bess.soc_initial_pct;
    sim.runToEnd([&](std::span<const StepRecord> batch) {
        for (const StepRecord& r : batch) {
            StepRecord measurement = r;
            measurement.soc_pct = soc_at_start_pct;
            soc_at_start_pct = r.soc_pct;
            const LiveBessDecision d = live.step(measurement);
            if (d.action != LiveBessAction::Set) {
                ++mismatches;
                continue;
            }
            if (r.pv_curtailed_kw > 0) continue;
            if (r.reason == Reason::SocLimit) {
                ++soc_limited;
                if (!(std::abs(d.setpoint_kw) + 1e-6 >= std::abs(r.bess_kw) &&
                      d.setpoint_kw * r.bess_kw >= 0))
                    ++mismatches;
                continue;
            }
            ++compared;
            if (std::abs(r.bess_kw) > 1) ++active;
            if (std::abs(d.setpoint_kw - r.bess_kw) > 1e-6 || d.reason != r.reason) {
                if (mismatches++ == 0)
                    first = QStringLiteral("%1: live %2 kW (%3), engine %4 kW (%5)")
                                .arg(QString::fromStdString(formatIsoUtc(r.time_ms)))
                                .arg(d.setpoint_kw)
                                .arg(QString::fromUtf8(reasonCode(d.reason).data()))
                                .arg(r.bess_kw)
                                .arg(QString::fromUtf8(reasonCode(r.reason).data()));
            }
        }
    });
    QVERIFY2(mismatches == 0,
             qPrintable(QStringLiteral("%1 mismatches; first %2").arg(mismatches).arg(first)));
    const int steps = static_cast<int>(86'400'000 / step_ms);
    QVERIFY2(compared >= steps * 3 / 4,
             qPrintable(QStringLiteral("compared %1 of %2 (SoC-limited %3)")
                            .arg(compared)
                            .arg(steps)
                            .arg(soc_limited)));
    QVERIFY2(active >= steps / 10,
             qPrintable(QStringLiteral("battery active in %1 of %2 steps").arg(active).arg(steps)));
}
