#pragma once
// Recorded logs: import of the project time-series CSV (docs/time-series-csv.md) into the
// historian through the common ingest path, and export of any period back to the same format,
// so that export -> import round-trips.

#include "io/TimeSeriesCsvReader.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gridtwin {

class Historian;

struct ImportReport {
    std::size_t rows_imported = 0;
    std::size_t rows_skipped = 0;       // bad rows left out (lenient only)
    std::size_t samples_written = 0;
    std::size_t duplicates_ignored = 0; // samples already in the historian
    int site_id = 0;
    std::vector<std::string> extra_columns;
    std::vector<std::string> missing_columns;
    std::vector<ImportIssue> issues;    // warnings (and, lenient, the errors of skipped rows)
};

/// Imports csv_path into site site_name. import_valid_rows_only = false (strict): the file is
/// checked completely first and nothing is imported when it has an error (InputError names file,
/// line and column). true (lenient): bad rows are skipped and reported, valid rows imported.
ImportReport importLogCsv(const std::string& csv_path, Historian& historian, const std::string& site_name,
                          bool import_valid_rows_only);

/// Writes every time with from_ms <= time < to_ms that has a sample on any channel of the site:
/// the standard columns (0 where the channel has no sample at that time), then the site's other
/// channels by name as extra columns (empty where no sample). Throws std::runtime_error on I/O.
void exportLogCsv(Historian& historian, int site_id, std::int64_t from_ms, std::int64_t to_ms,
                  const std::string& out_path);

} // namespace gridtwin
