#pragma once
// Hourly grid emission factors for carbon accounting (reference/carbon.md 5.1): the direct
// (combustion) factor for Scope 2 location-based, and where the source has them the life-cycle
// factor (footprint view only, never mixed into Scope 2), the grid carbon-free share (CFE %) and
// the per-hour "estimated" flag. Formats (docs/carbon-inputs.md):
//  - Electricity Maps hourly CSV, current header ("Carbon intensity gCO₂eq/kWh (direct)",
//    "(Life cycle)", "Carbon-free energy percentage (CFE%)", "Data estimated", ...) or older header
//    ("Carbon Intensity gCO₂eq/kWh (direct)", "(LCA)", "Low Carbon Percentage", "Data Estimated");
//  - generic CSV: time_utc, carbon_g_per_kwh [, lifecycle_g_per_kwh] [, cfe_pct] [, estimated].

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gridtwin {

struct HourlyFactor {
    double direct_g_per_kwh = 0;
    double lifecycle_g_per_kwh = -1;  // < 0: not given
    double cfe_pct = -1;              // < 0: not given
    double renewable_pct = -1;        // < 0: not given
    bool estimated = false;
};

enum class FactorFormat { ElectricityMapsCurrent, ElectricityMapsOlder, Generic, BuiltinExample };

struct FactorSeries {
    std::string file;                 // path as given ("" for the built-in example)
    FactorFormat format = FactorFormat::Generic;
    std::string provider;             // "Electricity Maps", "generic CSV", "built-in example"
    std::string zone;                 // Electricity Maps "Zone id" when present
    std::int64_t start_ms = 0;        // UTC, on the hour
    std::vector<HourlyFactor> hours;  // one per consecutive UTC hour

    std::int64_t endMs() const;
    /// The factor of the hour holding t_ms, or nullptr outside the series.
    const HourlyFactor* at(std::int64_t t_ms) const;
    bool hasLifecycle() const;        // every hour has a life-cycle factor
    bool hasCfe() const;              // every hour has a CFE share
};

/// Reads either Electricity Maps header variant or the generic format (detected from the header).
/// Throws InputError (file, "line N, column C (name)", expected, found) for a bad cell, a missing
/// column, a time not on the hour, a gap, a duplicate or time going backwards, or no data rows.
FactorSeries readFactorCsv(const std::string& path);

/// The built-in example carbon profile (HourlySeries.h) as a factor series, labelled as such.
FactorSeries builtinExampleFactors(std::int64_t from_ms, std::int64_t to_ms);

/// Writes the generic format (used for the demo inputs): time_utc,carbon_g_per_kwh,cfe_pct.
void writeGenericFactorCsv(const FactorSeries& s, const std::string& path);

} // namespace gridtwin
