#include "LiveTests.h"

#include "alarm/AlarmMonitor.h"

#include <QtTest>

using namespace gridtwin;

namespace {

constexpr std::int64_t kT0 = 1704067200000;  // 2024-01-01T00:00:00Z, a 15-min boundary

StepRecord sample(std::int64_t i, double grid_kw, double soc = 50) {
    StepRecord r;
    r.time_ms = kT0 + i * 1000;
    r.grid_kw = grid_kw;
    r.soc_pct = soc;
    return r;
}

std::vector<Alarm> activeOf(const AlarmMonitor& m, AlarmKind kind) {
    std::vector<Alarm> out;
    for (const Alarm& a : m.alarms())
        if (a.kind == kind && a.active()) out.push_back(a);
    return out;
}

} // namespace

class TestAlarmMonitor : public QObject {
    Q_OBJECT
private slots:
    void instantaneousBreachClearsWithHysteresis() {
        AlarmMonitor m(referenceSite());  // threshold 11500 kW, band 230 kW
        int raised = 0, cleared = 0;
        m.raised.connect([&](const Alarm&) { ++raised; });
        m.cleared.connect([&](const Alarm&) { ++cleared; });
        // grid import per second and whether the instantaneous alarm is active after it
        const double grid[] = {11000, 11600, 11400, 11300, 11271, 11269};
        const bool active[] = {false, true, true, true, true, false};
        for (int i = 0; i < 6; ++i) {
            m.evaluate(sample(i, grid[i]));
            bool instant = false;
            for (const Alarm& a : activeOf(m, AlarmKind::ThresholdBreach))
                instant = instant || a.severity == Severity::Warning;
            QVERIFY2(instant == active[i], qPrintable(QString("step %1").arg(i)));
        }
        QCOMPARE(raised, 1);
        QCOMPARE(cleared, 1);
        const Alarm& a = m.alarms().front();
        QCOMPARE(a.raised_ms, kT0 + 1000);
        QCOMPARE(a.cleared_ms, kT0 + 5000);
        QCOMPARE(a.value, 11600.0);
        QCOMPARE(a.limit, 11500.0);
        QVERIFY(QString::fromStdString(a.message).contains("instantaneous"));
        QVERIFY(QString::fromStdString(a.message).contains("11600 kW"));
    }

    void intervalMeanBreachIsCritical() {
        AlarmMonitor m(referenceSite());
        m.evaluate(sample(0, 12000));
        QCOMPARE(m.activeCount(), std::size_t{2});
        const auto active = activeOf(m, AlarmKind::ThresholdBreach);
        QCOMPARE(active.size(), std::size_t{2});
        QCOMPARE(active[1].severity, Severity::Critical);
        QVERIFY(QString::fromStdString(active[1].message).contains("Billing-interval mean"));
        // Means so far after 11000 kW samples: 11500, 11333, 11250 -> clears below 11270 only at
        // the fourth sample of the interval (hand calculation).
        for (int i = 1; i <= 3; ++i) {
            m.evaluate(sample(i, 11000));
            const bool critical_active = activeOf(m, AlarmKind::ThresholdBreach).size() == 1;
            QCOMPARE(critical_active, i < 3);
        }
        QCOMPARE(m.activeCount(), std::size_t{0});
        QCOMPARE(m.alarms()[1].cleared_ms, kT0 + 3000);
    }

    void noChatterAroundTheThreshold() {
        AlarmMonitor m(referenceSite());
        int raised = 0, cleared = 0;
        m.raised.connect([&](const Alarm&) { ++raised; });
        m.cleared.connect([&](const Alarm&) { ++cleared; });
        for (int i = 0; i < 40; ++i) m.evaluate(sample(i, i % 2 ? 11515 : 11495, i % 2 ? 19.9 : 20.5));
        QCOMPARE(raised, 3);  // instantaneous, interval mean, SoC: once each
        QCOMPARE(cleared, 0);
    }

    void socBelowReserve_data() {
        QTest::addColumn<QList<double>>("soc");
        QTest::addColumn<QList<bool>>("active");
        QTest::newRow("drop and recover")
            << QList<double>{25, 19.9, 21, 21.99, 22}
            << QList<bool>{false, true, true, true, false};
        QTest::newRow("exactly at the reserve is fine")
            << QList<double>{20, 20, 20} << QList<bool>{false, false, false};
    }
    void socBelowReserve() {
        QFETCH(QList<double>, soc);
        QFETCH(QList<bool>, active);
        AlarmMonitor m(referenceSite());  // reserve 20 %
        for (int i = 0; i < soc.size(); ++i) {
            m.evaluate(sample(i, 1000, soc[i]));
            QCOMPARE(activeOf(m, AlarmKind::SocBelowReserve).size(), std::size_t(active[i]));
        }
    }

