// Offscreen test of the workbench's guarded write path (issue 5 item 6): the action is disabled in
// an operator profile; an engineer with writing enabled confirms, and the candidate's controller
// then drives the battery of an in-process device simulator (its model 124 setpoint follows the
// setpoint the loop computed); stop and loss of the right release it; every start and stop is in
// the audit log.

#include "LiveWritingPanel.h"
#include "WorkbenchWindow.h"
#include "access/UserSession.h"
#include "io/sunspec/SunSpecDeviceServer.h"
#include "io/sunspec/SunSpecPlant.h"
#include "model/TimeUtc.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <cmath>

using namespace gridtwin;
using namespace gridtwin::ui;

namespace {

struct Entry {
    std::string action, detail;
};

// Clicks Yes on the next message box that opens (the confirmation), from the event loop.
void acceptNextMessageBox() {
    QTimer::singleShot(50, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
        else
            acceptNextMessageBox(); // not open yet
    });
}

SiteConfig siteWithDevsim(int port) {
    SiteConfig s = referenceSite();
    for (FieldDeviceConfig& d : s.data_sources.devices) {
        d.port = port;
        d.poll_interval_ms = 100;
    }
    return s;
}

} // namespace

class TestWorkbenchWriting : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void disabledInOperatorProfile() {
        WorkbenchWindow w(referenceSite());
        std::vector<Entry> log;
        UserSession operator_session("olga", UserProfile::Operator);
        w.setDeviceWritingAllowed(operator_session.may(Capability::WriteSetpoints));
        QVERIFY(!w.writeToDevicesAction()->isEnabled());
        QVERIFY(!w.stopWritingAction()->isEnabled());
        QCOMPARE(w.writeToDevicesAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        w.writeToDevicesAction()->trigger(); // disabled: nothing happens, no dialog
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(!w.startWritingToDevices().isEmpty());
        QVERIFY(!w.liveWriting()->writing());
        // An engineer without writing enabled is not allowed either.
        UserSession engineer("ada", UserProfile::Engineer);
        QVERIFY(!engineer.may(Capability::WriteSetpoints));
        engineer.setAuditLog([&](std::int64_t, const std::string&, const std::string&,
                                 const std::string& a, const std::string& d) {
            log.push_back({a, d});
            return std::int64_t(log.size());
        });
        engineer.setSetpointWriting(true, 0, "trial of the tuned threshold");
        QVERIFY(engineer.may(Capability::WriteSetpoints));
        w.setDeviceWritingAllowed(engineer.may(Capability::WriteSetpoints));
        QVERIFY(w.writeToDevicesAction()->isEnabled());
        // Without an audit log for the writes, writing does not start.
        const QString refused = w.startWritingToDevices();
        QVERIFY2(refused.contains(QStringLiteral("No project file")), qPrintable(refused));
        QVERIFY(!w.liveWriting()->writing());
    }

    void confirmedWritingDrivesDevsim() {
        const std::int64_t start = *parseIsoUtc("2024-06-01T12:00:00Z");
        SunSpecServerConfig cfg;
        cfg.port = 0;
        cfg.update_interval_ms = 50;
        SunSpecDeviceServer server(cfg, makeSimulationPlant(referenceSite(), start, 86'400'000),
                                   SunSpecModelCatalog::loadBundled());
        server.start();
        WorkbenchWindow w(siteWithDevsim(server.port()));
        std::vector<Entry> log;
        w.setSetpointAuditLog([&](std::int64_t, const std::string& a, const std::string& d) {
            log.push_back({a, d});
        });
        w.setDeviceWritingAllowed(true);
        QVERIFY(!server.bessSetpointKw().has_value());

        acceptNextMessageBox();
        w.writeToDevicesAction()->trigger();
        LiveWritingPanel* panel = w.liveWriting();
        QVERIFY(panel->writing());
        QVERIFY(w.stopWritingAction()->isEnabled());
        QVERIFY(panel->statusText().contains(
            QStringLiteral("127.0.0.1:%1 (storage unit 2)").arg(server.port())));
        QCOMPARE(log.front().action, std::string("start_setpoint_writing"));
        QVERIFY(log.front().detail.find("peak-shaving") != std::string::npos);
        // The device's setpoint becomes what the loop wrote (to the 0.01 % register step of the
        // 10 MW WChaMax: 1 kW).
        QTRY_VERIFY_WITH_TIMEOUT(server.bessSetpointKw().has_value(), 10000);
        const auto agrees = [&] {
            const auto& s = panel->writer()->status();
            return s.written_kw && s.written_kw->has_value() && server.bessSetpointKw() &&
                   std::abs(*server.bessSetpointKw() - **s.written_kw) <= 1.0 + 1e-9;
        };
        QTRY_VERIFY_WITH_TIMEOUT(agrees(), 10000);
        QVERIFY2(panel->statusText().contains(QStringLiteral("Last setpoint")),
                 qPrintable(panel->statusText()));
        QCOMPARE(log.at(1).action, std::string("first_setpoint_write"));
        // With GRIDTWIN_WORKBENCH_GRAB_DIR set, the window with the writing dock is saved to look
        // at.
        if (const QString dir = qEnvironmentVariable("GRIDTWIN_WORKBENCH_GRAB_DIR");
            !dir.isEmpty()) {
            w.resize(1400, 900);
            w.show();
            QVERIFY(w.grab().save(dir + QStringLiteral("/workbench-writing.png")));
        }

        // Stop (Ctrl+Shift+X) releases the battery to its own control.
        w.stopWritingAction()->trigger();
        QVERIFY(!panel->writing());
        QVERIFY(!w.stopWritingAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!server.bessSetpointKw().has_value(), 5000);
        QCOMPARE(log.back().action, std::string("stop_setpoint_writing"));
        QVERIFY(log.back().detail.find("stopped by the user; battery released") !=
                std::string::npos);

        // Writing again, then the profile loses the right: released at once.
        QVERIFY(w.startWritingToDevices().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(server.bessSetpointKw().has_value(), 10000);
        w.setDeviceWritingAllowed(false);
        QVERIFY(!panel->writing());
        QVERIFY(!w.writeToDevicesAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!server.bessSetpointKw().has_value(), 5000);
        QVERIFY(log.back().detail.find("permission withdrawn") != std::string::npos);
    }
};

QTEST_MAIN(TestWorkbenchWriting)
#include "TestWorkbenchWriting.moc"
