// Change control: candidate export as a configuration version (who/when/why/parent), the audit
// log, change descriptions, and the schema v1 -> v2 migration keeping existing data.
#include "TestTune.h"

#include "../store/RawSql.h"

#include "model/InputError.h"
#include "model/SiteConfig.h"
#include "model/SiteConfigJson.h"
#include "store/Historian.h"
#include "store/HistorianSchema.h"
#include "tune/ChangeControl.h"

#include <QtTest>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

using namespace gridtwin;
using gridtwin::test::rawExec;

namespace {

CandidateExport exportOf(double threshold_kw, const std::string& author, const std::string& reason,
                         std::int64_t time_ms) {
    CandidateExport e;
    e.site_name = "plant";
    e.candidate = referenceSite();
    e.candidate.controller.peak_threshold_kw = threshold_kw;
    e.author = author;
    e.profile = "engineer";
    e.reason = reason;
    e.time_ms = time_ms;
    return e;
}

} // namespace

void TestTune::exportVersionRoundTrip() {
    const std::string path = tempPath("project.sqlite");
    std::int64_t v1 = 0, v2 = 0;
    {
        Historian h(path);
        ChangeControl cc(h);
        v1 = cc.exportCandidate(exportOf(11000, "alice", "lower the summer peak", 1'700'000'000'000));
        CandidateExport second = exportOf(10500, "bob", "demand charge up 20 %", 1'700'000'100'000);
        second.parent_version_id = v1;
        v2 = cc.exportCandidate(second);
        QVERIFY(v2 > v1);
    }
    // Reopened from the file: everything was committed.
    Historian h(path);
    ChangeControl cc(h);
    const auto versions = cc.versions("plant");
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(versions[0].id, v1);
    QCOMPARE(versions[0].author, std::string("alice"));
    QCOMPARE(versions[0].reason, std::string("lower the summer peak"));
    QCOMPARE(versions[0].time_ms, std::int64_t(1'700'000'000'000));
    QVERIFY(!versions[0].parent_id.has_value());
    QCOMPARE(versions[1].author, std::string("bob"));
    QCOMPARE(versions[1].parent_id, std::optional<std::int64_t>(v1));
    const SiteConfig back = cc.loadVersion(v2);
    QCOMPARE(back.controller.peak_threshold_kw, 10500.0);
    QCOMPARE(siteConfigToJson(back), siteConfigToJson(exportOf(10500, "", "", 0).candidate));
    QVERIFY(cc.versions("elsewhere").empty());
    QVERIFY_THROWS_EXCEPTION(InputError, cc.loadVersion(v2 + 100));

    const auto log = cc.auditLog();
    QCOMPARE(log.size(), std::size_t(2));
    QCOMPARE(log[0].action, std::string("export_config_version"));
    QCOMPARE(log[0].user, std::string("alice"));
    QCOMPARE(log[0].profile, std::string("engineer"));
    QCOMPARE(log[0].time_ms, std::int64_t(1'700'000'000'000));
    QVERIFY(QString::fromStdString(log[0].detail).contains(QStringLiteral("lower the summer peak")));
    QCOMPARE(log[1].user, std::string("bob"));
    // The derived version's audit line names what changed against its parent.
    QVERIFY2(QString::fromStdString(log[1].detail).contains(QStringLiteral("controller.peak_threshold_kw: 11000 -> 10500")),
             log[1].detail.c_str());
}

void TestTune::exportRefusesEmptyAuthorOrReason() {
    Historian h(tempPath("project.sqlite"));
    ChangeControl cc(h);
    const auto where = [&](const CandidateExport& e) {
        try {
            cc.exportCandidate(e);
        } catch (const InputError& err) {
            return err.where();
        }
        return std::string("<accepted>");
    };
    QCOMPARE(where(exportOf(11000, "", "why", 1)), std::string("author"));
    QCOMPARE(where(exportOf(11000, "alice", "", 1)), std::string("reason"));
    CandidateExport orphan = exportOf(11000, "alice", "why", 1);
    orphan.parent_version_id = 999;
    QCOMPARE(where(orphan), std::string("parent version"));
    // Nothing refused left a trace.
    QVERIFY(cc.versions("plant").empty());
    QVERIFY(cc.auditLog().empty());
}

void TestTune::auditLogRoundTrip() {
    const std::string path = tempPath("project.sqlite");
    {
        Historian h(path);
        ChangeControl cc(h);
        QVERIFY(cc.audit(300, "carol", "compliance", "generate_report", "white paper 2025, de") > 0);
        cc.audit(100, "alice", "engineer", "enable_setpoint_writing", "détail \"quoted\", 中文");
        cc.audit(200, "bob", "operator", "acknowledge_alarm", "");
        QVERIFY_THROWS_EXCEPTION(InputError, cc.audit(400, "x", "operator", "", "no action"));
    }
    Historian h(path);
    ChangeControl cc(h);
    const auto all = cc.auditLog();
    QCOMPARE(all.size(), std::size_t(3));
    QCOMPARE(all[0].time_ms, std::int64_t(100)); // oldest first
    QCOMPARE(all[0].user, std::string("alice"));
    QCOMPARE(all[0].profile, std::string("engineer"));
    QCOMPARE(all[0].action, std::string("enable_setpoint_writing"));
    QCOMPARE(all[0].detail, std::string("détail \"quoted\", 中文"));
    QCOMPARE(all[1].action, std::string("acknowledge_alarm"));
    QCOMPARE(all[2].user, std::string("carol"));
    const auto window = cc.auditLog(100, 300); // [from, to)
    QCOMPARE(window.size(), std::size_t(2));
    QCOMPARE(window[1].time_ms, std::int64_t(200));
}

