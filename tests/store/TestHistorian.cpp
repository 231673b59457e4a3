#include "RawSql.h"
#include "TestStore.h"

#include "store/Historian.h"

#include <QtTest>
#include <sqlite3.h>

#include <cmath>
#include <fstream>
#include <iterator>

using namespace gridtwin;
using gridtwin::test::rawExec;

namespace {
std::string rawScalar(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    std::string out = "<error>";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        const auto* t = sqlite3_column_text(st, 0);
        out = t ? reinterpret_cast<const char*>(t) : "";
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Opening path must throw an error that names the file and mentions `mention`, and leave the
// file byte for byte as it was.
void expectRefusedUntouched(const std::string& path, const std::string& mention) {
    const std::string before = readAll(path);
    try {
        Historian h(path);
        QFAIL("opened a file that is not a usable historian");
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        QVERIFY2(what.find(path) != std::string::npos, e.what());
        QVERIFY2(what.find(mention) != std::string::npos, e.what());
    }
    QCOMPARE(readAll(path), before);
}

StepRecord step(std::int64_t t, double pv, double load, double bess, Reason reason) {
    StepRecord r;
    r.time_ms = t;
    r.pv_kw = pv;
    r.load_kw = load;
    r.it_load_kw = load * 0.8;
    r.bess_kw = bess;
    r.bess_aux_kw = 5;
    r.grid_kw = load + r.bess_aux_kw - pv - bess; // balance of BRIEF.md section 4
    r.soc_pct = 50 - bess / 100;
    r.price_eur_per_mwh = 70.5;
    r.carbon_g_per_kwh = 250;
    r.ambient_c = 21.25;
    r.reason = reason;
    r.quality = Quality::Good;
    return r;
}
} // namespace

void TestStore::createAndReopen() {
    const std::string path = tempPath("h.db");
    int a = 0, grid = 0;
    {
        Historian h(path);
        a = h.siteId("site-a");
        QCOMPARE(h.siteId("site-b"), a + 1);
        QCOMPARE(h.siteId("site-a"), a);
        grid = h.channelId(a, "grid_kw", "kW", "meter");
        QCOMPARE(h.channelId(a, "grid_kw", "kW", "other"), grid);
        QVERIFY(h.channelId(h.siteId("site-b"), "grid_kw", "kW", "meter") != grid);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, h.channelId(a, "grid_kw", "MW", "meter"));
    }
    Historian h(path);
    QCOMPARE(h.siteId("site-a"), a);
    QCOMPARE(h.channelId(a, "grid_kw", "kW", "meter"), grid);
    const auto ch = h.channels(a);
    QCOMPARE(ch.size(), std::size_t(1));
    QCOMPARE(ch[0].name, std::string("grid_kw"));
    QCOMPARE(ch[0].unit, std::string("kW"));
    QCOMPARE(ch[0].source, std::string("meter"));
}

void TestStore::fileIsPlainSqliteInWalMode() {
    const std::string path = tempPath("h.db");
    {
        Historian h(path);
        const int c = h.channelId(h.siteId("s"), "pv_kw", "kW", "test");
        const HistorianSample s[] = {{1000, 1.5, Quality::Good}, {2000, 2.5, Quality::Stale}};
        h.appendSamples(c, s);
    }
    QCOMPARE(rawScalar(path, "PRAGMA journal_mode"), std::string("wal"));
    QCOMPARE(rawScalar(path, "SELECT count(*) FROM samples"), std::string("2"));
    QCOMPARE(rawScalar(path, "SELECT quality FROM samples WHERE time_ms = 2000"), std::string("1"));
    QCOMPARE(rawScalar(path, "SELECT max(version) FROM schema_version"), std::to_string(kHistorianSchemaVersion));
}

