// Offscreen tests of the engineering workbench: the site editor refuses out-of-range values with
// the table's reason and accepts valid ones, undo/redo restores values; a tuning run shows
// candidate - baseline from core; the sweep page highlights ParetoFront's points; export writes
// author and reason. With GRIDTWIN_WORKBENCH_GRAB_DIR set, the pages are also saved as PNGs.

#include "WorkbenchTestSupport.h"
#include "CandidateSite.h"
#include "DevicesPage.h"
#include "ExplanationPage.h"
#include "ExportVersionDialog.h"
#include "KpiDeltaTable.h"
#include "ParameterField.h"
#include "ParetoView.h"
#include "SiteEditorPage.h"
#include "SweepPage.h"
#include "TuningPage.h"
#include "WorkbenchWindow.h"
#include "model/SiteConfig.h"
#include "io/sunspec/SunSpecDeviceServer.h"
#include "io/sunspec/SunSpecPlant.h"
#include "model/TimeUtc.h"
#include "sim/KpiJson.h"
#include "sim/SiteSimulation.h"
#include "store/Historian.h"
#include "tune/ChangeControl.h"
#include "tune/ParetoFront.h"
#include "tune/TuningRun.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QApplication>
#include <QLineEdit>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <sstream>
#include <QTest>
#include <QUndoStack>

using namespace gridtwin;
using namespace gridtwin::ui;
using gridtwin::workbench_test::maybeGrab;
using gridtwin::workbench_test::waitFor;

namespace {

SimulationKpis directKpis(const SiteConfig& site, const TuningPeriod& p) {
    const SimulationPeriod period = simulationPeriod(p);
    SiteSimulation sim(site, period);
    KpiAccumulator k(site, period.start_ms, period.end_ms, period.step_ms);
    sim.runToEnd([&](std::span<const StepRecord> b) { k.add(b); });
    return k.finish();
}

} // namespace

