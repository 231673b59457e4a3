#include "store/SqliteStatement.h"

#include <stdexcept>
#include <utility>

namespace gridtwin {

void throwSqlite(sqlite3* db, const std::string& path, const std::string& what) {
    const int code = db ? sqlite3_errcode(db) : SQLITE_ERROR;
    std::string msg = path + ": " + what + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
    if (code == SQLITE_NOTADB) msg += " (the file is not a SQLite database)";
    else if ((code & 0xff) == SQLITE_CORRUPT) msg += " (the database file is corrupt; run an integrity check)";
    throw std::runtime_error(msg);
}

void sqliteExec(sqlite3* db, const std::string& path, const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        throwSqlite(db, path, std::string("cannot run '") + sql + "'");
}

SqliteStatement::SqliteStatement(sqlite3* db, const std::string& path, const char* sql) : db_(db), path_(&path) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK)
        throwSqlite(db, path, std::string("cannot prepare '") + sql + "'");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

SqliteStatement::SqliteStatement(SqliteStatement&& o) noexcept
    : db_(o.db_), stmt_(std::exchange(o.stmt_, nullptr)), path_(o.path_) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& o) noexcept {
    if (this != &o) {
        sqlite3_finalize(stmt_);
        db_ = o.db_;
        stmt_ = std::exchange(o.stmt_, nullptr);
        path_ = o.path_;
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int i, const std::string& v) {
    return check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
}

SqliteStatement& SqliteStatement::check(int rc) {
    if (rc != SQLITE_OK) throwSqlite(db_, *path_, "cannot bind a parameter");
    return *this;
}

bool SqliteStatement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const std::string sql = sqlite3_sql(stmt_) ? sqlite3_sql(stmt_) : "";
    sqlite3_reset(stmt_);
    throwSqlite(db_, *path_, "cannot run '" + sql + "'");
}

void SqliteStatement::run() {
    step();
    reset();
}

void SqliteStatement::reset() {
    sqlite3_reset(stmt_); // bindings are kept: every caller rebinds all parameters
}

std::string SqliteStatement::text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
}

} // namespace gridtwin
