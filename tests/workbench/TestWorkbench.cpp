// Offscreen tests of the engineering workbench: the site editor refuses out-of-range values with
// the table's reason and accepts valid ones, undo/redo restores values.

#include "CandidateSite.h"
#include "ParameterField.h"
#include "SiteEditorPage.h"
#include "WorkbenchWindow.h"
#include "model/SiteConfig.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace gridtwin;
using namespace gridtwin::ui;

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
};

QTEST_MAIN(TestWorkbench)
#include "TestWorkbench.moc"
