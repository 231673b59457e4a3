// Offscreen widget tests of the live console: the flow view for hand-made states, KPI tile texts,
// alarms raised/acknowledged/cleared through the adapter, adapter coalescing, theme switch and a
// non-blank grab of the whole main window.

#include "AlarmListView.h"
#include "AppOptions.h"
#include "AlarmTableModel.h"
#include "KpiTilesView.h"
#include "LiveSourceAdapter.h"
#include "MainWindow.h"
#include "PowerFlowView.h"
#include "ReportDialog.h"
#include "Theme.h"
#include "TrendPanel.h"
#include "model/InputError.h"
#include "model/SiteConfig.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

Q_DECLARE_METATYPE(gridtwin::StepRecord)
Q_DECLARE_METATYPE(gridtwin::LiveKpiSnapshot)

using namespace gridtwin;
using namespace gridtwin::ui;

namespace {

// A source whose samples the test hands in; no thread.
class FakeSource : public LiveSource {
public:
    std::string name() const override { return "fake"; }
    void start() override { state_ = SourceState::Running; }
    void stop() override { state_ = SourceState::Stopped; }
    void setPaused(bool p) override { state_ = p ? SourceState::Paused : SourceState::Running; }
    std::size_t drain(std::vector<StepRecord>& out) override {
        out.insert(out.end(), pending.begin(), pending.end());
        const std::size_t n = pending.size();
        pending.clear();
        return n;
    }
    SourceState state() const override { return state_; }
    std::string stateText() const override { return sourceStateName(state_); }
    void push(const StepRecord& r) {
        pending.push_back(r);
        samplesAvailable();
    }
    std::vector<StepRecord> pending;

private:
    SourceState state_ = SourceState::Stopped;
};

// 2024-06-01T10:00:00Z
constexpr std::int64_t kT0 = 1717236000000LL;

// A balanced record: grid = load + aux - pv - bess (StepRecord.h balance).
StepRecord record(double pv, double load, double it, double bess, double soc,
                  double curtailed = 0) {
    StepRecord r;
    r.time_ms = kT0;
    r.pv_kw = pv;
    r.pv_curtailed_kw = curtailed;
    r.load_kw = load;
    r.it_load_kw = it;
    r.bess_kw = bess;
    r.bess_aux_kw = 40;
    r.soc_pct = soc;
    r.grid_kw = load + r.bess_aux_kw - pv - bess;
    r.price_eur_per_mwh = 95;
    r.carbon_g_per_kwh = 300;
    return r;
}

QString nodeCode(FlowNode n) {
    switch (n) {
    case FlowNode::Pv: return QStringLiteral("Pv");
    case FlowNode::Grid: return QStringLiteral("Grid");
    case FlowNode::Bess: return QStringLiteral("Bess");
    case FlowNode::Bus: return QStringLiteral("Bus");
    case FlowNode::GpuIt: return QStringLiteral("It");
    case FlowNode::CoolingAux: return QStringLiteral("Aux");
    }
    return {};
}

// "Pv>Bus 3000 a; ..." (a = animated, s = still), in drawing order.
QString describe(const std::vector<DrawnFlow>& flows) {
    QStringList parts;
    for (const DrawnFlow& f : flows) {
        parts << QStringLiteral("%1>%2 %3 %4")
                     .arg(nodeCode(f.from), nodeCode(f.to), QString::number(f.kw, 'f', 0),
                          f.animated ? QStringLiteral("a") : QStringLiteral("s"));
    }
    return parts.join(QStringLiteral("; "));
}

int distinctColours(const QImage& img) {
    std::set<QRgb> seen;
    for (int y = 0; y < img.height(); y += 7) {
        for (int x = 0; x < img.width(); x += 7) seen.insert(img.pixel(x, y));
    }
    return static_cast<int>(seen.size());
}

} // namespace

class TestUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);   // QSettings stay out of the user's files
        QLocale::setDefault(QLocale::c());
    }

    void flowView_data() {
        QTest::addColumn<StepRecord>("rec");
        QTest::addColumn<QString>("expected");
        // C = load + aux; flows by the allocation rule of FlowAllocation.h, bus -> IT first.
        QTest::newRow("pv surplus charging")   // grid 0: PV 4000 = C 3000 + charge 1000
            << record(4000, 2960, 2500, -1000, 60)
            << QStringLiteral("Pv>Bus 3000 a; Pv>Bess 1000 a; Bus>It 2500 a; Bus>Aux 500 a");
        QTest::newRow("peak shaving discharge")   // grid 11500 at the threshold, BESS 2000
            << record(0, 13460, 11000, 2000, 55)
            << QStringLiteral("Grid>Bus 11500 a; Bess>Bus 2000 a; Bus>It 11000 a; Bus>Aux 2500 a");
        QTest::newRow("grid charging at night")   // grid 12000 = C 9000 + charge 3000
            << record(0, 8960, 8000, -3000, 30)
            << QStringLiteral("Grid>Bus 9000 a; Grid>Bess 3000 a; Bus>It 8000 a; Bus>Aux 1000 a");
        QTest::newRow("export-capped curtailment")   // grid -2000 = export limit; charge 30 kW still
            << record(4030, 1960, 1500, -30, 95, 600)
            << QStringLiteral("Pv>Bus 2000 a; Pv>Bess 30 s; Pv>Grid 2000 a; Bus>It 1500 a; "
                              "Bus>Aux 500 a");
        QTest::newRow("idle battery, tiny flows below noise")   // PV: 30 < 1 % of 5000 kWp; aux: 50 < 1 % of 5352 kW
            << record(30, 1000, 990, 0, 50)
            << QStringLiteral("Pv>Bus 30 s; Grid>Bus 1010 a; Bus>It 990 a; Bus>Aux 50 s");
    }
    void flowView() {
        QFETCH(StepRecord, rec);
        QFETCH(QString, expected);
        PowerFlowView view(referenceSite());
        view.resize(700, 520);
        view.setState(rec);
        QCOMPARE(describe(view.drawnFlows()), expected);
        // Node balances of the drawn flows: the bus passes on what it receives.
        double into_bus = 0;
        double out_of_bus = 0;
        for (const DrawnFlow& f : view.drawnFlows()) {
            if (f.to == FlowNode::Bus) into_bus += f.kw;
            if (f.from == FlowNode::Bus) out_of_bus += f.kw;
        }
        QCOMPARE(into_bus, out_of_bus);
        QCOMPARE(into_bus, rec.load_kw + rec.bess_aux_kw);
        const QImage img = view.grab().toImage();
        QVERIFY(distinctColours(img) > 10);
    }

    void appOptions_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("shot");
        QTest::addColumn<double>("after");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("screen");
        QTest::newRow("defaults") << QStringList{"gridtwin"} << "" << 3600.0 << "" << "" << ""
                                  << "console";
        QTest::newRow("settings screen")
            << QStringList{"gridtwin", "--screenshot", "s.png", "--screen", "settings"} << "s.png"
            << 3600.0 << "" << "" << "" << "settings";
        QTest::newRow("workbench screen")
            << QStringList{"gridtwin", "--screen", "workbench"} << "" << 3600.0 << "" << "" << ""
            << "workbench";
        QTest::newRow("bad screen")
            << QStringList{"gridtwin", "--screen", "cockpit"} << "" << 3600.0 << "" << ""
            << "--screen expects one of console, connection, workbench, report, settings, "
               "workbench:site, workbench:tuning, workbench:explanation, workbench:sweep, "
               "workbench:devices, found \"cockpit\"" << "console";
        QTest::newRow("workbench page")
            << QStringList{"gridtwin", "--screen", "workbench:sweep"} << "" << 3600.0 << "" << "" << ""
            << "workbench";
        QTest::newRow("bad workbench page")
            << QStringList{"gridtwin", "--screen", "workbench:cockpit"} << "" << 3600.0 << "" << ""
            << "--screen expects one of console, connection, workbench, report, settings, "
               "workbench:site, workbench:tuning, workbench:explanation, workbench:sweep, "
               "workbench:devices, found \"workbench:cockpit\"" << "console";
        QTest::newRow("screenshot light")
            << QStringList{"gridtwin", "--screenshot", "/tmp/a.png", "--after", "120",
                           "--theme", "light", "--lang", "de"}
            << "/tmp/a.png" << 120.0 << "light" << "de" << "" << "console";
        QTest::newRow("bad theme") << QStringList{"gridtwin", "--theme", "blue"} << "" << 3600.0
                                   << "" << "" << "--theme expects dark or light, found \"blue\"" << "console";
        QTest::newRow("bad after") << QStringList{"gridtwin", "--after", "-5"} << "" << -5.0 << ""
                                   << "" << "--after expects a number of seconds >= 0, found \"-5\"" << "console";
        QTest::newRow("bad lang") << QStringList{"gridtwin", "--lang", "fr"} << "" << 3600.0 << ""
                                  << "fr" << "--lang expects en, de or zh_CN, found \"fr\"" << "console";
    }
    void appOptions() {
        QFETCH(QStringList, args);
        QFETCH(QString, shot);
        QFETCH(double, after);
        QFETCH(QString, theme);
        QFETCH(QString, lang);
        QFETCH(QString, error);
        QFETCH(QString, screen);
        const AppOptions o = parseAppOptions(args);
        QCOMPARE(o.screenshot_file, shot);
        QCOMPARE(o.after_s, after);
        QCOMPARE(o.theme ? themeCode(*o.theme) : QString(), theme);
        QCOMPARE(o.language, lang);
        QCOMPARE(o.error, error);
        QCOMPARE(screenName(o.screen), screen);
        // --screen NAME:PAGE keeps the page for the screen to open; a bad value keeps none.
        const qsizetype at = args.indexOf(QStringLiteral("--screen"));
        QCOMPARE(o.screen_page, at >= 0 && error.isEmpty() ? args[at + 1].section(QLatin1Char(':'), 1) : QString());
    }

    void startupSiteOpensTheSitesLiveSource() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("site.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema_version": 1, "name": "Gateway site", "data_sources": {"live_source": "devices",
                  "devices": [{"role": "meter", "host": "10.0.0.9", "port": 502, "unit_id": 7}]}})");
        f.close();
        // No --site, no --source: the reference site and its simulation, as before.
        const StartupSite ref = startupSite(parseAppOptions({QStringLiteral("gridtwin")}));
        QCOMPARE(ref.site.name, referenceSite().name);
        QVERIFY(ref.spec.kind == SourceSpec::Kind::Simulation);
        // --site alone: the site's own live source, its device list.
        const StartupSite s = startupSite(parseAppOptions({QStringLiteral("gridtwin"), QStringLiteral("--site"), file}));
        QCOMPARE(s.site.name, std::string("Gateway site"));
        QVERIFY(s.spec.kind == SourceSpec::Kind::Devices);
        QCOMPARE(s.spec.devices.devices.size(), std::size_t{1});
        QCOMPARE(s.spec.devices.devices[0].host, std::string("10.0.0.9"));
        QCOMPARE(s.spec.devices.devices[0].unit_id, 7);
        // --source wins over the site's.
        const StartupSite o = startupSite(parseAppOptions(
            {QStringLiteral("gridtwin"), QStringLiteral("--site"), file, QStringLiteral("--source"), QStringLiteral("sim")}));
        QVERIFY(o.spec.kind == SourceSpec::Kind::Simulation);
        QCOMPARE(o.site.name, std::string("Gateway site"));
        // A site whose live source needs devices it does not list: the error names file and path.
        const QString nodev = dir.filePath(QStringLiteral("nodev.json"));
        QFile g(nodev);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(R"({"schema_version": 1, "data_sources": {"live_source": "devices", "devices": []}})");
        g.close();
        try {
            startupSite(parseAppOptions({QStringLiteral("gridtwin"), QStringLiteral("--site"), nodev}));
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), nodev);
            QCOMPARE(e.where(), std::string("$.data_sources.devices"));
            QCOMPARE(e.found(), std::string("no devices"));
        }
        // A missing site file is refused naming it.
        const QString missing = dir.filePath(QStringLiteral("none.json"));
        try {
            startupSite(parseAppOptions({QStringLiteral("gridtwin"), QStringLiteral("--site"), missing}));
            QFAIL("no InputError");
        } catch (const InputError& e) {
            QCOMPARE(QString::fromStdString(e.file()), missing);
        }
    }

    void openScreenConsoleAndOpener() {
        FakeSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        MainWindow w(adapter, Theme::Dark);
        QCOMPARE(w.openScreen(ScreenId::Console), static_cast<QWidget*>(&w));
        QVERIFY(w.isVisible());
        QCOMPARE(w.openScreen(ScreenId::Report), nullptr);   // the operator profile offers no reports
        w.setProfile(UserProfile::Compliance);
        QWidget* report = w.openScreen(ScreenId::Report);   // built in ui/: the white-paper dialog
        QVERIFY(qobject_cast<ReportDialog*>(report) != nullptr);
        QVERIFY(report->isVisible());
        QCOMPARE(w.openScreen(ScreenId::Report), report);   // raised again, not a second one
        w.setProfile(UserProfile::Engineer);
        QCOMPARE(w.openScreen(ScreenId::Workbench), nullptr); // nothing handed in: not in this build
        int calls = 0;
        QWidget other;
        w.setScreenOpener(ScreenId::Workbench, [&] {
            ++calls;
            return &other;
        });
        QCOMPARE(w.openScreen(ScreenId::Workbench), &other);
        QCOMPARE(calls, 1);
        QVERIFY(other.isVisible());
        for (const QString& name : screenNames()) QCOMPARE(screenName(*parseScreenName(name)), name);
        QVERIFY(!parseScreenName(QStringLiteral("Console")));   // names are case-sensitive
    }

    // Issue 6 item 6 from the GUI: the dialog generates the demo-year white paper in the
    // background, previews its pages and saves the PDF and the ledger; bad inputs are refused.
    void reportDialogGeneratesPreviewsAndSaves() {
        ReportDialog d;
        d.siteEdit()->setText(QStringLiteral("/nonexistent/site.json"));
        QVERIFY(!d.generate());
        QVERIFY2(d.statusLabel()->text().contains(QStringLiteral("/nonexistent/site.json")), qPrintable(d.statusLabel()->text()));
        d.siteEdit()->setText(QStringLiteral("demo"));
        d.yearBox()->setValue(2025);
        d.languageBox()->setCurrentIndex(d.languageBox()->findData(QStringLiteral("de")));
        QSignalSpy done(&d, &ReportDialog::generationFinished);
        QVERIFY(d.generate());
        QVERIFY(d.busy());
        QVERIFY(!d.generate()); // one run at a time
        QVERIFY(done.wait(600000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!d.busy());
        QVERIFY(d.pageCount() >= 12);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("wp.pdf"));
        QCOMPARE(d.savePdf(pdf), QString());
        QVERIFY(QFileInfo(pdf).size() > 20000);
        QCOMPARE(d.saveLedger(dir.filePath(QStringLiteral("ledger.csv"))), QString());
        QVERIFY(d.statusLabel()->text().contains(QStringLiteral("8760")));
        QVERIFY(!d.saveLedger(QStringLiteral("/nonexistent/dir/ledger.csv")).isEmpty());
    }

    void flowRatingsOfReferenceSite() {
        const FlowRatings r = flowRatings(referenceSite());
        QCOMPARE(r.pv_kw, 5000.0);
        QCOMPARE(r.bess_kw, 10000.0);
        QCOMPARE(r.grid_kw, 16000.0);
        // 1275 nodes x (8 x 700 W + 4600 W) = 13005 kW
        QCOMPARE(r.it_kw, 13005.0);
    }

    void kpiTiles_data() {
        QTest::addColumn<LiveKpiSnapshot>("snap");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("details");
        QTest::addColumn<int>("importLevel");
        QTest::addColumn<int>("meanLevel");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        LiveKpiSnapshot over{kT0, 12000, 11500, 11800, 11000, 62.5, 2.5, nan,
                             45000, 1200, 8000, 4050.4, 312, 14000};
        QTest::newRow("over threshold, discharging")
            << over
            << QStringList{"12.00 MW", "11.00 MW", "62.5 %", "45.00 MWh", "4050 €", "312 g/kWh"}
            << QStringList{"threshold 11.50 MW · month peak 11.80 MW",
                           "so far in this interval · threshold 11.50 MW", "empty in 2.5 h",
                           "imported · exported 1.20 MWh · PV 8.00 MWh",
                           "energy only, since midnight", "emissions today 14.00 t CO₂e"}
            << static_cast<int>(TileLevel::Alert) << static_cast<int>(TileLevel::Warning);
        LiveKpiSnapshot under{kT0, -850, 11500, 9000, 8000, 40, nan, 0.75,
                              120, 900, 2500, 12.5, 95, 8.2};
        QTest::newRow("exporting, charging")
            << under
            << QStringList{"export 850 kW", "8.00 MW", "40.0 %", "120 kWh", "12.50 €", "95 g/kWh"}
            << QStringList{"threshold 11.50 MW · month peak 9.00 MW",
                           "so far in this interval · threshold 11.50 MW", "full in 45 min",
                           "imported · exported 900 kWh · PV 2.50 MWh",
                           "energy only, since midnight", "emissions today 8.2 kg CO₂e"}
            << static_cast<int>(TileLevel::Normal) << static_cast<int>(TileLevel::Normal);
    }
    void kpiTiles() {
        QFETCH(LiveKpiSnapshot, snap);
        QFETCH(QStringList, values);
        QFETCH(QStringList, details);
        QFETCH(int, importLevel);
        QFETCH(int, meanLevel);
        KpiTilesView tiles;
        tiles.setSnapshot(snap);
        for (std::size_t i = 0; i < kKpiTileCount; ++i) {
            const auto t = static_cast<KpiTile>(i);
            QCOMPARE(tiles.valueText(t), values.at(static_cast<qsizetype>(i)));
            QCOMPARE(tiles.detailText(t), details.at(static_cast<qsizetype>(i)));
        }
        QCOMPARE(static_cast<int>(tiles.level(KpiTile::GridImport)), importLevel);
        QCOMPARE(static_cast<int>(tiles.level(KpiTile::IntervalMean)), meanLevel);
    }

    void adapterCoalescesOneUpdatePerTick() {
        FakeSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        QSignalSpy updated(&adapter, &LiveSourceAdapter::updated);
        for (int i = 0; i < 1000; ++i) {
            StepRecord r = record(1000, 9000, 8000, 0, 50);
            r.time_ms = kT0 + i * 1000LL;
            src.push(r);
        }
        QCOMPARE(adapter.pump(), std::size_t{1000});
        QCOMPARE(updated.count(), 1);
        QCOMPARE(adapter.samplesTotal(), std::uint64_t{1000});
        QCOMPARE(adapter.series(Channel::Grid).size(), std::size_t{1000});
        QCOMPARE(adapter.latest().time_ms, kT0 + 999 * 1000LL);
        QCOMPARE(adapter.pump(), std::size_t{0});   // nothing new: no second update
        QCOMPARE(updated.count(), 1);
    }

    void alarmsFireAcknowledgeAndClear() {
        FakeSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        AlarmListView view(adapter);
        QSignalSpy changed(&adapter, &LiveSourceAdapter::alarmsChanged);
        // SoC 10 % is below the 20 % peak-shaving reserve of the reference site.
        StepRecord low = record(0, 6000, 5000, 500, 10);
        src.push(low);
        adapter.pump();
        QVERIFY(changed.count() >= 1);
        AlarmTableModel* m = view.model();
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, AlarmTableModel::KindColumn).data().toString(),
                 QStringLiteral("SoC below reserve"));
        QCOMPARE(m->index(0, AlarmTableModel::SeverityColumn).data().toString(),
                 QStringLiteral("Warning"));
        QCOMPARE(m->index(0, AlarmTableModel::StateColumn).data().toString(),
                 QStringLiteral("active"));
        QCOMPARE(m->index(0, AlarmTableModel::TimeColumn).data().toString(),
                 QStringLiteral("2024-06-01 12:00:00"));   // Europe/Rome, CEST
        view.table()->selectRow(0);
        view.acknowledgeSelected();
        QCOMPARE(m->index(0, AlarmTableModel::StateColumn).data().toString(),
                 QStringLiteral("active, acknowledged"));
        QVERIFY(adapter.alarmMonitor().alarms().front().acknowledged);
        QVERIFY(!adapter.acknowledgeAlarm(adapter.alarmMonitor().alarms().front().id));
        // Back above reserve + 2 points: the alarm clears; import over the threshold raises one.
        StepRecord ok = record(0, 13000, 11000, 0, 25);
        ok.time_ms = kT0 + 1000;
        src.push(ok);
        adapter.pump();
        const int rows = m->rowCount();
        QVERIFY(rows >= 2);
        QCOMPARE(m->index(rows - 1, AlarmTableModel::KindColumn).data().toString(),
                 QStringLiteral("SoC below reserve"));
        QCOMPARE(m->index(rows - 1, AlarmTableModel::StateColumn).data().toString(),
                 QStringLiteral("cleared, acknowledged"));
        QCOMPARE(m->index(0, AlarmTableModel::KindColumn).data().toString(),
                 QStringLiteral("Peak threshold exceeded"));
        QCOMPARE(m->index(0, AlarmTableModel::StateColumn).data().toString(),
                 QStringLiteral("active"));
        QCOMPARE(adapter.alarmMonitor().activeCount(), static_cast<std::size_t>(rows - 1));
        // Acknowledge without a selection takes the newest unacknowledged active alarm.
        view.table()->clearSelection();
        const std::size_t before = adapter.alarmMonitor().unacknowledgedActiveCount();
        view.acknowledgeSelected();
        QCOMPARE(adapter.alarmMonitor().unacknowledgedActiveCount(), before - 1);
    }

    void trendsDecimateToPlotWidth() {
        FakeSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        TrendPanel trends(adapter);
        trends.resize(900, 600);
        trends.show();
        QVERIFY(QTest::qWaitForWindowExposed(&trends));
        trends.setWindow(TrendWindow::Hour24);
        std::vector<StepRecord> day;
        for (int i = 0; i < 86400; i += 2) {
            StepRecord r = record(1000, 9000, 8000, 0, 50);
            r.time_ms = kT0 + i * 1000LL;
            if (i == 40000) r.pv_kw = 4900;   // one-sample spike must survive decimation
            r.grid_kw = r.load_kw + r.bess_aux_kw - r.pv_kw - r.bess_kw;
            day.push_back(r);
        }
        adapter.ingest(day);
        trends.refresh();   // live updates are throttled to the tick; draw now
        const qsizetype n = trends.pointCount(Channel::Pv);
        // Min and max per pixel column: at most 2 points for each of the < 900 columns.
        QVERIFY2(n > 0 && n <= 2 * 900, qPrintable(QString::number(n)));
        QVERIFY(n < static_cast<qsizetype>(day.size()));
        double pv_max_mw = 0;
        double pv_min_mw = 1e9;
        for (const QPointF& p : trends.points(Channel::Pv)) {
            pv_max_mw = std::max(pv_max_mw, p.y());
            pv_min_mw = std::min(pv_min_mw, p.y());
        }
        QCOMPARE(pv_max_mw, 4.9);   // the one-sample spike survives decimation
        QCOMPARE(pv_min_mw, 1.0);
        QVERIFY(trends.cursorText(kT0 + 40000 * 1000LL).contains(QStringLiteral("PV 4.90 MW")));
        QVERIFY(trends.cursorText(kT0 + 40001 * 1000LL).contains(QStringLiteral("PV 4.90 MW")));
        QVERIFY(trends.cursorText(kT0 + 40002 * 1000LL).contains(QStringLiteral("PV 1.00 MW")));
        trends.setPaused(true);
        QVERIFY(trends.isPaused());
    }

    void themeSwitchAndMainWindowGrab() {
        FakeSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        MainWindow w(adapter, Theme::Dark);
        w.resize(1600, 1000);
        for (int i = 0; i < 3600; ++i) {
            // An hour with a load ramp and a PV dip, so the trends show shape.
            const double load = 9000 + 2500 * std::sin(i / 900.0) + (i % 600 == 0 ? 1500 : 0);
            StepRecord r = record(3500 - 1500 * std::exp(-((i - 1800) * (i - 1800)) / 1.0e5),
                                  load, load * 0.85, i < 3480 ? -500 : 2000, 50 + i * 0.01 / 30);
            r.time_ms = kT0 + (i - 3480) * 1000LL;
            r.price_eur_per_mwh = 90 + 30 * std::sin(i / 700.0);
            r.carbon_g_per_kwh = 280 + 40 * std::cos(i / 1100.0);
            src.push(r);
        }
        adapter.pump();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(qApp->palette().color(QPalette::Window), themeColors(Theme::Dark).window);
        const QImage dark = w.grab().toImage();
        QVERIFY(distinctColours(dark) > 50);
        QVERIFY(w.statusText().contains(QStringLiteral("2024-06-01 10:01:59 UTC")));
        QVERIFY(w.statusText().contains(QStringLiteral("2024-06-01 12:01:59 Europe/Rome")));

        const QString grab_dir = qEnvironmentVariable("GRIDTWIN_UI_GRAB_DIR");   // for eyeballing
        if (!grab_dir.isEmpty()) dark.save(grab_dir + QStringLiteral("/main_dark.png"));
        w.setTheme(Theme::Light);
        QCOMPARE(w.theme(), Theme::Light);
        QCOMPARE(qApp->palette().color(QPalette::Window), themeColors(Theme::Light).window);
        const QImage flow = w.flowView()->grab().toImage();
        QCOMPARE(QColor(flow.pixel(2, 2)), themeColors(Theme::Light).window);
        QCoreApplication::processEvents();
        const QImage light = w.grab().toImage();
        QVERIFY(light != dark);
        if (!grab_dir.isEmpty()) light.save(grab_dir + QStringLiteral("/main_light.png"));
        QCOMPARE(w.kpiTiles()->valueText(KpiTile::BatterySoc), QStringLiteral("51.2 %"));
    }
};

QTEST_MAIN(TestUi)
#include "TestUi.moc"
