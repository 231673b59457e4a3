// User profiles: the policy table cell by cell, the operator cannot reach tuning, setpoint writing
// needs the engineer profile, an explicit enabling with a reason and an audit log, and every
// recorded action lands in the log with user and profile.

#include "access/UserProfile.h"
#include "access/UserSession.h"
#include "store/Historian.h"
#include "tune/ChangeControl.h"

#include <QTemporaryDir>
#include <QTest>

#include <string>
#include <vector>

using namespace gridtwin;

namespace {

struct Entry {
    std::int64_t time_ms;
    std::string user, profile, action, detail;
};

// Stands in for ChangeControl::audit: appends and returns the id.
AuditWriter recorder(std::vector<Entry>& log) {
    return [&log](std::int64_t t, const std::string& u, const std::string& p, const std::string& a,
                  const std::string& d) {
        log.push_back({t, u, p, a, d});
        return static_cast<std::int64_t>(log.size());
    };
}

} // namespace

class TestAccess : public QObject {
    Q_OBJECT
private slots:
    void policyTable_data() {
        QTest::addColumn<QString>("profile");
        // One letter per capability in kAllCapabilities order: watch, ack, commission, tune,
        // write setpoints, ledger, reports.
        QTest::addColumn<QString>("offers");
        QTest::newRow("operator") << "operator" << "YY-----";
        QTest::newRow("engineer") << "engineer" << "YYYYY--";
        QTest::newRow("compliance") << "compliance" << "Y----YY";
    }
    void policyTable() {
        QFETCH(QString, profile);
        QFETCH(QString, offers);
        const auto p = parseProfileCode(profile.toStdString());
        QVERIFY(p);
        QCOMPARE(profileCode(*p), profile.toStdString());
        QCOMPARE(offers.size(), static_cast<qsizetype>(kAllCapabilities.size()));
        for (std::size_t i = 0; i < kAllCapabilities.size(); ++i) {
            QVERIFY2(profileOffers(*p, kAllCapabilities[i]) == (offers[static_cast<qsizetype>(i)] == 'Y'),
                     capabilityCode(kAllCapabilities[i]).c_str());
        }
    }
    void unknownProfileCode() {
        QVERIFY(!parseProfileCode("Engineer"));
        QVERIFY(!parseProfileCode(""));
        QVERIFY(!parseProfileCode("admin"));
    }
    void operatorCannotReachTuning() {
        std::vector<Entry> log;
        UserSession s("anna", UserProfile::Operator);
        s.setAuditLog(recorder(log));
        QVERIFY(s.may(Capability::AcknowledgeAlarms));
        QVERIFY(!s.may(Capability::Tune));
        QVERIFY(!s.may(Capability::Commission));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, s.record(Capability::Tune, 1, "export_config_version", "x"));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, s.setSetpointWriting(true, 1, "test"));
        QVERIFY(!s.setpointWritingEnabled());
        QVERIFY(log.empty());   // refused actions leave no trace but the exception
    }
    void engineerEnablesSetpointWritingWithAudit() {
        std::vector<Entry> log;
        UserSession s("ben", UserProfile::Engineer);
        QVERIFY(!s.may(Capability::WriteSetpoints));   // offered, but not yet enabled
        // No project file open: the change could not be recorded, so it is refused.
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, s.setSetpointWriting(true, 1, "commissioning"));
        s.setAuditLog(recorder(log));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, s.setSetpointWriting(true, 1, ""));
        s.setSetpointWriting(true, 1'700'000'000'000, "commissioning BESS inverter 2");
        QVERIFY(s.may(Capability::WriteSetpoints));
        QCOMPARE(log.size(), std::size_t{1});
        QCOMPARE(log[0].time_ms, 1'700'000'000'000);
        QCOMPARE(log[0].user, std::string("ben"));
        QCOMPARE(log[0].profile, std::string("engineer"));
        QCOMPARE(log[0].action, std::string("enable_setpoint_writing"));
        QCOMPARE(log[0].detail, std::string("commissioning BESS inverter 2"));
        s.setSetpointWriting(true, 2, "again");   // no change, no entry
        QCOMPARE(log.size(), std::size_t{1});
        // Switching profile ends writing and says so in the log.
        s.switchProfile(UserProfile::Operator, 3);
        QVERIFY(!s.setpointWritingEnabled());
        QCOMPARE(log.size(), std::size_t{2});
        QCOMPARE(log[1].action, std::string("switch_profile"));
        QCOMPARE(log[1].profile, std::string("engineer"));   // recorded under the old profile
        QCOMPARE(log[1].detail, std::string("engineer -> operator (setpoint writing ended)"));
        s.switchProfile(UserProfile::Engineer, 4);
        QVERIFY(!s.may(Capability::WriteSetpoints));   // must be enabled again
        // Another project file: the permission was recorded in the old one, so it ends.
        s.setSetpointWriting(true, 5, "second commissioning");
        QVERIFY(s.setpointWritingEnabled());
        std::vector<Entry> other;
        s.setAuditLog(recorder(other));
        QVERIFY(!s.setpointWritingEnabled());
        QVERIFY(other.empty());
    }
    void complianceRecordsReports() {
        std::vector<Entry> log;
        UserSession s("cora", UserProfile::Compliance);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 s.record(Capability::GenerateReports, 5, "generate_report", "a.pdf"));
        s.setAuditLog(recorder(log));
        QCOMPARE(s.record(Capability::GenerateReports, 5, "generate_report", "/tmp/a.pdf"), 1);
        QCOMPARE(log[0].profile, std::string("compliance"));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, s.record(Capability::Tune, 6, "edit", "x"));
        QCOMPARE(log.size(), std::size_t{1});
    }
    void auditLandsInTheProjectFile() {
        // The binding the console uses: the session writes through ChangeControl into the
        // project file (a historian); the entries are there after the file is reopened.
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("project.sqlite")).toStdString();
        {
            Historian project(path);
            ChangeControl cc(project);
            UserSession s("ben", UserProfile::Engineer);
            s.setAuditLog([&cc](std::int64_t t, const std::string& u, const std::string& p,
                                const std::string& a, const std::string& d) { return cc.audit(t, u, p, a, d); });
            s.setSetpointWriting(true, 1'000, "commissioning BESS inverter 2");
            s.setSetpointWriting(false, 2'000, "done");
            s.switchProfile(UserProfile::Compliance, 3'000);
            s.record(Capability::GenerateReports, 4'000, "generate_report", "/tmp/white-paper-2025.pdf");
        }
        Historian reopened(path);
        const std::vector<AuditEntry> log = ChangeControl(reopened).auditLog();
        QCOMPARE(log.size(), std::size_t{4});
        const std::vector<std::vector<std::string>> expected = {
            {"engineer", "enable_setpoint_writing", "commissioning BESS inverter 2"},
            {"engineer", "disable_setpoint_writing", "done"},
            {"engineer", "switch_profile", "engineer -> compliance"},
            {"compliance", "generate_report", "/tmp/white-paper-2025.pdf"},
        };
        for (std::size_t i = 0; i < log.size(); ++i) {
            QCOMPARE(log[i].time_ms, static_cast<std::int64_t>(1'000 * (i + 1)));
            QCOMPARE(log[i].user, std::string("ben"));
            QCOMPARE(log[i].profile, expected[i][0]);
            QCOMPARE(log[i].action, expected[i][1]);
            QCOMPARE(log[i].detail, expected[i][2]);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "TestAccess.moc"
