#include "store/HistorianSchema.h"

#include "store/Historian.h"
#include "store/SqliteStatement.h"

#include <chrono>
#include <set>
#include <stdexcept>

namespace gridtwin::historian_schema {

namespace {

std::set<std::string> tables(sqlite3* db, const std::string& path) {
    std::set<std::string> out;
    SqliteStatement q(db, path, "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (q.step()) out.insert(q.text(0));
    return out;
}

bool hasColumn(sqlite3* db, const std::string& path, const std::string& table, const std::string& column) {
    SqliteStatement q(db, path, ("SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = ?").c_str());
    q.bind(1, column);
    return q.step() && q.i64(0) > 0;
}

// v0 -> v1: create every table; bring a v0 prototype file (channels without source, samples
// without quality, no rollups) up to date and build its rollups from the stored samples.
void migrateTo1(sqlite3* db, const std::string& path) {
    sqliteExec(db, path,
               "CREATE TABLE IF NOT EXISTS schema_version ("
               " version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL);"
               "CREATE TABLE IF NOT EXISTS sites ("
               " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
               "CREATE TABLE IF NOT EXISTS channels ("
               " id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, name TEXT NOT NULL,"
               " unit TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',"
               " UNIQUE (site_id, name));"
               "CREATE TABLE IF NOT EXISTS samples ("
               " channel_id INTEGER NOT NULL, time_ms INTEGER NOT NULL, value REAL NOT NULL,"
               " quality INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (channel_id, time_ms)) WITHOUT ROWID;");
    if (!hasColumn(db, path, "channels", "source"))
        sqliteExec(db, path, "ALTER TABLE channels ADD COLUMN source TEXT NOT NULL DEFAULT ''");
    if (!hasColumn(db, path, "samples", "quality"))
        sqliteExec(db, path, "ALTER TABLE samples ADD COLUMN quality INTEGER NOT NULL DEFAULT 0");
    sqliteExec(db, path,
               "CREATE TABLE IF NOT EXISTS rollups ("
               " channel_id INTEGER NOT NULL, level_s INTEGER NOT NULL, bucket_ms INTEGER NOT NULL,"
               " min REAL NOT NULL, mean REAL NOT NULL, max REAL NOT NULL, count INTEGER NOT NULL,"
               " PRIMARY KEY (channel_id, level_s, bucket_ms)) WITHOUT ROWID;"
               "CREATE TABLE IF NOT EXISTS events ("
               " id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, time_ms INTEGER NOT NULL,"
               " kind TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL DEFAULT '',"
               " acknowledged_ms INTEGER, cleared_ms INTEGER);"
               "CREATE INDEX IF NOT EXISTS events_site_time ON events (site_id, time_ms);"
               "CREATE TABLE IF NOT EXISTS config_versions ("
               " id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, time_ms INTEGER NOT NULL,"
               " author TEXT NOT NULL, reason TEXT NOT NULL, json TEXT NOT NULL);"
               "CREATE INDEX IF NOT EXISTS config_versions_site ON config_versions (site_id, time_ms);");
    // Rollups of samples already stored (quality 2 = Bad is left out, as at ingest).
    for (std::int64_t level_s : kRollupLevelsS) {
        SqliteStatement q(db, path,
                          "INSERT OR REPLACE INTO rollups "
                          "SELECT channel_id, ?1, time_ms - ((time_ms % ?2) + ?2) % ?2 AS b,"
                          " min(value), avg(value), max(value), count(*) FROM samples WHERE quality <> 2 "
                          "GROUP BY channel_id, b");
        q.bind(1, level_s).bind(2, level_s * 1000).run();
    }
}

// v1 -> v2 (change control): config versions remember the version they were derived from, and an
// append-only audit log records who changed what under which profile. Existing rows are kept.
void migrateTo2(sqlite3* db, const std::string& path) {
    if (!hasColumn(db, path, "config_versions", "parent_id"))
        sqliteExec(db, path, "ALTER TABLE config_versions ADD COLUMN parent_id INTEGER");
    sqliteExec(db, path,
               "CREATE TABLE IF NOT EXISTS audit_log ("
               " id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, user TEXT NOT NULL,"
               " profile TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');"
               "CREATE INDEX IF NOT EXISTS audit_log_time ON audit_log (time_ms);");
}

using Migration = void (*)(sqlite3*, const std::string&);
// migrations[v] takes a file from version v to v + 1.
constexpr Migration kMigrations[] = {migrateTo1, migrateTo2};
static_assert(std::size(kMigrations) == kHistorianSchemaVersion);

} // namespace

int storedVersion(sqlite3* db, const std::string& path) {
    const std::set<std::string> names = tables(db, path); // fails first on a non-database file
    if (names.count("schema_version")) {
        SqliteStatement q(db, path, "SELECT coalesce(max(version), 0) FROM schema_version");
        const int v = q.step() ? static_cast<int>(q.i64(0)) : 0;
        // Checked here, before the caller writes anything (WAL switch), so the file stays as is.
        if (v > kHistorianSchemaVersion)
            throw std::runtime_error(path + ": historian schema version " + std::to_string(v) +
                                     " is newer than this program supports (" +
                                     std::to_string(kHistorianSchemaVersion) + "); update GridTwin");
        return v;
    }
    if (names.empty() || (names.count("channels") && names.count("samples"))) return 0;
    std::string list;
    for (const std::string& n : names) {
        if (!list.empty()) list += ", ";
        list += n;
    }
    throw std::runtime_error(path + ": not a GridTwin historian (a SQLite database with tables " + list +
                             " and no schema_version)");
}

int migrate(sqlite3* db, const std::string& path) {
    const int from = storedVersion(db, path); // throws when newer than this program
    for (int v = from; v < kHistorianSchemaVersion; ++v) {
        sqliteExec(db, path, "BEGIN IMMEDIATE");
        try {
            kMigrations[v](db, path);
            SqliteStatement q(db, path, "INSERT INTO schema_version (version, applied_ms) VALUES (?, ?)");
            const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                    std::chrono::system_clock::now().time_since_epoch()).count();
            q.bind(1, v + 1).bind(2, static_cast<std::int64_t>(now_ms)).run();
            sqliteExec(db, path, "COMMIT");
        } catch (...) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
    return kHistorianSchemaVersion - from;
}

} // namespace gridtwin::historian_schema