void TestStore::appendStepsRoundTrip() {
    Historian h(tempPath("h.db"));
    const int site = h.siteId("s");
    std::vector<StepRecord> steps;
    for (int i = 0; i < 100; ++i)
        steps.push_back(step(1'700'000'000'000 + i * 1000, i * 1.5, 1000 + i, (i % 3 - 1) * 50.0,
                             i % 2 ? Reason::PeakShave : Reason::Recharge));
    h.appendSteps(site, steps);
    const auto ch = h.channels(site);
    QCOMPARE(ch.size(), std::size_t(kStepFieldCount)); // one channel per standard column
    for (const ChannelInfo& c : ch) {
        int field = -1;
        for (int i = 0; i < kStepFieldCount; ++i)
            if (c.name == stepFieldName(i)) field = i;
        QVERIFY2(field >= 0, c.name.c_str());
        QCOMPARE(c.unit, unitForColumn(c.name));
        const auto got = h.samples(c.id, 0, std::numeric_limits<std::int64_t>::max());
        QCOMPARE(got.size(), steps.size());
        for (std::size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(got[i].time_ms, steps[i].time_ms);
            QCOMPARE(got[i].value, stepFieldValue(steps[i], field));
            QCOMPARE(got[i].quality, Quality::Good);
        }
    }
    QCOMPARE(unitForColumn("price_eur_per_mwh"), std::string("EUR/MWh"));
    QCOMPARE(unitForColumn("carbon_g_per_kwh"), std::string("g/kWh"));
    QCOMPARE(unitForColumn("soc_pct"), std::string("%"));
    // Appending the same steps again stores nothing new (never overwrites).
    h.appendSteps(site, steps);
    h.flush();
    QCOMPARE(h.duplicatesIgnored(), std::uint64_t(100 * kStepFieldCount));
}

void TestStore::appendSamplesQueryRange() {
    Historian h(tempPath("h.db"));
    const int c = h.channelId(h.siteId("s"), "x_kw", "kW", "t");
    std::vector<HistorianSample> in;
    for (int i = 0; i < 10; ++i) in.push_back({i * 1000, i * 0.5, Quality::Good});
    h.appendSamples(c, in);
    const auto got = h.samples(c, 3000, 7000); // [from, to)
    QCOMPARE(got.size(), std::size_t(4));
    QCOMPARE(got.front().time_ms, std::int64_t(3000));
    QCOMPARE(got.back().time_ms, std::int64_t(6000));
    QCOMPARE(got.back().value, 3.0);
    QVERIFY(h.samples(c, 20000, 30000).empty());
}

