#pragma once
// Streaming reader of the project time-series CSV (BRIEF.md section 4, docs/time-series-csv.md),
// which is also the recorded-log format: time_utc (ISO 8601, Z) first, then columns named with
// their unit, plus `reason`. Unknown columns are kept as named extra channels.
// Strict mode throws the first InputError; lenient mode records ImportIssues and skips bad rows.

#include "model/StepRecord.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace gridtwin {

/// Bit i set = standard column i+1 of kTimeSeriesColumns (pv_kw .. reason) is present.
using StepFieldMask = std::uint16_t;
inline constexpr int kStepFieldCount = 12; // pv_kw .. ambient_c, reason
inline constexpr StepFieldMask kAllStepFields = (1u << kStepFieldCount) - 1;

/// Name of standard field i (0 = pv_kw, 11 = reason), and its value in / into a StepRecord
/// (reason as its enum index).
std::string_view stepFieldName(int i);
double stepFieldValue(const StepRecord& r, int i);
void setStepFieldValue(StepRecord& r, int i, double v);

/// Unit implied by a column name's suffix: "_kw" -> "kW", "_pct" -> "%", "_c" -> "degC", ...
/// "" when the name carries no known unit.
std::string unitForColumn(std::string_view name);

enum class IssueSeverity { Warning, Error };

struct ImportIssue {
    std::int64_t line = 0;   // 1-based line in the file (1 = header)
    std::string column;      // column name, "" for the whole row
    IssueSeverity severity = IssueSeverity::Error;
    std::string message;
};

struct CsvReadOptions {
    bool lenient = false;          // false: first problem throws InputError
    std::size_t max_issues = 1000; // lenient: more errors than this throws (file is not usable)
    Quality quality = Quality::Good; // quality given to every row read
};

struct TimeSeriesRow {
    std::int64_t line = 0;
    StepRecord step;
    std::vector<double> extras; // one per extraColumns(); NaN where the cell is empty
};

class TimeSeriesCsvReader {
public:
    /// Opens path and reads the header. Throws InputError when time_utc is absent (always) or, in
    /// strict mode, when any standard column is absent (the message lists them all).
    explicit TimeSeriesCsvReader(const std::string& path, CsvReadOptions options = {});

    /// Reads the next valid row into row; false at the end of the file.
    bool next(TimeSeriesRow& row);

    /// Byte offset of the next unread line and the number of lines read so far (for seekTo).
    std::int64_t tellNext();
    std::int64_t linesRead() const { return line_; }
    /// Continues reading at a position taken by tellNext() (replay seek). The ordering check
    /// restarts there, so only seek to positions of a file already read through once.
    void seekTo(std::int64_t offset, std::int64_t lines_read);

    const std::vector<std::string>& extraColumns() const { return extra_names_; }
    const std::vector<std::string>& missingColumns() const { return missing_; }
    StepFieldMask presentFields() const { return present_; }
    /// Issues so far; the gap warnings of the first rows are complete only after next() is false.
    const std::vector<ImportIssue>& issues() const { return issues_; }
    std::size_t rowsSkipped() const { return rows_skipped_; }
    bool localTime() const { return local_time_; }

private:
    void readHeader();
    bool parseRow(std::string_view text, TimeSeriesRow& row);
    void problem(IssueSeverity sev, int col, const std::string& expected,
                 const std::string& found, const std::string& message);
    void checkGap(std::int64_t line, std::int64_t step_ms);
    void reportGap(std::int64_t line, std::int64_t step_ms);

    std::string path_;
    CsvReadOptions opt_;
    std::ifstream in_;
    std::string text_;
    std::int64_t line_ = 0;
    std::vector<int> column_field_;          // per file column: -1 time, 0..11 field, 100+k extra
    std::vector<std::string> column_names_;
    std::vector<std::string> extra_names_;
    std::vector<std::string> missing_;
    StepFieldMask present_ = 0;
    std::vector<ImportIssue> issues_;
    std::size_t errors_ = 0;
    std::size_t rows_skipped_ = 0;
    bool have_last_ = false;
    std::int64_t last_ms_ = 0;
    bool local_time_ = false;
    // Gap detection: the median step is taken from the first kMedianSteps steps.
    std::vector<std::pair<std::int64_t, std::int64_t>> early_steps_; // (line, step)
    std::int64_t median_step_ms_ = 0;
    bool finished_ = false;
};

} // namespace gridtwin
