#pragma once
// The input series of a run (weather, PV profile, IT load, price, carbon), prepared once and
// shared read-only between many runs of the same site that differ only in battery, grid,
// controller or cooling parameters (parameter sweeps, interactive re-simulation). Preparing costs
// the TMY parse, the solar geometry of every hour and the job generation (~0.5 s for a year);
// a run on prepared inputs starts at once and gives the same records as a run without.

#include "io/PvgisTmyReader.h"
#include "model/SiteConfig.h"
#include "sim/HourlySeries.h"
#include "sim/ItLoadModel.h"
#include "sim/pv/PvYearProfile.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace gridtwin {

struct SimulationPeriod {
    std::int64_t start_ms = 0;  // UTC, inclusive
    std::int64_t end_ms = 0;    // UTC, exclusive
    std::int64_t step_ms = 900'000;
};

/// Throws InputError for a step outside 1 s..1 h, an empty period or a step that does not divide it.
void validatePeriod(const SimulationPeriod& period);

struct SimulationInputs {
    SiteConfig site;                          // the site the inputs were prepared for
    std::int64_t start_ms = 0;                // the period they cover (any step may run on them)
    std::int64_t end_ms = 0;
    WeatherYear weather;
    std::vector<pv::PvYearProfile> pv_years;  // every calendar year of [start_ms, end_ms), in order
    std::unique_ptr<const ItLoadModel> it_load;  // read through a per-run cursor
    HourlySeries price;
    HourlySeries carbon;
};

/// The site's weather: the PVGIS TMY that inputs.weather_file names, refused (InputError naming
/// the file, both coordinates and the site's) when it lies more than 0.5 deg from the site's
/// location, or the bundled TMY when no file is named.
WeatherYear siteWeather(const SiteConfig& site);

/// Loads or builds every input series the site names, for the period (its step is only
/// validated). Throws InputError for a bad input file or an impossible period.
std::shared_ptr<const SimulationInputs> prepareSimulationInputs(const SiteConfig& site,
                                                                const SimulationPeriod& period);

/// Throws InputError(file "", where = the first parameter path that differs, expected = the
/// value the inputs were prepared for, found = the site's value) unless `site` and `period` may
/// run on `inputs`. Must equal: location latitude/longitude/elevation, every pv_arrays field
/// and the array count, the cluster's job-model fields and recorded_load_file, seed, inputs.*,
/// and the period's start and end. May differ: name, location.time_zone, bess.*, grid.*
/// (limits and tariff), controller.*, the cooling and fixed loads applied at each step
/// (cluster.pue_min, pue_slope_per_c, free_cooling_c, facility_fixed_kw), and the step.
void checkInputsMatch(const SimulationInputs& inputs, const SiteConfig& site, const SimulationPeriod& period);

} // namespace gridtwin