void TestStore::rollupsByHand() {
    Historian h(tempPath("h.db"));
    const int c = h.channelId(h.siteId("s"), "grid_kw", "kW", "t");
    const HistorianSample a[] = {{0, 10, Quality::Good}, {20'000, 20, Quality::Good}, {40'000, 30, Quality::Good}};
    h.appendSamples(c, a);
    h.flush(); // the second batch must merge into the stored minute bucket
    const HistorianSample b[] = {{50'000, 40, Quality::Good}, {20'000, 999, Quality::Good}, // duplicate: ignored
                                 {70'000, -5, Quality::Good}, {80'000, 1000, Quality::Bad}};
    h.appendSamples(c, b);
    h.flush();
    QCOMPARE(h.duplicatesIgnored(), std::uint64_t(1));
    QCOMPARE(h.samples(c, 20'000, 20'001).at(0).value, 20.0);
    QCOMPARE(h.samples(c, 0, 100'000).size(), std::size_t(6)); // the Bad sample is stored raw

    const auto m = h.rollups(c, 60, 0, 3'600'000);
    QCOMPARE(m.size(), std::size_t(2));
    QCOMPARE(m[0].bucket_ms, std::int64_t(0));
    QCOMPARE(m[0].min, 10.0);
    QCOMPARE(m[0].max, 40.0);
    QCOMPARE(m[0].mean, 25.0); // (10 + 20 + 30 + 40) / 4
    QCOMPARE(m[0].count, std::int64_t(4));
    QCOMPARE(m[1].bucket_ms, std::int64_t(60'000));
    QCOMPARE(m[1].min, -5.0); // Bad quality (1000) left out
    QCOMPARE(m[1].max, -5.0);
    QCOMPARE(m[1].count, std::int64_t(1));
    for (std::int64_t level : {std::int64_t(900), std::int64_t(3600)}) {
        const auto q = h.rollups(c, level, 0, 3'600'000);
        QCOMPARE(q.size(), std::size_t(1));
        QCOMPARE(q[0].min, -5.0);
        QCOMPARE(q[0].max, 40.0);
        QCOMPARE(q[0].mean, 19.0); // (10 + 20 + 30 + 40 - 5) / 5
        QCOMPARE(q[0].count, std::int64_t(5));
    }
}

void TestStore::decimated_data() {
    QTest::addColumn<int>("points");
    QTest::addColumn<qlonglong>("level");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<qlonglong>("per_bucket");
    QTest::newRow("raw 1 s") << 7200 << 0LL << 7200 << 1LL;
    QTest::newRow("raw 40 s") << 180 << 0LL << 180 << 40LL;
    QTest::newRow("1 min rollup") << 60 << 60LL << 60 << 120LL;
    QTest::newRow("15 min rollup") << 8 << 900LL << 8 << 900LL;
    QTest::newRow("1 h rollup") << 2 << 3600LL << 2 << 3600LL;
}

void TestStore::decimated() {
    QFETCH(int, points);
    QFETCH(qlonglong, level);
    QFETCH(int, buckets);
    QFETCH(qlonglong, per_bucket);
    Historian h(tempPath("h.db"));
    const int c = h.channelId(h.siteId("s"), "load_kw", "kW", "t");
    const std::int64_t t0 = 1'717'200'000'000; // 2024-06-01T00:00:00Z, a whole hour
    std::vector<HistorianSample> in;
    for (int i = 0; i < 7200; ++i) in.push_back({t0 + i * 1000, static_cast<double>(i % 100), Quality::Good});
    in[3601].value = 1e6; // a one-sample spike must survive decimation
    h.appendSamples(c, in);
    QCOMPARE(Historian::decimationLevelS(t0, t0 + 7'200'000, points), static_cast<std::int64_t>(level));
    const auto d = h.decimated(c, t0, t0 + 7'200'000, points);
    QCOMPARE(static_cast<int>(d.size()), buckets);
    std::int64_t total = 0;
    double max_seen = 0;
    for (const RollupBucket& b : d) {
        QCOMPARE(b.count, static_cast<std::int64_t>(per_bucket));
        QVERIFY(b.min <= b.mean && b.mean <= b.max);
        total += b.count;
        if (b.max > max_seen) max_seen = b.max;
        if (b.bucket_ms <= t0 + 3'601'000 && t0 + 3'601'000 < b.bucket_ms + (7'200'000 / points))
            QCOMPARE(b.max, 1e6);
        else if (per_bucket >= 100)
            QCOMPARE(b.max, 99.0); // whole sawtooth periods in the bucket
    }
    QCOMPARE(total, std::int64_t(7200));
    QCOMPARE(max_seen, 1e6);
    QCOMPARE(d.front().min, 0.0);
}

void TestStore::decimationLevel_data() {
    QTest::addColumn<qlonglong>("span_ms");
    QTest::addColumn<int>("points");
    QTest::addColumn<qlonglong>("level");
    QTest::newRow("1 week, 2000 points: 302 s buckets") << 604'800'000LL << 2000 << 60LL;
    QTest::newRow("1 day, 2000 points: 43 s buckets") << 86'400'000LL << 2000 << 0LL;
    QTest::newRow("1 year, 2000 points: 4.4 h buckets") << 31'536'000'000LL << 2000 << 3600LL;
    QTest::newRow("30 days, 2000 points: 21.6 min") << 2'592'000'000LL << 2000 << 900LL;
    QTest::newRow("no points") << 1000LL << 0 << 0LL;
}

void TestStore::decimationLevel() {
    QFETCH(qlonglong, span_ms);
    QFETCH(int, points);
    QFETCH(qlonglong, level);
    QCOMPARE(Historian::decimationLevelS(0, span_ms, points), static_cast<std::int64_t>(level));
}

void TestStore::events() {
    Historian h(tempPath("h.db"));
    const int s = h.siteId("s");
    const std::int64_t a = h.addEvent({0, s, 5000, "threshold_breach", "critical", "grid 1520 kW > 1500 kW", {}, {}});
    const std::int64_t b = h.addEvent({0, s, 9000, "data_stale", "warning", "meter silent", {}, {}});
    h.addEvent({0, h.siteId("other"), 6000, "x", "info", "", {}, {}});
    h.acknowledgeEvent(a, 7000);
    h.clearEvent(a, 8000);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, h.acknowledgeEvent(b + 100, 1));
    const auto all = h.events(s, 0, 10000);
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[0].id, a);
    QCOMPARE(all[0].kind, std::string("threshold_breach"));
    QCOMPARE(all[0].severity, std::string("critical"));
    QCOMPARE(all[0].message, std::string("grid 1520 kW > 1500 kW"));
    QCOMPARE(all[0].acknowledged_ms.value_or(-1), std::int64_t(7000));
    QCOMPARE(all[0].cleared_ms.value_or(-1), std::int64_t(8000));
    QVERIFY(!all[1].acknowledged_ms && !all[1].cleared_ms);
    QCOMPARE(h.events(s, 6000, 10000).size(), std::size_t(1));
}

void TestStore::configVersions() {
    Historian h(tempPath("h.db"));
    const int s = h.siteId("s");
    const auto v1 = h.addConfigVersion(s, 1000, "alice", "initial", R"({"bess":{"capacity_kwh":4000}})");
    const auto v2 = h.addConfigVersion(s, 2000, "bob", "bigger battery", R"({"bess":{"capacity_kwh":6000}})");
    const auto list = h.configVersions(s);
    QCOMPARE(list.size(), std::size_t(2));
    QCOMPARE(list[0].id, v1);
    QCOMPARE(list[1].id, v2);
    QCOMPARE(list[1].author, std::string("bob"));
    QCOMPARE(list[1].reason, std::string("bigger battery"));
    const auto got = h.configVersion(v1);
    QVERIFY(got.has_value());
    QCOMPARE(got->json, std::string(R"({"bess":{"capacity_kwh":4000}})"));
    QCOMPARE(got->time_ms, std::int64_t(1000));
    QVERIFY(!h.configVersion(v2 + 10).has_value());
}

void TestStore::schemaVersionAndReopenKeepsVersion() {
    const std::string path = tempPath("h.db");
    { Historian h(path); QCOMPARE(h.schemaVersion(), kHistorianSchemaVersion); }
    { Historian h(path); QCOMPARE(h.schemaVersion(), kHistorianSchemaVersion); }
    // One row per applied migration: reopening does not migrate again.
    QCOMPARE(rawScalar(path, "SELECT count(*) FROM schema_version"), std::to_string(kHistorianSchemaVersion));
}

void TestStore::migratesV0File() {
    const std::string path = tempPath("v0.db");
    // The v0 prototype layout: no schema_version, channels without source, samples without quality.
    rawExec(path,
            "CREATE TABLE channels (id INTEGER PRIMARY KEY, site_id INTEGER, name TEXT, unit TEXT);"
            "CREATE TABLE samples (channel_id INTEGER, time_ms INTEGER, value REAL,"
            " PRIMARY KEY (channel_id, time_ms)) WITHOUT ROWID;"
            "INSERT INTO channels VALUES (1, 1, 'grid_kw', 'kW');"
            "INSERT INTO samples VALUES (1, 0, 1), (1, 30000, 3), (1, 60000, 5), (1, 90000, 7);");
    Historian h(path);
    QCOMPARE(h.schemaVersion(), kHistorianSchemaVersion);
    const auto ch = h.channels(1);
    QCOMPARE(ch.size(), std::size_t(1));
    QCOMPARE(ch[0].source, std::string());
    const auto s = h.samples(1, 0, 100000);
    QCOMPARE(s.size(), std::size_t(4)); // data kept
    QCOMPARE(s[3].value, 7.0);
    QCOMPARE(s[3].quality, Quality::Good);
    const auto m = h.rollups(1, 60, 0, 1'000'000); // built by the migration
    QCOMPARE(m.size(), std::size_t(2));
    QCOMPARE(m[0].mean, 2.0);
    QCOMPARE(m[0].count, std::int64_t(2));
    QCOMPARE(m[1].min, 5.0);
    QCOMPARE(m[1].max, 7.0);
    const auto hr = h.rollups(1, 3600, 0, 1'000'000);
    QCOMPARE(hr.size(), std::size_t(1));
    QCOMPARE(hr[0].mean, 4.0);
    QCOMPARE(hr[0].count, std::int64_t(4));
    // The migrated file takes new samples with the v1 path.
    const HistorianSample more[] = {{120000, 9, Quality::Stale}};
    h.appendSamples(1, more);
    QCOMPARE(h.samples(1, 0, 1'000'000).size(), std::size_t(5));
    QCOMPARE(h.integrityCheck(), std::string("ok"));
}

void TestStore::integrityCheckOk() {
    Historian h(tempPath("h.db"));
    const int c = h.channelId(h.siteId("s"), "a_kw", "kW", "t");
    std::vector<HistorianSample> in;
    for (int i = 0; i < 5000; ++i) in.push_back({i * 1000, std::sin(i * 0.01), Quality::Good});
    h.appendSamples(c, in);
    QCOMPARE(h.integrityCheck(), std::string("ok"));
}

void TestStore::refusesNonDatabaseWithoutModifyingIt() {
    const std::string path = tempPath("notes.txt");
    {
        std::ofstream out(path, std::ios::binary);
        for (int i = 0; i < 200; ++i) out << "this is a text file, not a database " << i << "\n";
    }
    expectRefusedUntouched(path, "not a SQLite database");
}

void TestStore::refusesForeignOrNewerDatabase_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("foreign database") << "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
                                         "INSERT INTO invoices VALUES (1, 9.5);"
                                      << "not a GridTwin historian";
    QTest::newRow("newer schema") << "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER);"
                                     "INSERT INTO schema_version VALUES (99, 0);"
                                  << "newer than this program";
}

void TestStore::refusesForeignOrNewerDatabase() {
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const std::string path = tempPath("other.db");
    rawExec(path, sql.toUtf8().constData());
    expectRefusedUntouched(path, message.toStdString());
}

void TestStore::corruptFileIsReported() {
    const std::string path = tempPath("h.db");
    {
        Historian h(path);
        const int c = h.channelId(h.siteId("s"), "a_kw", "kW", "t");
        std::vector<HistorianSample> in;
        for (int i = 0; i < 20000; ++i) in.push_back({i * 1000, i * 0.25, Quality::Good});
        h.appendSamples(c, in);
    } // closing the last connection checkpoints the WAL into the file
    {
        // Overwrite page 4 (of 16 KiB) with garbage, as a disk fault would.
        std::fstream f(path, std::ios::binary | std::ios::in | std::ios::out);
        f.seekp(3 * 16384);
        const std::string junk(16384, '\x55');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
        QVERIFY(f.good());
    }
    try {
        Historian h(path);
        QVERIFY(h.integrityCheck() != "ok"); // opened: the check must name the damage
    } catch (const std::runtime_error& e) {
        QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what()); // refused: names the file
    }
}