    void exportLimit_data() {
        QTest::addColumn<QList<double>>("grid");
        QTest::addColumn<QList<double>>("curtailed");
        QTest::addColumn<QList<bool>>("active");
        // limit 2000 kW: raise at >= 1990 kW export (0.5 % tolerance), clear at <= 1900 kW.
        QTest::newRow("at the limit") << QList<double>{-1980, -1995, -1950, -1901, -1899}
                                      << QList<double>{0, 0, 0, 0, 0}
                                      << QList<bool>{false, true, true, true, false};
        QTest::newRow("curtailment") << QList<double>{-1000, -1000, -1000}
                                     << QList<double>{0, 5, 0}
                                     << QList<bool>{false, true, false};
    }
    void exportLimit() {
        QFETCH(QList<double>, grid);
        QFETCH(QList<double>, curtailed);
        QFETCH(QList<bool>, active);
        AlarmMonitor m(referenceSite());
        for (int i = 0; i < grid.size(); ++i) {
            StepRecord r = sample(i, grid[i]);
            r.pv_curtailed_kw = curtailed[i];
            m.evaluate(r);
            QCOMPARE(activeOf(m, AlarmKind::ExportLimitHit).size(), std::size_t(active[i]));
        }
    }

    void acknowledge() {
        AlarmMonitor m(referenceSite());
        m.evaluate(sample(0, 1000, 10));
        QCOMPARE(m.alarms().size(), std::size_t{1});
        const std::uint64_t id = m.alarms()[0].id;
        QCOMPARE(m.unacknowledgedActiveCount(), std::size_t{1});
        QVERIFY(m.acknowledge(id));
        QVERIFY(!m.acknowledge(id));        // already acknowledged
        QVERIFY(!m.acknowledge(id + 100));  // unknown
        QVERIFY(m.alarms()[0].acknowledged);
        QCOMPARE(m.activeCount(), std::size_t{1});  // acknowledged is still active
        QCOMPARE(m.unacknowledgedActiveCount(), std::size_t{0});
    }

    void staleDetection() {
        AlarmMonitor m(referenceSite());
        m.evaluate(sample(0, 1000));
        m.evaluate(sample(1, 1000));  // 1 s spacing -> stale after 3 s
        QCOMPARE(m.staleAfterMs(), std::int64_t{3000});
        const std::int64_t last = kT0 + 1000;
        m.checkStale(last + 3000, last);
        QCOMPARE(m.activeCount(), std::size_t{0});
        m.checkStale(last + 3001, last);
        QCOMPARE(activeOf(m, AlarmKind::DataStale).size(), std::size_t{1});
        m.checkStale(last + 4000, last);  // still stale: no second alarm
        QCOMPARE(m.alarms().size(), std::size_t{1});
        QVERIFY(QString::fromStdString(m.alarms()[0].message).contains("3.0 s"));
        m.checkStale(last + 4500, last + 4400);
        QCOMPARE(m.activeCount(), std::size_t{0});
        QCOMPARE(m.alarms()[0].cleared_ms, last + 4500);

        StepRecord flagged = sample(10, 1000);
        flagged.quality = Quality::Stale;
        m.evaluate(flagged);
        QCOMPARE(activeOf(m, AlarmKind::DataStale).size(), std::size_t{1});
        m.evaluate(sample(11, 1000));
        QCOMPARE(m.activeCount(), std::size_t{0});
    }

    void sourceFault() {
        AlarmMonitor m(referenceSite());
        m.sourceFault(kT0, "weather file missing");
        m.sourceFault(kT0 + 1, "weather file missing");
        QCOMPARE(m.alarms().size(), std::size_t{1});
        QCOMPARE(m.alarms()[0].severity, Severity::Critical);
        QCOMPARE(m.alarms()[0].kind, AlarmKind::SourceFault);
        QVERIFY(QString::fromStdString(m.alarms()[0].message).contains("weather file missing"));
        m.sourceRecovered(kT0 + 5);
        QCOMPARE(m.activeCount(), std::size_t{0});
        QCOMPARE(m.alarms()[0].cleared_ms, kT0 + 5);
    }

    void boundedHistory() {
        AlarmMonitor m(referenceSite());
        m.setHistoryLimit(3);
        for (int i = 0; i < 5; ++i) {
            m.sourceFault(kT0 + i * 10, "x");
            m.sourceRecovered(kT0 + i * 10 + 5);
        }
        QCOMPARE(m.alarms().size(), std::size_t{3});
        QCOMPARE(m.alarms().front().id, std::uint64_t{3});
        QCOMPARE(m.alarms().back().id, std::uint64_t{5});
        QCOMPARE(m.alarms().back().raised_ms, kT0 + 40);
    }
};

int runAlarmMonitorTests(int argc, char** argv) {
    TestAlarmMonitor t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestAlarmMonitor.moc"
