#pragma once
// Parser of the Prometheus text exposition format 0.0.4 as served by NVIDIA's dcgm-exporter on
// :9400/metrics (prometheus/docs content/docs/instrumenting/exposition_formats.md):
//   # HELP name docstring        # TYPE name gauge        # any other comment
//   name{label="value",...} value [timestamp_ms]
// Label values escape \\ \" \n; values use Go ParseFloat syntax (NaN, +Inf, -Inf); blanks after
// commas inside braces are allowed (the dcgm-exporter README shows them). Then the cluster's GPU
// power is the sum of DCGM_FI_DEV_POWER_USAGE (W) over all GPUs.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gridtwin {

struct ExpositionSample {
    std::string name;
    std::vector<std::pair<std::string, std::string>> labels; // in file order, unescaped
    double value = 0;
    std::optional<std::int64_t> timestamp_ms;
    std::string label(std::string_view key) const; // "" when absent
};

struct GpuPowerSum {
    double total_w = 0;
    int gpus = 0;       // samples summed
    int missing = 0;    // samples skipped: NaN, infinite, negative or a DCGM blank value
    std::optional<std::int64_t> newest_timestamp_ms;
};

class DcgmExpositionParser {
public:
    /// Values >= this are DCGM "blank" markers (ecosystem.md 3.1: 0x7FFFFFFFFFFFFFF0), not power.
    static constexpr double kBlankThreshold = 9223372036854775792.0;
    static constexpr std::string_view kPowerMetric = "DCGM_FI_DEV_POWER_USAGE";

    /// Parses a whole scrape. Throws InputError(source, "line N", expected, found) on a malformed
    /// line (bad name, unterminated label value, missing or unparsable value or timestamp).
    static std::vector<ExpositionSample> parse(std::string_view text, const std::string& source);

    /// Sum of metric over all its samples (all GPUs of all hosts in the scrape).
    static GpuPowerSum sumPower(const std::vector<ExpositionSample>& samples,
                                std::string_view metric = kPowerMetric);
};

} // namespace gridtwin
