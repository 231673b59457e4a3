#pragma once
// Step records of one site read back from a historian file (docs/historian.md) for the carbon
// ledger: the standard channels (pv_kw .. reason) merged by time, in month-long chunks so a year
// of 1-s data does not sit in memory at once. Read-only: a mistyped site name is an error, never
// a new site.

#include "model/StepRecord.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>

namespace gridtwin {

struct HistorianStepsInfo {
    std::string site_name;
    std::int64_t step_ms = 0;        // most common spacing of the stored steps
    std::int64_t first_ms = 0;       // first stored step in the period (0 if none)
    double first_soc_pct = 0;
    std::size_t steps = 0;
};

/// Scans [from_ms, to_ms) of the site (name "" = the only site in the file). Throws InputError
/// (file = the database) when the file does not exist, the site is unknown or ambiguous, the
/// period holds no steps, or the spacing does not divide an hour.
HistorianStepsInfo scanHistorianSteps(const std::string& path, const std::string& site_name,
                                      std::int64_t from_ms, std::int64_t to_ms);

/// Streams the steps of the period in ascending time; a step takes the worst quality of its
/// channels' samples, a channel without a sample at that time reads 0.
void readHistorianSteps(const std::string& path, const HistorianStepsInfo& info, std::int64_t from_ms,
                        std::int64_t to_ms, const std::function<void(std::span<const StepRecord>)>& sink);

} // namespace gridtwin
