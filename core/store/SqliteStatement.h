#pragma once
// Thin RAII wrappers over the SQLite C API used by the historian (not part of its public API):
// a prepared statement that is reset and reused, and errors that name the database file.

#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace gridtwin {

/// Throws std::runtime_error "<path>: <what>: <sqlite message>".
[[noreturn]] void throwSqlite(sqlite3* db, const std::string& path, const std::string& what);
void sqliteExec(sqlite3* db, const std::string& path, const char* sql);

class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const std::string& path, const char* sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& o) noexcept;
    SqliteStatement& operator=(SqliteStatement&& o) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are 1-based as in SQLite.
    SqliteStatement& bind(int i, std::int64_t v) { return check(sqlite3_bind_int64(stmt_, i, v)); }
    SqliteStatement& bind(int i, int v) { return check(sqlite3_bind_int(stmt_, i, v)); }
    SqliteStatement& bind(int i, double v) { return check(sqlite3_bind_double(stmt_, i, v)); }
    SqliteStatement& bind(int i, const std::string& v);
    SqliteStatement& bindNull(int i) { return check(sqlite3_bind_null(stmt_, i)); }

    /// true when a row is available; false when done. Throws on error.
    bool step();
    /// Runs a statement that returns no rows, then resets it.
    void run();
    void reset();

    std::int64_t i64(int col) const { return sqlite3_column_int64(stmt_, col); }
    double real(int col) const { return sqlite3_column_double(stmt_, col); }
    bool isNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
    std::string text(int col) const;

private:
    SqliteStatement& check(int rc);
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    const std::string* path_ = nullptr;
};

} // namespace gridtwin
