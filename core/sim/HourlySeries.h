#pragma once
// Hourly input series (day-ahead price, grid carbon intensity): one value per UTC hour, held
// constant within the hour. Readers for the public CSV formats of physics.md 2.7 (Ember prices)
// and carbon.md 5.1 (Electricity Maps, both header variants), plus generic time_utc CSVs, and
// deterministic built-in example profiles that are labelled as such.

#include <cstdint>
#include <string>
#include <vector>

namespace gridtwin {

struct HourlySeries {
    std::string label;            // shown in UI and reports
    std::string unit;             // "EUR/MWh", "gCO2e/kWh"
    bool builtin_example = false; // true for the built-in example profiles (not measured data)
    std::int64_t start_ms = 0;    // UTC, on the hour
    std::vector<float> values;    // one per UTC hour

    std::int64_t endMs() const;
    /// Value of the hour containing t_ms (step-hold). Throws std::out_of_range outside the series.
    double valueAt(std::int64_t t_ms) const;
    /// True when every instant of [from_ms, to_ms) has a value.
    bool covers(std::int64_t from_ms, std::int64_t to_ms) const;
};

/// Built-in example profiles over the whole UTC hours spanning [from_ms, to_ms): deterministic,
/// plausible European shapes (morning and evening peaks, midday solar dip, higher in winter).
HourlySeries builtinPriceProfile(std::int64_t from_ms, std::int64_t to_ms);
HourlySeries builtinCarbonProfile(std::int64_t from_ms, std::int64_t to_ms);

/// Hourly price CSV in EUR/MWh: a header naming a time column ("time_utc", "Datetime (UTC)") and
/// a price column ("price_eur_per_mwh", "Price (EUR/MWhe)", "Price (EUR/MWh)"); other columns are
/// ignored. Throws InputError (file, line, column) for bad cells, gaps, duplicates, backwards time.
HourlySeries readPriceCsv(const std::string& path);
/// Hourly carbon-intensity CSV in gCO2e/kWh: Electricity Maps (current or older header; the
/// direct = Scope 2 location-based column) or generic "time_utc,carbon_g_per_kwh".
HourlySeries readCarbonCsv(const std::string& path);

} // namespace gridtwin
