// Offscreen GUI: the connection dialog switches the console to a replay of a small CSV (the
// adapter then shows exactly its samples), records it into a historian, reports a bad file
// with its line, and the console's seek control clears the trends and continues at the time.
#include "ConnectionDialog.h"
#include "LiveSourceAdapter.h"
#include "ReplayControl.h"
#include "io/ReplaySource.h"
#include "io/SimulatorSource.h"
#include "model/SiteConfig.h"
#include "model/TimeUtc.h"
#include "store/Historian.h"
#include "store/HistorianRecorder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace gridtwin;
using namespace gridtwin::ui;

namespace {
const std::int64_t kT0 = *parseIsoUtc("2024-06-01T10:00:00Z");
QString data(const char* name) { return QStringLiteral(GRIDTWIN_TEST_DATA_DIR "/") + name; }

// Pumps the adapter until it holds n samples in total (or 5 s pass).
bool pumpUntil(LiveSourceAdapter& a, std::uint64_t n) {
    QElapsedTimer t;
    t.start();
    while (a.samplesTotal() < n && t.elapsed() < 5000) {
        a.pump();
        QTest::qWait(5);
    }
    a.pump();
    return a.samplesTotal() >= n;
}
} // namespace

class TestConnectionUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void replayOfASmallCsvThroughTheDialog() {
        const SiteConfig site = referenceSite();
        LiveSourceAdapter adapter(site, std::make_unique<SimulatorSource>(site, kT0, 1000));
        adapter.start(false);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("rec.db"));
        ConnectionDialog dialog(adapter);
        QVERIFY(dialog.recordFileEdit()->text().endsWith(QLatin1String("gridtwin.db")));
        dialog.setPage(ConnectionDialog::Page::Replay);
        dialog.replayFileEdit()->setText(data("replay_small.csv"));
        dialog.replaySpeedCombo()->setCurrentIndex(dialog.replaySpeedCombo()->count() - 1); // max
        dialog.recordCheck()->setChecked(true);
        dialog.recordFileEdit()->setText(db);
        QSignalSpy changed(&adapter, &LiveSourceAdapter::sourceChanged);
        QVERIFY2(dialog.connectSource(), qPrintable(dialog.errorText()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(dynamic_cast<ReplaySource*>(&adapter.source()) != nullptr);
        QVERIFY(pumpUntil(adapter, 12));
        QCOMPARE(adapter.samplesTotal(), std::uint64_t{12});
        QCOMPARE(adapter.latest().time_ms, kT0 + 165000);
        QCOMPARE(adapter.latest().grid_kw, 12000.0 + 1100 + 40 - 3110 - 500);
        QCOMPARE(adapter.series(Channel::Grid).size(), std::size_t{12});
        dialog.refreshStatus();
        QVERIFY(dialog.statusTable()->rowCount() == 2);
        QVERIFY(dialog.statusTable()->item(0, 0)->text().contains(QLatin1String("replay_small.csv")));
        QVERIFY(dialog.statusTable()->item(1, 0)->text().contains(db));

        // The console's seek control: trends restart at the sought time.
        ReplayControl control(adapter);
        QVERIFY(control.replay() != nullptr);
        QVERIFY(control.seekTo(kT0 + 150000));
        QVERIFY(pumpUntil(adapter, 14));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(adapter.series(Channel::Grid).size(), std::size_t{2});
        QCOMPARE(adapter.latest().time_ms, kT0 + 165000);

        adapter.setRecorder(nullptr); // flushes
        Historian h(db.toStdString());
        const int site_id = h.siteId(site.name);
        int grid = 0;
        for (const ChannelInfo& c : h.channels(site_id))
            if (c.name == "grid_kw") grid = c.id;
        // 12 samples, then the two replayed after the seek are duplicates the historian ignores.
        const auto samples = h.samples(grid, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max());
        QCOMPARE(samples.size(), std::size_t{12});
        QCOMPARE(samples[1].value, 8630.0);
    }

    // Issue 3 item 5 through the console: an alarm raised and acknowledged while recording is
    // back, acknowledged, when a new console opens on the same historian file.
    void consoleAlarmsComeBackFromTheHistorian() {
        const SiteConfig site = referenceSite();
        QTemporaryDir dir;
        const std::string db = dir.filePath(QStringLiteral("alarms.db")).toStdString();
        StepRecord breach;
        breach.time_ms = kT0;
        breach.grid_kw = site.controller.peak_threshold_kw + 800;
        breach.load_kw = breach.grid_kw;
        breach.soc_pct = 50;
        {
            LiveSourceAdapter adapter(site, std::make_unique<SimulatorSource>(site, kT0, 1000));
            adapter.setRecorder(std::make_unique<HistorianRecorder>(db, site.name));
            QSignalSpy alarms_changed(&adapter, &LiveSourceAdapter::alarmsChanged);
            adapter.ingest({breach});
            QVERIFY(alarms_changed.count() >= 1);
            QVERIFY(adapter.alarmMonitor().activeCount() >= 1);
            const Alarm first = adapter.alarmMonitor().alarms().front();
            QCOMPARE(first.kind, AlarmKind::ThresholdBreach);
            QVERIFY(adapter.acknowledgeAlarm(first.id));
        } // the adapter's recorder writes everything on the way out
        LiveSourceAdapter reopened(site, std::make_unique<SimulatorSource>(site, kT0, 1000));
        QSignalSpy alarms_changed(&reopened, &LiveSourceAdapter::alarmsChanged);
        reopened.setRecorder(std::make_unique<HistorianRecorder>(db, site.name));
        QCOMPARE(alarms_changed.count(), 1);
        const auto& alarms = reopened.alarmMonitor().alarms();
        QVERIFY(!alarms.empty());
        QCOMPARE(alarms.front().kind, AlarmKind::ThresholdBreach);
        QCOMPARE(alarms.front().raised_ms, kT0);
        QVERIFY(alarms.front().acknowledged);
        QVERIFY(alarms.front().active()); // nothing cleared it before the restart
        QCOMPARE(reopened.samplesTotal(), std::uint64_t{0});
        Historian h(db);
        QCOMPARE(h.events(h.siteId(site.name), kT0 - 1, kT0 + 1).size(), alarms.size());
    }

    void badFileKeepsTheOldSourceAndSaysWhere() {
        const SiteConfig site = referenceSite();
        LiveSourceAdapter adapter(site, std::make_unique<SimulatorSource>(site, kT0, 1000));
        ConnectionDialog dialog(adapter);
        dialog.setPage(ConnectionDialog::Page::Replay);
        dialog.replayFileEdit()->setText(data("replay_backwards.csv"));
        QVERIFY(!dialog.connectSource());
        QVERIFY2(dialog.errorText().contains(QLatin1String("line 4")), qPrintable(dialog.errorText()));
        QVERIFY(dynamic_cast<SimulatorSource*>(&adapter.source()) != nullptr);
        dialog.setPage(ConnectionDialog::Page::Gpu);
        dialog.gpuUrlEdit()->setText(QStringLiteral("https://prom.site"));
        QVERIFY(!dialog.connectSource());
        QVERIFY2(dialog.errorText().contains(QLatin1String("TLS")), qPrintable(dialog.errorText()));
    }
};

QTEST_MAIN(TestConnectionUi)
#include "TestConnectionUi.moc"
