// Offscreen tests of the site description pages of the workbench: the new-site wizard refuses a
// bad weather file with the reader's own message and accepts the bundled one; scanning an
// in-process SunSpec device server fills the device table with the three devices of the right
// roles; the wizard's site round-trips through JSON with the devices intact and its live source
// reads them; the site editor edits devices through the undo stack. With
// GRIDTWIN_WORKBENCH_GRAB_DIR set, the wizard pages are also saved as PNGs.

#include "CandidateSite.h"
#include "DataSourcesEditor.h"
#include "InputSeriesEditor.h"
#include "NewSiteWizard.h"
#include "SiteEditorPage.h"
#include "WorkbenchTestSupport.h"
#include "io/PvgisTmyReader.h"
#include "io/SourceSpec.h"
#include "io/sunspec/SunSpecDeviceServer.h"
#include "io/sunspec/SunSpecPlant.h"
#include "model/InputError.h"
#include "model/SiteConfig.h"
#include "model/SiteConfigJson.h"
#include "model/TimeUtc.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWizard>
#include <algorithm>
#include <functional>

using namespace gridtwin;
using namespace gridtwin::ui;
using gridtwin::workbench_test::maybeGrab;
using gridtwin::workbench_test::waitFor;

class TestSiteWizard : public QObject {
    Q_OBJECT
private slots:
    void wizardInputSeriesRefusesBadWeather() {
        NewSiteWizard w(referenceSite());
        w.setStartId(w.inputSeriesPageId());
        w.restart();
        w.resize(900, 640);
        w.show();
        InputSeriesEditor* inputs = w.inputSeries();
        QWizardPage* page = w.page(w.inputSeriesPageId());
        const QString weather = QStringLiteral("inputs.weather_file");
        QVERIFY(page->isComplete());
        QVERIFY2(inputs->statusText(weather).contains(QStringLiteral("bundled")),
                 qPrintable(inputs->statusText(weather)));
        // A truncated PVGIS CSV: the reader's own message (file, line, expected, found) is shown.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("tmy_cut.csv"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Latitude (decimal degrees):\t45.000\nLongitude (decimal degrees):\t8.000\n"
                    "time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP\n20050101:0000,1.5,90,"
                    "0,0,0,250,1.2,180,98000\n");
        }
        QString reader_message;
        try {
            (void)readPvgisTmy(bad.toStdString());
            QFAIL("the reader accepted a truncated file");
        } catch (const InputError& e) {
            reader_message = QString::fromStdString(e.what());
        }
        QCOMPARE(inputs->setFile(weather, bad), reader_message);
        QCOMPARE(inputs->errorText(weather), reader_message);
        QVERIFY(inputs->statusText(weather).contains(reader_message));
        QVERIFY(!page->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w.draft().candidate().inputs.weather_file, std::string()); // nothing stored
        maybeGrab(&w, "wizard-input-series-refused.png");
        // The bundled TMY reads: stored, labelled, the page completes.
        const QString bundled = QStringLiteral(GRIDTWIN_SHARED_DATA_DIR
                                               "/weather/pvlib_tmy_45.000_8.000_2005_2023.csv");
        QCOMPARE(inputs->setFile(weather, bundled), QString());
        QVERIFY(page->isComplete());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(QString::fromStdString(w.draft().candidate().inputs.weather_file), bundled);
        QVERIFY2(inputs->statusText(weather).contains(QStringLiteral("PVGIS")),
                 qPrintable(inputs->statusText(weather)));
        // A price file that is not a price CSV is refused the same way; clearing it completes
        // again.
        const QString price = QStringLiteral("inputs.price_file");
        QVERIFY(inputs->setFile(price, bad).contains(QStringLiteral("tmy_cut.csv")));
        QVERIFY(!page->isComplete());
        QCOMPARE(inputs->setFile(price, QString()), QString());
        QVERIFY(page->isComplete());
        QVERIFY(inputs->statusText(price).contains(QStringLiteral("built-in")));
        // Undo in the wizard's draft takes the weather file back out and the row follows.
        w.draft().undoStack()->undo();
        QCOMPARE(w.draft().candidate().inputs.weather_file, std::string());
        QVERIFY(inputs->statusText(weather).contains(QStringLiteral("bundled")));
    }

    void wizardScanFillsDevicesAndRoundTrips() {
        SunSpecServerConfig cfg;
        cfg.port = 0;
        cfg.update_interval_ms = 50;
        SunSpecDeviceServer server(
            cfg,
            makeSimulationPlant(referenceSite(), *parseIsoUtc("2024-06-01T12:00:00Z"), 86'400'000),
            SunSpecModelCatalog::loadBundled());
        server.start();
        SiteConfig start = referenceSite();
        start.data_sources.devices.clear();
        NewSiteWizard w(start);
        w.setStartId(w.dataSourcesPageId());
        w.restart();
        w.resize(900, 700);
        w.show();
        DataSourcesEditor* ds = w.dataSources();
        QCOMPARE(ds->deviceTable()->rowCount(), 0);
        ds->setScanTarget(QStringLiteral("127.0.0.1"), server.port(), 1, 5);
        QSignalSpy done(ds, &DataSourcesEditor::scanFinished);
        ds->startScan();
        QVERIFY(done.wait(60000));
        QVERIFY2(ds->scanStatus().contains(QStringLiteral("Found")), qPrintable(ds->scanStatus()));
        // devsim serves inverter 1, storage 2, meter 3: one row each, in unit order.
        QTableWidget* t = ds->deviceTable();
        QCOMPARE(t->rowCount(), 3);
        const char* roles[] = {"inverter", "storage", "meter"};
        for (int r = 0; r < 3; ++r) {
            auto* role = qobject_cast<QComboBox*>(t->cellWidget(r, DataSourcesEditor::RoleColumn));
            QVERIFY(role != nullptr);
            QCOMPARE(role->currentText(), QString::fromLatin1(roles[r]));
            QCOMPARE(t->item(r, DataSourcesEditor::HostColumn)->text(),
                     QStringLiteral("127.0.0.1"));
            QCOMPARE(t->item(r, DataSourcesEditor::PortColumn)->text(),
                     QString::number(server.port()));
            QCOMPARE(t->item(r, DataSourcesEditor::UnitColumn)->text(), QString::number(r + 1));
            const FieldDeviceConfig& d =
                w.draft().candidate().data_sources.devices[static_cast<std::size_t>(r)];
            QCOMPARE(static_cast<int>(d.role), r);
            QCOMPARE(d.unit_id, r + 1);
            QCOMPARE(d.port, server.port());
        }
        // Bad cells are refused with the table's reason and leave the device as it was.
        QVERIFY(ds->setDeviceField(1, DataSourcesEditor::UnitColumn, QStringLiteral("300"))
                    .contains(QStringLiteral("an integer from 1 to 247")));
        QCOMPARE(t->item(1, DataSourcesEditor::UnitColumn)->text(), QStringLiteral("2"));
        QVERIFY(ds->setDeviceField(2, DataSourcesEditor::RoleColumn, QStringLiteral("inverter"))
                    .contains(QStringLiteral("one device per role")));
        QVERIFY(w.draft().candidate().data_sources.devices[2].role == DeviceRole::Meter);
        QVERIFY(
            ds->setLiveSource(QStringLiteral("devices:"), QStringLiteral("gateway-without-port"))
                .contains(QStringLiteral("devices:HOST:PORT")));
        QVERIFY(!w.page(w.dataSourcesPageId())->isComplete());
        QCOMPARE(ds->setLiveSource(QStringLiteral("devices"), QString()), QString());
        QVERIFY(w.page(w.dataSourcesPageId())->isComplete());
        QCOMPARE(ds->setDeviceField(2, DataSourcesEditor::PollColumn, QStringLiteral("500")),
                 QString());
        maybeGrab(&w, "wizard-data-sources.png");

        // The site round-trips through a JSON file with the devices intact.
        QTemporaryDir dir;
        const std::string file = dir.filePath(QStringLiteral("site.json")).toStdString();
        saveSiteConfig(w.site(), file);
        const SiteConfig back = loadSiteConfig(file);
        QCOMPARE(back.data_sources.live_source, std::string("devices"));
        QCOMPARE(back.data_sources.devices.size(), std::size_t{3});
        for (std::size_t i = 0; i < 3; ++i) {
            const FieldDeviceConfig& a = w.draft().candidate().data_sources.devices[i];
            const FieldDeviceConfig& b = back.data_sources.devices[i];
            QVERIFY(a.role == b.role);
            QCOMPARE(b.host, a.host);
            QCOMPARE(b.port, a.port);
            QCOMPARE(b.unit_id, a.unit_id);
            QCOMPARE(b.poll_interval_ms, a.poll_interval_ms);
        }
        QCOMPARE(back.data_sources.devices[2].poll_interval_ms, 500);

        // The loaded site's live source reads the devices it lists: good records from devsim.
        const SourceSpec spec = parseSourceSpec(back.data_sources.live_source, back);
        auto source = makeSource(spec, back);
        source->start();
        std::vector<StepRecord> records;
        const bool good = waitFor(
            [&] {
                source->drain(records);
                return std::any_of(records.begin(), records.end(),
                                   [](const StepRecord& r) { return r.quality == Quality::Good; });
            },
            20000);
        source->stop();
        QVERIFY2(good, source->stateText().c_str());

        // Undo in the draft goes back through the scan to the empty list.
        while (w.draft().undoStack()->canUndo())
            w.draft().undoStack()->undo();
        QCOMPARE(t->rowCount(), 0);
        QCOMPARE(w.draft().candidate().data_sources.live_source, std::string("sim"));
    }

    void siteEditorEditsDevicesWithUndo() {
        CandidateSite site(referenceSite());
        SiteEditorPage page(site);
        DataSourcesEditor* ds = page.dataSources();
        QVERIFY(ds != nullptr);
        QCOMPARE(ds->deviceTable()->rowCount(), 3); // the reference site lists the devsim devices
        QCOMPARE(ds->setDeviceField(0, DataSourcesEditor::HostColumn, QStringLiteral("10.1.2.3")),
                 QString());
        QCOMPARE(site.candidate().data_sources.devices[0].host, std::string("10.1.2.3"));
        QVERIFY(ds->setDeviceField(0, DataSourcesEditor::HostColumn, QString())
                    .contains(QStringLiteral("host name")));
        ds->removeDevice();
        QCOMPARE(ds->deviceTable()->rowCount(), 2);
        ds->addDevice();
        QCOMPARE(ds->deviceTable()->rowCount(), 3);
        QCOMPARE(site.undoStack()->count(), 3);
        site.undoStack()->undo();
        site.undoStack()->undo();
        site.undoStack()->undo();
        QCOMPARE(site.candidate().data_sources.devices[0].host, std::string("127.0.0.1"));
        QCOMPARE(ds->deviceTable()->item(0, DataSourcesEditor::HostColumn)->text(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(ds->deviceTable()->rowCount(), 3);
    }
};

QTEST_MAIN(TestSiteWizard)
#include "TestSiteWizard.moc"