void TestTune::describeChanges() {
    const SiteConfig a = referenceSite();
    QCOMPARE(ChangeControl::describeChanges(a, a), std::string());
    SiteConfig b = a;
    b.controller.peak_threshold_kw = 11000;
    b.bess.soc_min_pct = a.bess.soc_min_pct + 5;
    const std::string d = ChangeControl::describeChanges(a, b);
    // Parameter-table order: bess before controller.
    const std::string soc = "bess.soc_min_pct: " + QString::number(a.bess.soc_min_pct).toStdString() + " -> " +
                            QString::number(b.bess.soc_min_pct).toStdString();
    QCOMPARE(d, soc + "; controller.peak_threshold_kw: 11500 -> 11000");
    SiteConfig c = a;
    c.pv_arrays.at(0).tilt_deg = a.pv_arrays.at(0).tilt_deg + 10;
    QVERIFY2(QString::fromStdString(ChangeControl::describeChanges(a, c)).startsWith(QStringLiteral("pv_arrays[0].tilt_deg: ")),
             ChangeControl::describeChanges(a, c).c_str());
    // Field devices: a changed unit id by index, a removed device as a count.
    SiteConfig e = a;
    e.data_sources.devices.at(1).unit_id = 9;
    QCOMPARE(ChangeControl::describeChanges(a, e), std::string("data_sources.devices[1].unit_id: 2 -> 9"));
    e.data_sources.devices.pop_back();
    QCOMPARE(ChangeControl::describeChanges(a, e),
             std::string("data_sources.devices[1].unit_id: 2 -> 9; data_sources.devices: 3 -> 2 devices"));
}

void TestTune::migrationFromV1KeepsData() {
    const std::string path = tempPath("v1.sqlite");
    // A schema v1 project file as the previous release wrote it: config versions without
    // parent_id, no audit_log table.
    rawExec(path,
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL);"
            "INSERT INTO schema_version VALUES (1, 0);"
            "CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
            "CREATE TABLE channels (id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, name TEXT NOT NULL,"
            " unit TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', UNIQUE (site_id, name));"
            "CREATE TABLE samples (channel_id INTEGER NOT NULL, time_ms INTEGER NOT NULL, value REAL NOT NULL,"
            " quality INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (channel_id, time_ms)) WITHOUT ROWID;"
            "CREATE TABLE rollups (channel_id INTEGER NOT NULL, level_s INTEGER NOT NULL, bucket_ms INTEGER NOT NULL,"
            " min REAL NOT NULL, mean REAL NOT NULL, max REAL NOT NULL, count INTEGER NOT NULL,"
            " PRIMARY KEY (channel_id, level_s, bucket_ms)) WITHOUT ROWID;"
            "CREATE TABLE events (id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, time_ms INTEGER NOT NULL,"
            " kind TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL DEFAULT '',"
            " acknowledged_ms INTEGER, cleared_ms INTEGER);"
            "CREATE TABLE config_versions (id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, time_ms INTEGER NOT NULL,"
            " author TEXT NOT NULL, reason TEXT NOT NULL, json TEXT NOT NULL);"
            "INSERT INTO sites VALUES (1, 'plant');"
            "INSERT INTO channels VALUES (1, 1, 'grid_kw', 'kW', 'meter');"
            "INSERT INTO samples VALUES (1, 0, 10.5, 0), (1, 60000, 11.5, 0);");
    const std::string site_json = siteConfigToJson(referenceSite()).dump();
    QVERIFY(site_json.find('\'') == std::string::npos);
    rawExec(path, ("INSERT INTO config_versions VALUES (7, 1, 1000, 'dave', 'commissioning', '" + site_json + "');").c_str());
    Historian h(path);
    QCOMPARE(h.schemaVersion(), kHistorianSchemaVersion);
    QVERIFY(kHistorianSchemaVersion >= 2);
    const auto versions = h.configVersions(1);
    QCOMPARE(versions.size(), std::size_t(1));
    QCOMPARE(versions[0].id, std::int64_t(7));
    QCOMPARE(versions[0].author, std::string("dave"));
    QCOMPARE(versions[0].reason, std::string("commissioning"));
    QCOMPARE(versions[0].json, site_json);
    QVERIFY(!versions[0].parent_id.has_value());
    const auto samples = h.samples(1, 0, 1'000'000);
    QCOMPARE(samples.size(), std::size_t(2));
    QCOMPARE(samples[1].value, 11.5);
    // The new tables work on the migrated file.
    ChangeControl cc(h);
    QVERIFY(cc.auditLog().empty());
    CandidateExport e = exportOf(11000, "erin", "first tuned version", 2000);
    e.parent_version_id = 7;
    const std::int64_t id = cc.exportCandidate(e);
    QCOMPARE(cc.versions("plant").back().parent_id, std::optional<std::int64_t>(7));
    QCOMPARE(cc.versions("plant").back().id, id);
    QCOMPARE(cc.auditLog().size(), std::size_t(1));
    QCOMPARE(h.integrityCheck(), std::string("ok"));
}
