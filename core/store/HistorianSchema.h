#pragma once
// Schema of the historian file and its migrations (documented in docs/historian.md).
// Internal to core/store.

#include <sqlite3.h>

#include <string>

namespace gridtwin::historian_schema {

/// Version stored in the file: 0 for an empty file or the v0 prototype layout (channels and
/// samples tables, no schema_version). Throws std::runtime_error naming the file when it is not
/// a database, not a GridTwin historian, or newer than kHistorianSchemaVersion.
int storedVersion(sqlite3* db, const std::string& path);

/// Runs the migrations from storedVersion() up to kHistorianSchemaVersion, each in its own
/// transaction with its schema_version row.
/// Returns the number of migrations applied.
int migrate(sqlite3* db, const std::string& path);

} // namespace gridtwin::historian_schema
