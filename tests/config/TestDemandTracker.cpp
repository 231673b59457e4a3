#include "model/InputError.h"
#include "model/LocalTime.h"
#include "model/TimeUtc.h"
#include "sim/DemandTracker.h"

#include <QtTest>

#include "ConfigTestUtil.h"

using namespace gridtwin;

namespace {
constexpr std::int64_t kMin = 60 * kMsPerSecond;
} // namespace

class TestDemandTracker : public QObject {
    Q_OBJECT
private slots:
    void localTimeRome() {
        const LocalTime rome("Europe/Rome");
        QCOMPARE(rome.offsetMs(iso("2024-03-31T00:59:59Z")), 3600 * kMsPerSecond);
        QCOMPARE(rome.offsetMs(iso("2024-03-31T01:00:00Z")), 7200 * kMsPerSecond);
        QCOMPARE(rome.offsetMs(iso("2024-10-27T00:59:59Z")), 7200 * kMsPerSecond);
        QCOMPARE(rome.offsetMs(iso("2024-10-27T01:00:00Z")), 3600 * kMsPerSecond);
        QCOMPARE(QString::fromStdString(rome.formatIsoLocal(iso("2024-03-31T22:00:00Z"))),
                 QStringLiteral("2024-04-01T00:00:00+02:00"));
        const CivilTime c = rome.toLocal(iso("2024-07-01T10:30:00Z"));
        QCOMPARE(c.hour, 12);
        QCOMPARE(c.minute, 30);
        QCOMPARE(rome.toUtc(CivilTime{2024, 11, 1, 0, 0, 0, 0}), iso("2024-10-31T23:00:00Z"));
        // 02:30 on 2024-03-31 does not exist in Rome: the transition instant 01:00Z.
        QCOMPARE(rome.toUtc(CivilTime{2024, 3, 31, 2, 30, 0, 0}), iso("2024-03-31T01:00:00Z"));
        // 02:30 on 2024-10-27 happens twice: the earlier (CEST) instant 00:30Z.
        QCOMPARE(rome.toUtc(CivilTime{2024, 10, 27, 2, 30, 0, 0}), iso("2024-10-27T00:30:00Z"));
        const LocalTime kolkata("Asia/Kolkata");
        QCOMPARE(QString::fromStdString(kolkata.formatIsoLocal(0)),
                 QStringLiteral("1970-01-01T05:30:00+05:30"));
    }
    void localTimeUnknownZone() {
        try {
            LocalTime bad("Europe/Roma");
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.found()), QStringLiteral("Europe/Roma"));
            QCOMPARE(QString::fromStdString(e.where()), QStringLiteral("time zone"));
            QVERIFY(e.expected().find("timedatectl list-timezones") != std::string::npos);
        }
    }

    // A made-up day at 1-min steps: 8 MW base, 14 MW from 10:05 to 10:20 UTC, an export hour.
    void handDayPeak() {
        TariffConfig tariff; // 15 min, monthly, 12 EUR/kW
        const std::int64_t day = iso("2024-03-10T00:00:00Z");
        DemandTracker d(tariff, "Europe/Rome", day, day + kMsPerDay);
        for (std::int64_t t = day; t < day + kMsPerDay; t += kMin) {
            const std::int64_t m = (t - day) / kMin;
            double kw = 8000.0;
            if (m >= 10 * 60 + 5 && m < 10 * 60 + 20) kw = 14000.0;
            if (m >= 12 * 60 && m < 13 * 60) kw = -500.0; // export counts as 0 import
            if (t == day + 10 * kMsPerHour + 7 * kMin) {
                // 10:00..10:07 so far: 5 min at 8 MW, 2 min at 14 MW.
                QCOMPARE(d.intervalMeanSoFarKw(), (5 * 8000.0 + 2 * 14000.0) / 7.0);
                QCOMPARE(d.intervalEndMs(), day + 10 * kMsPerHour + 15 * kMin);
                QCOMPARE(d.intervalProjectedMeanKw(0.0), (5 * 8000.0 + 2 * 14000.0) / 15.0);
                QCOMPARE(d.periodPeakKw(), 8000.0);
            }
            if (t == day + 12 * kMsPerHour + 10 * kMin) QCOMPARE(d.intervalMeanSoFarKw(), 0.0);
            d.add(t, kMin, kw);
        }
        // 10:00-10:15 mean = (5 x 8 + 10 x 14) / 15 = 12 MW; 10:15-10:30 = (5 x 14 + 10 x 8) / 15 = 10 MW.
        QCOMPARE(d.periodPeakKw(), 12000.0);
        const auto periods = d.finish();
        QCOMPARE(periods.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(periods[0].local_start), QStringLiteral("2024-03-01T00:00:00+01:00"));
        QCOMPARE(periods[0].start_ms, iso("2024-02-29T23:00:00Z"));
        QCOMPARE(periods[0].end_ms, iso("2024-03-31T22:00:00Z"));
        QCOMPARE(periods[0].peak_kw, 12000.0);
        QCOMPARE(periods[0].peak_time_ms, day + 10 * kMsPerHour);
        QCOMPARE(periods[0].demand_charge_eur, 12000.0 * 12.0);
        QCOMPARE(d.totalDemandChargeEur(), 144000.0);
    }

    // 7-min steps against 15-min intervals: steps that cross a boundary are split.
    void intervalAlignment() {
        TariffConfig tariff;
        const std::int64_t t0 = iso("2024-05-01T00:00:00Z");
        DemandTracker d(tariff, "Europe/Rome", t0, t0 + kMsPerHour);
        d.add(t0, 7 * kMin, 1000.0);
        d.add(t0 + 7 * kMin, 7 * kMin, 2000.0);
        d.add(t0 + 14 * kMin, 7 * kMin, 4000.0);
        // [0,15): 7 x 1000 + 7 x 2000 + 1 x 4000 = 25000 kW.min over 15 min.
        QCOMPARE(d.periodPeakKw(), 25000.0 / 15.0);
        QCOMPARE(d.intervalEndMs(), t0 + 30 * kMin);
        QCOMPARE(d.intervalMeanSoFarKw(), 4000.0);
        QCOMPARE(d.intervalProjectedMeanKw(1000.0), (6 * 4000.0 + 9 * 1000.0) / 15.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.add(t0 + 20 * kMin, kMin, 1.0)); // overlap

        // 1-h intervals align to the UTC hour even when the run starts at half past.
        tariff.billing_interval_s = 3600;
        DemandTracker h(tariff, "Europe/Rome", t0 + 30 * kMin, t0 + 3 * kMsPerHour);
        QCOMPARE(h.intervalEndMs(), t0 + kMsPerHour);
        h.add(t0 + 30 * kMin, 30 * kMin, 600.0);
        QCOMPARE(h.periodPeakKw(), 600.0); // mean over the covered half hour
        QCOMPARE(h.intervalEndMs(), t0 + 2 * kMsPerHour);
    }

    // What a controller deciding a step sees of the open interval (hand values, 15-min
    // intervals): the covered part's share and mean; nothing for a step that ends in the next
    // interval; at a start inside an interval only the simulated part counts.
    void intervalSoFarForAStep() {
        TariffConfig tariff;
        const std::int64_t t0 = iso("2024-05-01T00:00:00Z");
        DemandTracker d(tariff, "Europe/Rome", t0, t0 + kMsPerHour);
        IntervalSoFar s = d.intervalSoFar(t0, 5 * kMin); // at the interval start
        QCOMPARE(s.elapsedFraction(), 0.0);
        QCOMPARE(s.meanKw(), 0.0);
        d.add(t0, 5 * kMin, 9000.0);
        s = d.intervalSoFar(t0 + 5 * kMin, 5 * kMin);
        QCOMPARE(s.remaining_ms, 10 * kMin);
        QCOMPARE(s.elapsedFraction(), 1.0 / 3.0);
        QCOMPARE(s.meanKw(), 9000.0);
        // A 10-min step from minute 10 ends at minute 20, inside the next interval: no credit.
        d.add(t0 + 5 * kMin, 5 * kMin, 12000.0);
        s = d.intervalSoFar(t0 + 10 * kMin, 10 * kMin);
        QCOMPARE(s.covered_ms, std::int64_t{0});
        QCOMPARE(s.elapsedFraction(), 0.0);
        // The 5-min step that ends with the interval still has it: mean (9 + 12) / 2 MW.
        s = d.intervalSoFar(t0 + 10 * kMin, 5 * kMin);
        QCOMPARE(s.elapsedFraction(), 2.0 / 3.0);
        QCOMPARE(s.meanKw(), 10500.0);

        // A run from minute 5 of an interval: the first step has nothing covered (fraction 0,
        // not 1/3 with a zero mean), the second the simulated 5 minutes only.
        DemandTracker m(tariff, "Europe/Rome", t0 + 5 * kMin, t0 + kMsPerHour);
        QCOMPARE(m.intervalSoFar(t0 + 5 * kMin, 5 * kMin).elapsedFraction(), 0.0);
        m.add(t0 + 5 * kMin, 5 * kMin, 12000.0);
        s = m.intervalSoFar(t0 + 10 * kMin, 5 * kMin);
        QCOMPARE(s.elapsedFraction(), 0.5);
        QCOMPARE(s.meanKw(), 12000.0);
    }

    void billingPeriods_data() {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("annual");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("starts_utc");
        QTest::addColumn<QStringList>("starts_local");
        QTest::newRow("Rome spring DST") << "Europe/Rome" << false << "2024-03-30T00:00:00Z" << "2024-04-02T00:00:00Z"
            << QStringList{"2024-02-29T23:00:00Z", "2024-03-31T22:00:00Z"}
            << QStringList{"2024-03-01T00:00:00+01:00", "2024-04-01T00:00:00+02:00"};
        QTest::newRow("Rome autumn DST") << "Europe/Rome" << false << "2024-10-26T00:00:00Z" << "2024-11-01T00:00:00Z"
            << QStringList{"2024-09-30T22:00:00Z", "2024-10-31T23:00:00Z"}
            << QStringList{"2024-10-01T00:00:00+02:00", "2024-11-01T00:00:00+01:00"};
        QTest::newRow("Rome annual") << "Europe/Rome" << true << "2023-12-31T00:00:00Z" << "2024-01-02T00:00:00Z"
            << QStringList{"2022-12-31T23:00:00Z", "2023-12-31T23:00:00Z"}
            << QStringList{"2023-01-01T00:00:00+01:00", "2024-01-01T00:00:00+01:00"};
        QTest::newRow("Stockholm, end on boundary") << "Europe/Stockholm" << false << "2024-01-15T00:00:00Z"
            << "2024-02-29T23:00:00Z"
            << QStringList{"2023-12-31T23:00:00Z", "2024-01-31T23:00:00Z"}
            << QStringList{"2024-01-01T00:00:00+01:00", "2024-02-01T00:00:00+01:00"};
    }
    void billingPeriods() {
        QFETCH(QString, zone);
        QFETCH(bool, annual);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, starts_utc);
        QFETCH(QStringList, starts_local);
        TariffConfig tariff;
        tariff.demand_period = annual ? DemandPeriod::Annual : DemandPeriod::Monthly;
        const std::int64_t t0 = iso(from.toLatin1().constData());
        const std::int64_t t1 = iso(to.toLatin1().constData());
        DemandTracker d(tariff, zone.toStdString(), t0, t1);
        // 15-min steps; a unique ramp so each period's peak is its last interval in the run.
        const std::int64_t step = 15 * kMin;
        for (std::int64_t t = t0; t < t1; t += step) d.add(t, step, static_cast<double>((t - t0) / step));
        const auto periods = d.finish();
        QCOMPARE(static_cast<qsizetype>(periods.size()), starts_utc.size());
        for (std::size_t i = 0; i < periods.size(); ++i) {
            const auto k = static_cast<qsizetype>(i);
            QCOMPARE(QString::fromStdString(formatIsoUtc(periods[i].start_ms)), starts_utc[k]);
            QCOMPARE(QString::fromStdString(periods[i].local_start), starts_local[k]);
            const std::int64_t last = std::min(t1, periods[i].end_ms) - step;
            QCOMPARE(periods[i].peak_time_ms, last);
            QCOMPARE(periods[i].peak_kw, static_cast<double>((last - t0) / step));
        }
    }

    // The peak of the interval before local midnight on Apr 1 stays in March.
    void peakAtMonthEdge() {
        TariffConfig tariff;
        const std::int64_t t0 = iso("2024-03-31T20:00:00Z");
        const std::int64_t edge = iso("2024-03-31T22:00:00Z"); // 00:00 CEST, Apr 1
        DemandTracker d(tariff, "Europe/Rome", t0, t0 + 4 * kMsPerHour);
        for (std::int64_t t = t0; t < t0 + 4 * kMsPerHour; t += kMin) {
            if (t == edge - kMin) {
                QCOMPARE(d.periodPeakKw(), 1000.0);
                QCOMPARE(d.intervalMeanSoFarKw(), 5000.0);
            }
            // The March interval has closed and April has no completed interval yet.
            if (t == edge) QCOMPARE(d.periodPeakKw(), 0.0);
            double kw = 1000.0;
            if (t >= edge - 15 * kMin && t < edge) kw = 5000.0;
            if (t >= edge + 30 * kMin && t < edge + 45 * kMin) kw = 7000.0;
            d.add(t, kMin, kw);
        }
        const auto p = d.finish();
        QCOMPARE(p.size(), std::size_t{2});
        QCOMPARE(p[0].peak_kw, 5000.0);
        QCOMPARE(p[0].peak_time_ms, edge - 15 * kMin);
        QCOMPARE(p[1].peak_kw, 7000.0);
        QCOMPARE(p[1].peak_time_ms, edge + 30 * kMin);
    }

    // Ratchet 0.8 on monthly hourly peaks 10, 5, 9 MW -> billed 10, 8, 9 MW at 12 EUR/kW.
    void ratchetAndCharge_data() {
        QTest::addColumn<bool>("annual");
        QTest::addColumn<double>("ratchet");
        QTest::addColumn<QList<double>>("billed_kw");
        QTest::newRow("monthly, ratchet 0.8") << false << 0.8 << QList<double>{10000, 8000, 9000};
        QTest::newRow("monthly, no ratchet") << false << 0.0 << QList<double>{10000, 5000, 9000};
        QTest::newRow("annual") << true << 0.8 << QList<double>{10000};
    }
    void ratchetAndCharge() {
        QFETCH(bool, annual);
        QFETCH(double, ratchet);
        QFETCH(QList<double>, billed_kw);
        TariffConfig tariff;
        tariff.billing_interval_s = 3600;
        tariff.ratchet_fraction = ratchet;
        tariff.demand_period = annual ? DemandPeriod::Annual : DemandPeriod::Monthly;
        const std::int64_t t0 = iso("2023-12-31T23:00:00Z"); // Jan 1 local
        const std::int64_t t1 = iso("2024-03-31T22:00:00Z"); // Apr 1 local
        DemandTracker d(tariff, "Europe/Rome", t0, t1);
        for (std::int64_t t = t0; t < t1; t += kMsPerHour) {
            double kw = 2000.0;
            if (t == iso("2024-01-10T12:00:00Z")) kw = 10000.0;
            if (t == iso("2024-02-10T12:00:00Z")) kw = 5000.0;
            if (t == iso("2024-03-10T12:00:00Z")) kw = 9000.0;
            d.add(t, kMsPerHour, kw);
        }
        const auto p = d.finish();
        QCOMPARE(static_cast<qsizetype>(p.size()), billed_kw.size());
        double total = 0.0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            QCOMPARE(p[i].billed_kw, billed_kw[static_cast<qsizetype>(i)]);
            QCOMPARE(p[i].demand_charge_eur, 12.0 * p[i].billed_kw);
            total += 12.0 * billed_kw[static_cast<qsizetype>(i)];
        }
        QCOMPARE(d.totalDemandChargeEur(), total);
        if (annual) QCOMPARE(p[0].peak_time_ms, iso("2024-01-10T12:00:00Z"));
    }

    void badInput() {
        TariffConfig tariff;
        tariff.billing_interval_s = 700;
        try {
            DemandTracker d(tariff, "Europe/Rome", 0, kMsPerDay);
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.where()), QStringLiteral("grid.tariff.billing_interval_s"));
            QCOMPARE(QString::fromStdString(e.found()), QStringLiteral("700"));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, DemandTracker(TariffConfig{}, "Mars/Olympus", 0, kMsPerDay));
        QVERIFY_THROWS_EXCEPTION(InputError, DemandTracker(TariffConfig{}, "Europe/Rome", kMsPerDay, 0));
    }
};

int runTestDemandTracker(int argc, char** argv) {
    TestDemandTracker t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestDemandTracker.moc"