class TestWorkbench : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editorRefusesOutOfRange_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");   // part of the inline refusal
        QTest::newRow("soc above 100 %") << "bess.soc_max_pct" << "140" << "%";
        QTest::newRow("negative capacity") << "bess.capacity_kwh" << "-5" << "kWh";
        QTest::newRow("not a number") << "grid.import_limit_kw" << "lots" << "lots";
        QTest::newRow("unknown zone") << "location.time_zone" << "Mars/Olympus" << "IANA";
        QTest::newRow("pv tilt 120") << "pv_arrays[0].tilt_deg" << "120" << "deg";
    }
    void editorRefusesOutOfRange() {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        CandidateSite site(referenceSite());
        SiteEditorPage page(site);
        ParameterField* f = page.field(path);
        QVERIFY(f != nullptr);
        const QString before = site.valueText(path);
        f->submitText(text);
        QVERIFY2(f->errorText().contains(QStringLiteral("expected")), qPrintable(f->errorText()));
        QVERIFY2(f->errorText().contains(reason), qPrintable(f->errorText()));
        QVERIFY2(f->errorText().contains(text), qPrintable(f->errorText()));
        QCOMPARE(site.valueText(path), before);           // nothing changed
        QCOMPARE(site.undoStack()->count(), 0);
    }

    void editorAcceptsValid() {
        CandidateSite site(referenceSite());
        SiteEditorPage page(site);
        ParameterField* f = page.field(QStringLiteral("bess.capacity_kwh"));
        QVERIFY(f != nullptr);
        f->submitText(QStringLiteral("-5"));
        QVERIFY(!f->errorText().isEmpty());
        f->submitText(QStringLiteral("30000"));
        QVERIFY2(f->errorText().isEmpty(), qPrintable(f->errorText()));
        QCOMPARE(site.candidate().bess.capacity_kwh, 30000.0);
        QCOMPARE(site.baseline().bess.capacity_kwh, 20000.0); // the baseline stays what runs today
        QCOMPARE(f->lineEdit()->text(), QStringLiteral("30000"));
    }

    void undoRedoRestoresValues() {
        WorkbenchWindow w(referenceSite());
        CandidateSite& site = w.candidate();
        QVERIFY(site.setValueText(QStringLiteral("controller.peak_threshold_kw"), QStringLiteral("11000")).isEmpty());
        QVERIFY(site.setValueText(QStringLiteral("bess.soc_min_pct"), QStringLiteral("10")).isEmpty());
        QVERIFY(site.setValueText(QStringLiteral("pv_arrays[0].tilt_deg"), QStringLiteral("30")).isEmpty());
        QCOMPARE(site.undoStack()->count(), 3);
        ParameterField* tilt = w.siteEditor()->field(QStringLiteral("pv_arrays[0].tilt_deg"));
        QVERIFY(tilt != nullptr);
        QCOMPARE(tilt->lineEdit()->text(), QStringLiteral("30"));

        w.undoAction()->trigger();
        QCOMPARE(site.candidate().pv_arrays[0].tilt_deg, 25.0);
        QCOMPARE(tilt->lineEdit()->text(), QStringLiteral("25"));  // the editor follows undo
        w.undoAction()->trigger();
        QCOMPARE(site.candidate().bess.soc_min_pct, 5.0);
        w.undoAction()->trigger();
        QCOMPARE(site.candidate().controller.peak_threshold_kw, 11500.0);
        QVERIFY(!w.undoAction()->isEnabled());
        w.redoAction()->trigger();
        w.redoAction()->trigger();
        QCOMPARE(site.candidate().controller.peak_threshold_kw, 11000.0);
        QCOMPARE(site.candidate().bess.soc_min_pct, 10.0);
        QCOMPARE(site.candidate().pv_arrays[0].tilt_deg, 25.0);
        // Ctrl+Shift+Z is a redo shortcut.
        QVERIFY(w.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    }

    void sliderDragIsOneUndoStep() {
        CandidateSite site(referenceSite());
        const QString p = QStringLiteral("controller.peak_threshold_kw");
        QVERIFY(site.setValue(p, ParameterValue(11000.0)).isEmpty());
        QVERIFY(site.setValue(p, ParameterValue(10900.0), true).isEmpty());
        QVERIFY(site.setValue(p, ParameterValue(10800.0), true).isEmpty());
        QCOMPARE(site.undoStack()->count(), 1);
        site.undoStack()->undo();
        QCOMPARE(site.candidate().controller.peak_threshold_kw, 11500.0);
    }

    void pvArraysAddRemoveUndo() {
        CandidateSite site(referenceSite());
        SiteEditorPage page(site);
        SiteConfig two = site.candidate();
        two.pv_arrays.push_back(PvArrayConfig{});
        site.replaceCandidate(two, QStringLiteral("add"));
        QVERIFY(page.field(QStringLiteral("pv_arrays[1].tilt_deg")) != nullptr ||
                page.field(QStringLiteral("pv_arrays[0].tilt_deg")) != nullptr);
        QVERIFY(site.setValueText(QStringLiteral("pv_arrays[1].tilt_deg"), QStringLiteral("10")).isEmpty());
        QVERIFY(!site.setValueText(QStringLiteral("pv_arrays[2].tilt_deg"), QStringLiteral("10")).isEmpty());
        site.undoStack()->undo();
        site.undoStack()->undo();
        QCOMPARE(site.candidate().pv_arrays.size(), std::size_t{1});
    }

    void writeToDevicesDisabledUntilAllowed() {
        WorkbenchWindow w(referenceSite());
        QVERIFY(!w.writeToDevicesAction()->isEnabled());
        w.setDeviceWritingAllowed(true);
        QVERIFY(w.writeToDevicesAction()->isEnabled());
        w.setDeviceWritingAllowed(false);
        QVERIFY(!w.writeToDevicesAction()->isEnabled());
    }

    void tuningRunShowsCoreDeltas() {
        WorkbenchWindow w(referenceSite());
        w.resize(1400, 900);
        w.show();
        TuningPage* page = w.tuning();
        TuningPeriod july;
        july.kind = TuningPeriodKind::Month;
        july.month = 7;
        page->setPeriod(july);
        QVERIFY(w.candidate().setValueText(QStringLiteral("controller.peak_threshold_kw"), QStringLiteral("12000")).isEmpty());
        page->runNow();
        QVERIFY(waitFor([&] { return page->result() && page->result()->candidate_site.controller.peak_threshold_kw == 12000.0; }, 120000));
        QVERIFY(!page->running());
        SiteConfig cand = referenceSite();
        cand.controller.peak_threshold_kw = 12000;
        const SimulationKpis kb = directKpis(referenceSite(), july);
        const SimulationKpis kc = directKpis(cand, july);
        // Row 0 is the peak billing-interval import: the shown delta is candidate - baseline.
        KpiDeltaTable* t = page->kpiTable();
        QCOMPARE(t->rowCount(), 7);
        QCOMPARE(t->item(0, KpiDeltaTable::Kpi)->toolTip(), QStringLiteral("peak_billing_import_kw"));
        QCOMPARE(t->item(0, KpiDeltaTable::Baseline)->data(KpiDeltaTable::kValueRole).toDouble(), kb.peak_billing_import_kw);
        QCOMPARE(t->item(0, KpiDeltaTable::Candidate)->data(KpiDeltaTable::kValueRole).toDouble(), kc.peak_billing_import_kw);
        QCOMPARE(t->item(0, KpiDeltaTable::Delta)->data(KpiDeltaTable::kValueRole).toDouble(),
                 kc.peak_billing_import_kw - kb.peak_billing_import_kw);
        QCOMPARE(t->item(2, KpiDeltaTable::Delta)->data(KpiDeltaTable::kValueRole).toDouble(),
                 kc.energy_cost_eur - kb.energy_cost_eur);
        // The reference battery holds both thresholds in July: +500 kW, shown as worse (red).
        QCOMPARE(kc.peak_billing_import_kw - kb.peak_billing_import_kw, 500.0);
        QVERIFY(t->item(0, KpiDeltaTable::Delta)->text().startsWith(QLatin1Char('+')));
        QCOMPARE(t->item(0, KpiDeltaTable::Delta)->foreground().color(), QColor(0xe0, 0x48, 0x3e));
        w.showPage(WorkbenchPage::Tuning);
        QTest::qWait(50);
        maybeGrab(&w, "workbench-tuning.png");
        // The explanation page follows the result and explains an interval with its counterfactual.
        w.showPage(WorkbenchPage::Explanation);
        w.explanation()->showInterval(page->result()->steps() / 2 + 50);
        QVERIFY(w.explanation()->detailText().contains(QStringLiteral("counterfactual")));
        QTest::qWait(50);
        maybeGrab(&w, "workbench-explanation.png");
    }

    void tuningOnRecordedHistory() {
        // A month of the reference site with controller none, recorded at 1-h steps into a
        // historian as `gridtwin-cli simulate --db` records it.
        QTemporaryDir dir;
        const std::string db_path = dir.filePath(QStringLiteral("march.sqlite")).toStdString();
        {
            SiteConfig none = referenceSite();
            none.controller.kind = ControllerKind::None;
            const SimulationPeriod march{*parseIsoUtc("2025-03-01"), *parseIsoUtc("2025-04-01"), 3'600'000};
            SiteSimulation sim(none, march);
            Historian db(db_path);
            const int id = db.siteId(none.name);
            sim.runToEnd([&](std::span<const StepRecord> b) { db.appendSteps(id, b); });
        }
        WorkbenchWindow w(referenceSite());
        w.resize(1400, 900);
        w.show();
        w.showPage(WorkbenchPage::Tuning);
        TuningPage* page = w.tuning();
        auto* kind = page->findChild<QComboBox*>(QStringLiteral("periodKind"));
        auto* file = page->findChild<QLineEdit*>(QStringLiteral("historianFile"));
        auto* from = page->findChild<QLineEdit*>(QStringLiteral("historyFrom"));
        auto* status = page->findChild<QLabel*>(QStringLiteral("tuningStatus"));
        QVERIFY(kind && file && from && status);
        kind->setCurrentIndex(2);
        QVERIFY(file->isEnabled());
        // Without a file, or with a start that is not a UTC time, nothing runs and the status says why.
        page->runNow();
        QVERIFY2(status->text().contains(QStringLiteral("historian file")), qPrintable(status->text()));
        file->setText(QString::fromStdString(db_path));
        from->setText(QStringLiteral("1 March"));
        page->runNow();
        QVERIFY2(status->text().contains(QStringLiteral("From (UTC): expected a UTC time")) &&
                     status->text().contains(QStringLiteral("found \"1 March\"")),
                 qPrintable(status->text()));
        QVERIFY(!page->result());
        from->clear();
        QVERIFY(w.candidate().setValueText(QStringLiteral("controller.peak_threshold_kw"), QStringLiteral("11000")).isEmpty());
        file->setFocus();
        QTest::keyClick(file, Qt::Key_Return); // editingFinished: the debounced run starts
        QVERIFY(waitFor([&] { return page->result() && !page->running(); }, 120000));
        const auto shown = page->result();
        QCOMPARE(shown->period.start_ms, *parseIsoUtc("2025-03-01"));
        QCOMPARE(shown->period.end_ms, *parseIsoUtc("2025-04-01"));
        QCOMPARE(shown->period.step_ms, std::int64_t(3'600'000));
        QVERIFY2(status->text().startsWith(QStringLiteral("history 2025-03-01T00:00:00Z to 2025-04-01T00:00:00Z: 744 steps")),
                 qPrintable(status->text()));
        // The table shows core's comparison on the same record.
        TuningRequest req;
        req.baseline = referenceSite();
        req.candidate = {{"controller.peak_threshold_kw", "11000"}};
        req.period.kind = TuningPeriodKind::History;
        req.period.historian_path = db_path;
        TuningResult core;
        const std::atomic<bool> cancel{false};
        QVERIFY(runTuning(req, core, cancel));
        KpiDeltaTable* t = page->kpiTable();
        QCOMPARE(t->rowCount(), static_cast<int>(core.deltas.size()));
        for (int row = 0; row < t->rowCount(); ++row) {
            const KpiDelta& d = core.deltas[static_cast<std::size_t>(row)];
            QCOMPARE(t->item(row, KpiDeltaTable::Kpi)->toolTip(), QString::fromStdString(d.key));
            QCOMPARE(t->item(row, KpiDeltaTable::Baseline)->data(KpiDeltaTable::kValueRole).toDouble(), d.baseline);
            QCOMPARE(t->item(row, KpiDeltaTable::Candidate)->data(KpiDeltaTable::kValueRole).toDouble(), d.candidate);
            QCOMPARE(t->item(row, KpiDeltaTable::Delta)->data(KpiDeltaTable::kValueRole).toDouble(), d.delta);
        }
        // The lower threshold shaves the recorded month's peak further than the baseline's 11,500 kW.
        QVERIFY(core.candidate.peak_billing_import_kw < core.baseline.peak_billing_import_kw);
        QTest::qWait(50);
        maybeGrab(&w, "workbench-tuning-history.png");
    }

    void sweepHighlightsParetoFront() {
        WorkbenchWindow w(referenceSite());
        w.resize(1400, 900);
        w.show();
        SweepPage* page = w.sweep();
        page->setAxis(0, QStringLiteral("controller.peak_threshold_kw"), 10500, 12000, 500);
        page->setAxis(1, QStringLiteral("controller.soc_reserve_pct"), 10, 30, 10);
        page->setSecondAxisEnabled(true);
        page->setPeriod(7, 900);
        page->start();
        QVERIFY(waitFor([&] { return !page->running() && page->results().variants.size() == 12; }, 300000));
        const SweepResults& r = page->results();
        std::vector<std::vector<double>> pts;
        for (const auto& v : r.variants) {
            QVERIFY2(v.done, v.error.c_str());
            pts.push_back(v.objectives);
        }
        const std::vector<std::size_t> front = paretoIndices(pts);
        QVERIFY(!front.empty());
        QCOMPARE(page->paretoView()->paretoVariants(), front);
        QCOMPARE(page->paretoView()->paretoSeries()->count(), static_cast<int>(front.size()));
        QCOMPARE(page->paretoView()->allSeries()->count(), 12); // every variant, the front drawn over it
        w.showPage(WorkbenchPage::Sweep);
        QTest::qWait(50);
        maybeGrab(&w, "workbench-sweep.png");
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("sweep.csv"));
        QVERIFY(page->exportCsv(csv).isEmpty());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 13);
    }

    void devicesPageScansDevsimAndChecks() {
        // The devices gridtwin-devsim serves (inverter 1, BESS 2, meter 3), on a free port.
        SunSpecServerConfig cfg;
        cfg.port = 0;
        cfg.update_interval_ms = 50;
        const SunSpecModelCatalog catalog = SunSpecModelCatalog::loadBundled();
        SunSpecDeviceServer server(cfg, makeSimulationPlant(referenceSite(), *parseIsoUtc("2024-06-01T12:00:00Z"), 86'400'000),
                                   catalog);
        server.start();
        QTest::qWait(200);
        WorkbenchWindow w(referenceSite());
        w.resize(1400, 900);
        w.show();
        w.showPage(WorkbenchPage::Devices);
        DevicesPage* page = w.devices();
        page->setTarget(QStringLiteral("127.0.0.1"), server.port(), 1, 5);
        QSignalSpy done(page, &DevicesPage::scanFinished);
        page->startScan();
        QVERIFY(done.wait(60000));
        const SunSpecScanResult& scan = page->scanResult();
        QVERIFY2(scan.connection.ok(), scan.connection.message.c_str());
        QCOMPARE(scan.devices.size(), std::size_t(3));
        QCOMPARE(page->deviceTree()->topLevelItemCount(), 3);
        page->runChecks();
        const PointCheckReport& r = page->report();
        QCOMPARE(page->checkTable()->rowCount(), static_cast<int>(r.checks.size()));
        std::ostringstream text;
        writePointCheckText(text, r);
        QVERIFY2(r.passed(), text.str().c_str());
        QVERIFY(r.count(CheckOutcome::Pass) >= 10);
        QTest::qWait(50);
        maybeGrab(&w, "workbench-devices.png");
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("checks.csv"));
        QVERIFY(page->saveReport(csv).isEmpty());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("unit_id,model_id,category,point,outcome"));
        // Nobody listening: the scan reports the failed connection instead of hanging.
        server.stop();
        page->startScan();
        QVERIFY(done.wait(60000));
        QVERIFY(!page->scanResult().connection.ok() || page->scanResult().devices.empty());
    }

    void exportVersionWritesAuthorAndReason() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("project.sqlite"));
        SiteConfig cand = referenceSite();
        cand.controller.peak_threshold_kw = 10900;
        ExportVersionDialog d(referenceSite(), cand, file);
        d.setAuthor(QString());
        d.setReason(QStringLiteral("why"));
        QVERIFY(!d.exportVersion().has_value());
        QVERIFY(d.errorText().contains(QStringLiteral("author")));
        d.setAuthor(QStringLiteral("Jana Novak"));
        d.setReason(QStringLiteral("lower the July peak"));
        const auto id = d.exportVersion();
        QVERIFY2(id.has_value(), qPrintable(d.errorText()));
        Historian h(file.toStdString());
        ChangeControl cc(h);
        const auto versions = cc.versions(referenceSite().name);
        QVERIFY(!versions.empty());
        QCOMPARE(versions.back().id, *id);
        QCOMPARE(versions.back().author, std::string("Jana Novak"));
        QCOMPARE(versions.back().reason, std::string("lower the July peak"));
        QCOMPARE(cc.loadVersion(*id).controller.peak_threshold_kw, 10900.0);
        const auto log = cc.auditLog();
        QVERIFY(!log.empty());
        QCOMPARE(log.back().user, std::string("Jana Novak"));
        QCOMPARE(log.back().action, std::string("export_config_version"));
        QVERIFY(QString::fromStdString(log.back().detail).contains(QStringLiteral("controller.peak_threshold_kw")));
    }
};

QTEST_MAIN(TestWorkbench)
#include "TestWorkbench.moc"
