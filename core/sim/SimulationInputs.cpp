#include "sim/SimulationInputs.h"

#include "model/InputError.h"
#include "model/ParameterTable.h"
#include "model/TimeUtc.h"
#include "sim/GpuClusterLoad.h"
#include "sim/RecordedLoadSeries.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

namespace gridtwin {

namespace {

HourlySeries loadSeries(const std::string& file, bool price, std::int64_t from_ms, std::int64_t to_ms) {
    if (file.empty()) return price ? builtinPriceProfile(from_ms, to_ms) : builtinCarbonProfile(from_ms, to_ms);
    HourlySeries s = price ? readPriceCsv(file) : readCarbonCsv(file);
    if (!s.covers(from_ms, to_ms)) {
        throw InputError(file, "time_utc", "hourly values covering " + formatIsoUtc(from_ms) + " to " + formatIsoUtc(to_ms),
                         s.values.empty() ? std::string() : formatIsoUtc(s.start_ms) + " + " + std::to_string(s.values.size()) + " h");
    }
    return s;
}

// Parameters a run applies itself at each step: they never enter the prepared series.
bool appliedPerRun(std::string_view path) {
    constexpr std::array<std::string_view, 9> kPerRun{
        "name", "location.time_zone", "bess.", "grid.", "controller.", "cluster.pue_min",
        "cluster.pue_slope_per_c", "cluster.free_cooling_c", "cluster.facility_fixed_kw"};
    for (std::string_view p : kPerRun)
        if (path.starts_with(p)) return true;
    return false;
}

// A TMY of another place would give this site's sun another place's weather: refuse a named
// file whose own coordinates are more than half a degree (about 50 km) away. The bundled TMY (no
// file named) is the documented stand-in for any site and is not checked.
void checkWeatherLocation(const WeatherYear& w, const SiteConfig& site) {
    constexpr double kToleranceDeg = 0.5;
    const double dlat = std::fabs(w.latitude_deg - site.location.latitude_deg);
    double dlon = std::fabs(w.longitude_deg - site.location.longitude_deg);
    dlon = std::min(dlon, 360.0 - dlon);
    if (dlat <= kToleranceDeg && dlon <= kToleranceDeg) return;
    char expected[160];
    char found[64];
    std::snprintf(expected, sizeof expected,
                  "a TMY for the site's location.latitude_deg %.3f, location.longitude_deg %.3f "
                  "(within 0.5 deg)",
                  site.location.latitude_deg, site.location.longitude_deg);
    std::snprintf(found, sizeof found, "%.3f, %.3f", w.latitude_deg, w.longitude_deg);
    throw InputError(site.inputs.weather_file, "latitude, longitude of the TMY", expected, found);
}

} // namespace

void validatePeriod(const SimulationPeriod& p) {
    if (p.step_ms < 1000 || p.step_ms > 3'600'000)
        throw InputError("", "--step", "a step from 1 s to 3600 s", std::to_string(static_cast<double>(p.step_ms) / 1000.0) + " s");
    if (p.end_ms <= p.start_ms)
        throw InputError("", "--to", "an end after the start " + formatIsoUtc(p.start_ms), formatIsoUtc(p.end_ms));
    if ((p.end_ms - p.start_ms) % p.step_ms != 0)
        throw InputError("", "--step", "a step that divides the period evenly", std::to_string(p.step_ms / 1000) + " s");
}

WeatherYear siteWeather(const SiteConfig& site) {
    if (site.inputs.weather_file.empty()) return loadReferenceWeather();
    WeatherYear w = readPvgisTmy(site.inputs.weather_file);
    checkWeatherLocation(w, site);
    return w;
}

std::shared_ptr<const SimulationInputs> prepareSimulationInputs(const SiteConfig& site, const SimulationPeriod& period) {
    validatePeriod(period);
    auto in = std::make_shared<SimulationInputs>();
    in->site = site;
    in->start_ms = period.start_ms;
    in->end_ms = period.end_ms;
    in->weather = siteWeather(site);
    in->price = loadSeries(site.inputs.price_file, true, period.start_ms, period.end_ms);
    in->carbon = loadSeries(site.inputs.carbon_file, false, period.start_ms, period.end_ms);
    if (site.cluster.recorded_load_file.empty())
        in->it_load = std::make_unique<GpuClusterLoad>(site.cluster, site.seed, period.start_ms, period.end_ms);
    else
        in->it_load = std::make_unique<RecordedLoadSeries>(site.cluster.recorded_load_file, period.start_ms, period.end_ms);
    const int last_year = civilFromMs(period.end_ms - 1).year;
    for (int year = civilFromMs(period.start_ms).year; year <= last_year; ++year)
        in->pv_years.push_back(pv::computePvYearProfile(site, in->weather, year));
    return in;
}

void checkInputsMatch(const SimulationInputs& inputs, const SiteConfig& site, const SimulationPeriod& period) {
    if (period.start_ms != inputs.start_ms)
        throw InputError("", "period.start", "the start the inputs were prepared for, " + formatIsoUtc(inputs.start_ms),
                         formatIsoUtc(period.start_ms));
    if (period.end_ms != inputs.end_ms)
        throw InputError("", "period.end", "the end the inputs were prepared for, " + formatIsoUtc(inputs.end_ms),
                         formatIsoUtc(period.end_ms));
    if (site.pv_arrays.size() != inputs.site.pv_arrays.size())
        throw InputError("", "pv_arrays", std::to_string(inputs.site.pv_arrays.size()) + " PV arrays (as prepared)",
                         std::to_string(site.pv_arrays.size()) + " PV arrays");
    for (const ParameterInfo& p : siteParameters()) {
        if (appliedPerRun(p.path)) continue;
        const std::size_t arrays = p.perPvArray() ? site.pv_arrays.size() : 1;
        for (std::size_t i = 0; i < arrays; ++i) {
            const ParameterValue prepared = p.get(inputs.site, i);
            const ParameterValue found = p.get(site, i);
            if (prepared == found) continue;
            std::string where = p.path;
            if (p.perPvArray()) where = "pv_arrays[" + std::to_string(i) + "]." + p.path.substr(12);
            throw InputError("", where, formatParameterValue(prepared) + " (the value the inputs were prepared for)",
                             formatParameterValue(found));
        }
    }
}

} // namespace gridtwin
