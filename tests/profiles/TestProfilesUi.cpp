// Profiles in the console (issue 7 item 3): the Tools menu offers each profile its screens only,
// openScreen refuses the others, and the engineer's setpoint-writing permission and profile
// switches land in the audit log of the project file the console records into.

#include "LiveSourceAdapter.h"
#include "MainWindow.h"
#include "RecorderAudit.h"
#include "ReportDialog.h"
#include "io/LiveSource.h"
#include "model/SiteConfig.h"
#include "store/Historian.h"
#include "store/HistorianRecorder.h"
#include "tune/ChangeControl.h"

#include <QAction>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gridtwin;
using namespace gridtwin::ui;

namespace {

class SilentSource : public LiveSource {
public:
    std::string name() const override { return "silent"; }
    void start() override {}
    void stop() override {}
    void setPaused(bool) override {}
    std::size_t drain(std::vector<StepRecord>&) override { return 0; }
    SourceState state() const override { return SourceState::Stopped; }
    std::string stateText() const override { return "stopped"; }
};

} // namespace

class TestProfilesUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void toolsMenuFollowsTheProfile_data() {
        QTest::addColumn<QString>("profile");
        // Visible Tools entries: connection, workbench, report, settings.
        QTest::addColumn<QString>("visible");
        QTest::newRow("operator") << "operator" << "---Y";
        QTest::newRow("engineer") << "engineer" << "YY-Y";
        QTest::newRow("compliance") << "compliance" << "--YY";
    }
    void toolsMenuFollowsTheProfile() {
        QFETCH(QString, profile);
        QFETCH(QString, visible);
        SilentSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        MainWindow w(adapter, Theme::Dark);
        QWidget connection, workbench, report;   // stand-ins for the windows the app hands in
        w.setScreenOpener(ScreenId::Connection, [&] { return &connection; });
        w.setScreenOpener(ScreenId::Workbench, [&] { return &workbench; });
        w.setScreenOpener(ScreenId::Report, [&] { return &report; });
        w.setProfile(*parseProfileCode(profile.toStdString()));
        const std::array<ScreenId, 4> screens = {ScreenId::Connection, ScreenId::Workbench,
                                                 ScreenId::Report, ScreenId::Settings};
        for (std::size_t i = 0; i < screens.size(); ++i) {
            const bool offered = visible.at(static_cast<qsizetype>(i)) == QLatin1Char('Y');
            QVERIFY(w.screenAction(screens[i]) != nullptr);
            QCOMPARE(w.screenAction(screens[i])->isVisible(), offered);
            QCOMPARE(w.screenAllowed(screens[i]), offered);
            if (!offered) QCOMPARE(w.openScreen(screens[i]), nullptr);
        }
    }

    void switchingAwayClosesScreensTheProfileMayNotUse() {
        SilentSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        MainWindow w(adapter, Theme::Dark);
        QWidget workbench;
        w.setScreenOpener(ScreenId::Workbench, [&] { return &workbench; });
        w.setProfile(UserProfile::Engineer);
        QCOMPARE(w.openScreen(ScreenId::Workbench), &workbench);
        QVERIFY(workbench.isVisible());
        w.setProfile(UserProfile::Operator);
        QVERIFY(!workbench.isVisible());
    }

    void setpointWritingIsRecordedInTheProjectFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("project.sqlite")).toStdString();
        SilentSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        MainWindow w(adapter, Theme::Dark);
        // No project file: the permission cannot be recorded, so it is refused.
        w.setProfile(UserProfile::Engineer);
        QVERIFY(w.setSetpointWriting(true, QStringLiteral("commissioning")).contains(QStringLiteral("project file")));
        QVERIFY(!w.session().setpointWritingEnabled());

        adapter.setRecorder(std::make_unique<HistorianRecorder>(path, "reference"));
        w.setAuditLog(recorderAuditWriter(adapter));
        QVERIFY(!w.setSetpointWriting(true, QString()).isEmpty());   // a reason is required
        QCOMPARE(w.setSetpointWriting(true, QStringLiteral("commissioning BESS inverter 2")), QString());
        QVERIFY(w.session().may(Capability::WriteSetpoints));
        w.setProfile(UserProfile::Operator);   // ends writing, recorded under the engineer
        QVERIFY(!w.session().setpointWritingEnabled());
        adapter.setRecorder(nullptr);   // flushes and closes the file
        w.setAuditLog({});              // what followRecorderAudit does then
        w.setProfile(UserProfile::Engineer);   // not recorded: no project file
        QVERIFY(!w.setSetpointWriting(true, QStringLiteral("again")).isEmpty());
        // A log that cannot take entries (bound while nothing was recorded) refuses without
        // throwing out of the window, and the profile switch still happens, unrecorded.
        w.setAuditLog(recorderAuditWriter(adapter));
        w.setProfile(UserProfile::Compliance);
        QCOMPARE(w.session().profile(), UserProfile::Compliance);
        QVERIFY(!w.session().hasAuditLog());

        Historian project(path);
        const std::vector<AuditEntry> log = ChangeControl(project).auditLog();
        QCOMPARE(log.size(), std::size_t{2});
        const std::string user = w.session().user();
        QCOMPARE(log[0].user, user);
        QCOMPARE(log[0].profile, std::string("engineer"));
        QCOMPARE(log[0].action, std::string("enable_setpoint_writing"));
        QCOMPARE(log[0].detail, std::string("commissioning BESS inverter 2"));
        QCOMPARE(log[1].profile, std::string("engineer"));
        QCOMPARE(log[1].action, std::string("switch_profile"));
        QCOMPARE(log[1].detail, std::string("engineer -> operator (setpoint writing ended)"));
        QVERIFY(log[0].time_ms > 1'700'000'000'000);   // wall-clock time of the change
    }

    void generatedReportsAndFileChangesFollowTheRecorder() {
        QTemporaryDir dir;
        const std::string first = dir.filePath(QStringLiteral("first.sqlite")).toStdString();
        const std::string second = dir.filePath(QStringLiteral("second.sqlite")).toStdString();
        SilentSource src;
        LiveSourceAdapter adapter(referenceSite(), src);
        MainWindow w(adapter, Theme::Dark);
        followRecorderAudit(w, adapter);
        QVERIFY(!w.session().hasAuditLog());   // not recording: no project file
        adapter.setRecorder(std::make_unique<HistorianRecorder>(first, "reference"));
        emit adapter.sourceChanged();   // what connecting does after changing the recorder
        QVERIFY(w.session().hasAuditLog());

        w.setProfile(UserProfile::Engineer);
        QCOMPARE(w.setSetpointWriting(true, QStringLiteral("commissioning")), QString());
        emit adapter.sourceChanged();   // a seek on the same file keeps the permission
        QVERIFY(w.session().setpointWritingEnabled());

        // Another file: writing ends, recorded in the first file, not in the second.
        adapter.setRecorder(std::make_unique<HistorianRecorder>(second, "reference"));
        emit adapter.sourceChanged();
        QVERIFY(!w.session().setpointWritingEnabled());
        QVERIFY(w.session().hasAuditLog());

        w.setProfile(UserProfile::Compliance);
        auto* report = qobject_cast<ReportDialog*>(w.openScreen(ScreenId::Report));
        QVERIFY(report != nullptr);
        emit report->generationFinished(false);   // failed or cancelled: nothing to record
        emit report->generationFinished(true);
        adapter.setRecorder(nullptr);
        emit adapter.sourceChanged();
        QVERIFY(!w.session().hasAuditLog());

        const auto actions = [](const std::string& path) {
            Historian project(path);
            std::vector<std::string> out;
            for (const AuditEntry& e : ChangeControl(project).auditLog()) out.push_back(e.profile + " " + e.action);
            return out;
        };
        // The end of writing belongs to the first file, though recording had moved on; the
        // second holds what happened while it was recorded into.
        QCOMPARE(actions(first), (std::vector<std::string>{"operator switch_profile", "engineer enable_setpoint_writing",
                                                           "engineer disable_setpoint_writing"}));
        QCOMPARE(actions(second), (std::vector<std::string>{"engineer switch_profile", "compliance generate_report"}));
    }
};

QTEST_MAIN(TestProfilesUi)
#include "TestProfilesUi.moc"
