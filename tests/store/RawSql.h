#pragma once
// Runs SQL on a file with the plain SQLite API, as the sqlite3 tool would (tests that damage or
// inspect a historian or project file behind the code's back).

#include <QtTest>
#include <sqlite3.h>

#include <string>

namespace gridtwin::test {

inline void rawExec(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString msg = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(msg));
}

} // namespace gridtwin::test
