#pragma once
// Writes the project time-series CSV (BRIEF.md section 4; documented in docs/time-series-csv.md):
// one header line, then one row per step, time_utc first, columns named with their unit.
// Simulation output, log export and replay input share it, so every output can be replayed.

#include "model/StepRecord.h"

#include <cstdio>
#include <span>
#include <string>
#include <vector>

namespace gridtwin {

/// The standard columns, in order. Readers accept them in any order and keep unknown extras.
inline constexpr const char* kTimeSeriesColumns[] = {
    "time_utc", "pv_kw",           "pv_curtailed_kw",  "load_kw",   "it_load_kw", "bess_kw", "bess_aux_kw",
    "soc_pct",  "grid_kw", "price_eur_per_mwh", "carbon_g_per_kwh", "ambient_c", "reason"};

class TimeSeriesCsvWriter {
public:
    /// Opens (truncates) path; "-" writes to stdout. Throws std::runtime_error naming the file.
    explicit TimeSeriesCsvWriter(const std::string& path);
    ~TimeSeriesCsvWriter();
    TimeSeriesCsvWriter(const TimeSeriesCsvWriter&) = delete;
    TimeSeriesCsvWriter& operator=(const TimeSeriesCsvWriter&) = delete;

    void write(std::span<const StepRecord> rows);
    /// Flushes and closes; throws if the disk refused data (so a full disk is not silent).
    void close();

    /// One row as text (no newline); also used by tests.
    static std::string formatRow(const StepRecord& r);
    static std::string header();

private:
    std::string path_;
    std::FILE* file_ = nullptr;
    bool owns_ = false;
    std::string buffer_;
};

} // namespace gridtwin
