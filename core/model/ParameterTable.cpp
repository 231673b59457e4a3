#include "model/ParameterTable.h"

#include "model/InputError.h"
#include "model/LiveSourceText.h"
#include "model/LocalTime.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace gridtwin {

namespace {

// Accessors are written once as generic lambdas that work on a const or a mutable SiteConfig.
#define GT_SITE(expr) [](auto& c, std::size_t) -> auto& { return c.expr; }
#define GT_PV(field) [](auto& c, std::size_t i) -> auto& { return c.pv_arrays[i].field; }
#define GT_DEV(field) [](auto& c, std::size_t i) -> auto& { return c.data_sources.devices[i].field; }

template <class F>
ParameterInfo number(std::string path, std::string unit, double lo, double hi, std::string desc, F ref) {
    ParameterInfo p;
    p.path = std::move(path);
    p.unit = std::move(unit);
    p.min = lo;
    p.max = hi;
    p.description = std::move(desc);
    p.get = [ref](const SiteConfig& c, std::size_t i) -> ParameterValue { return ref(c, i); };
    p.set = [ref](SiteConfig& c, std::size_t i, const ParameterValue& v) { ref(c, i) = std::get<double>(v); };
    return p;
}

template <class F>
ParameterInfo integer(std::string path, std::string unit, double lo, double hi, std::string desc, F ref) {
    ParameterInfo p;
    p.path = std::move(path);
    p.kind = ParameterKind::Integer;
    p.unit = std::move(unit);
    p.min = lo;
    p.max = hi;
    p.description = std::move(desc);
    p.get = [ref](const SiteConfig& c, std::size_t i) -> ParameterValue {
        return static_cast<std::int64_t>(ref(c, i));
    };
    p.set = [ref](SiteConfig& c, std::size_t i, const ParameterValue& v) {
        using T = std::remove_reference_t<decltype(ref(c, i))>;
        ref(c, i) = static_cast<T>(std::get<std::int64_t>(v));
    };
    return p;
}

template <class F>
ParameterInfo boolean(std::string path, std::string desc, F ref) {
    ParameterInfo p;
    p.path = std::move(path);
    p.kind = ParameterKind::Bool;
    p.description = std::move(desc);
    p.get = [ref](const SiteConfig& c, std::size_t i) -> ParameterValue { return static_cast<bool>(ref(c, i)); };
    p.set = [ref](SiteConfig& c, std::size_t i, const ParameterValue& v) { ref(c, i) = std::get<bool>(v); };
    return p;
}

template <class F>
ParameterInfo text(std::string path, std::string desc, F ref, bool file = false) {
    ParameterInfo p;
    p.path = std::move(path);
    p.kind = ParameterKind::String;
    p.is_file_path = file;
    p.description = std::move(desc);
    p.get = [ref](const SiteConfig& c, std::size_t i) -> ParameterValue { return ref(c, i); };
    p.set = [ref](SiteConfig& c, std::size_t i, const ParameterValue& v) { ref(c, i) = std::get<std::string>(v); };
    return p;
}

template <class F>
ParameterInfo choice(std::string path, std::vector<std::string> choices, std::string desc, F ref) {
    ParameterInfo p;
    p.path = std::move(path);
    p.kind = ParameterKind::Enum;
    p.choices = std::move(choices);
    p.description = std::move(desc);
    p.get = [ref, names = p.choices](const SiteConfig& c, std::size_t i) -> ParameterValue {
        return names.at(static_cast<std::size_t>(ref(c, i)));
    };
    p.set = [ref, names = p.choices](SiteConfig& c, std::size_t i, const ParameterValue& v) {
        using E = std::remove_reference_t<decltype(ref(c, i))>;
        const auto it = std::find(names.begin(), names.end(), std::get<std::string>(v));
        ref(c, i) = static_cast<E>(it - names.begin());
    };
    return p;
}

constexpr double kBig = 1e7;                 // 10 GW / 10 GWh: far above any single site
// The table's inclusive minimum for a value the engine needs above 0 (1 Wh, 1 W).
constexpr double kSmallPositive = 0.001;
constexpr double kMaxSeed = 9007199254740991; // 2^53 - 1: exact in JSON doubles

std::vector<ParameterInfo> buildTable() {
    std::vector<ParameterInfo> t;
    t.push_back(text("name", "Site name shown in the UI and reports", GT_SITE(name)));
    t.push_back(integer("seed", "", 0, kMaxSeed, "Random seed of the load model (same seed, same run)", GT_SITE(seed)));
    // Location
    t.push_back(number("location.latitude_deg", "deg", -90, 90, "Site latitude, north positive", GT_SITE(location.latitude_deg)));
    t.push_back(number("location.longitude_deg", "deg", -180, 180, "Site longitude, east positive", GT_SITE(location.longitude_deg)));
    t.push_back(number("location.elevation_m", "m", -500, 9000, "Site elevation above sea level", GT_SITE(location.elevation_m)));
    t.push_back(text("location.time_zone", "IANA time zone of the site (tariff windows, billing periods, reports)", GT_SITE(location.time_zone)));
    // PV arrays
    t.push_back(text("pv_arrays[].name", "Name of the PV array", GT_PV(name)));
    t.push_back(number("pv_arrays[].dc_capacity_kwp", "kWp", 0, kBig, "DC nameplate power of the array at STC", GT_PV(dc_capacity_kwp)));
    t.push_back(number("pv_arrays[].inverter_ac_limit_kw", "kW", 0, kBig, "Inverter AC limit (PVWatts pac0); output clips here", GT_PV(inverter_ac_limit_kw)));
    t.push_back(number("pv_arrays[].inverter_eta_nom", "", 0.5, 1, "Nominal inverter efficiency (PVWatts eta_inv_nom)", GT_PV(inverter_eta_nom)));
    t.push_back(number("pv_arrays[].tilt_deg", "deg", 0, 90, "Module tilt from horizontal", GT_PV(tilt_deg)));
    t.push_back(number("pv_arrays[].azimuth_deg", "deg", 0, 360, "Module azimuth, pvlib convention: 0 = N, 90 = E, 180 = S", GT_PV(azimuth_deg)));
    t.push_back(number("pv_arrays[].gamma_pdc_per_c", "1/C", -0.01, 0, "PVWatts temperature coefficient of DC power", GT_PV(gamma_pdc_per_c)));
    t.push_back(number("pv_arrays[].system_losses_pct", "%", 0, 99, "PVWatts system losses (soiling, wiring, mismatch ...)", GT_PV(system_losses_pct)));
    t.push_back(number("pv_arrays[].albedo", "", 0, 1, "Ground reflectance for the plane-of-array ground term", GT_PV(albedo)));
    t.push_back(choice("pv_arrays[].transposition", {"isotropic", "hay_davies", "perez"},
                       "Plane-of-array sky-diffuse transposition model", GT_PV(transposition)));
    t.push_back(choice("pv_arrays[].cell_temperature", {"faiman", "sapm", "pvsyst"},
                       "Cell temperature model", GT_PV(cell_temperature)));
    // Battery
    t.push_back(number("bess.capacity_kwh", "kWh", kSmallPositive, kBig, "Usable nameplate energy of the battery", GT_SITE(bess.capacity_kwh)));
    t.push_back(number("bess.power_kw", "kW", kSmallPositive, kBig, "PCS AC power rating, charge and discharge", GT_SITE(bess.power_kw)));
    t.push_back(number("bess.max_c_rate", "1/h", 0.01, 10, "Power limit as a fraction of capacity per hour", GT_SITE(bess.max_c_rate)));
    t.push_back(number("bess.round_trip_efficiency", "", 0.5, 1, "DC round-trip efficiency; charge and discharge each take its square root", GT_SITE(bess.round_trip_efficiency)));
    t.push_back(number("bess.pcs_eta_nom", "", 0.5, 1, "Nominal PCS efficiency (PVWatts inverter curve form)", GT_SITE(bess.pcs_eta_nom)));
    t.push_back(number("bess.soc_min_pct", "%", 0, 100, "Lowest state of charge the battery may reach", GT_SITE(bess.soc_min_pct)));
    t.push_back(number("bess.soc_max_pct", "%", 0, 100, "Highest state of charge the battery may reach", GT_SITE(bess.soc_max_pct)));
    t.push_back(number("bess.soc_initial_pct", "%", 0, 100, "State of charge at the start of a simulation", GT_SITE(bess.soc_initial_pct)));
    t.push_back(number("bess.derate_band_pct", "%", 0, 50, "Power derates linearly within this band of each end of the SoC window", GT_SITE(bess.derate_band_pct)));
    t.push_back(number("bess.aux_fixed_kw", "kW", 0, 1e5, "Auxiliary load (HVAC, BMS) drawn at every step", GT_SITE(bess.aux_fixed_kw)));
    t.push_back(number("bess.aux_per_throughput", "", 0, 0.2, "Extra auxiliary load as a fraction of |battery AC power|", GT_SITE(bess.aux_per_throughput)));
    t.push_back(number("bess.self_discharge_pct_per_month", "%/month", 0, 50, "Self-discharge of the stored energy", GT_SITE(bess.self_discharge_pct_per_month)));
    // Grid and tariff
    t.push_back(number("grid.import_limit_kw", "kW", 0, kBig, "Contracted grid import limit", GT_SITE(grid.import_limit_kw)));
    t.push_back(number("grid.export_limit_kw", "kW", 0, kBig, "Grid export limit; PV is curtailed to respect it", GT_SITE(grid.export_limit_kw)));
    t.push_back(number("grid.tariff.energy_price_eur_per_mwh", "EUR/MWh", -1000, 10000, "Flat energy price used when no price series is given", GT_SITE(grid.tariff.energy_price_eur_per_mwh)));
    t.push_back(number("grid.tariff.export_price_eur_per_mwh", "EUR/MWh", -1000, 10000, "Price paid for exported energy (0 = not paid)", GT_SITE(grid.tariff.export_price_eur_per_mwh)));
    t.push_back(number("grid.tariff.demand_charge_eur_per_kw", "EUR/kW", 0, 10000, "Demand charge per kW of billed peak, per billing period", GT_SITE(grid.tariff.demand_charge_eur_per_kw)));
    t.push_back(integer("grid.tariff.billing_interval_s", "s", 60, 3600, "Averaging interval of the billed peak (900 = 15 min, 3600 = 1 h); must divide a day", GT_SITE(grid.tariff.billing_interval_s)));
    t.push_back(choice("grid.tariff.demand_period", {"monthly", "annual"}, "Billing period of the demand charge (local calendar month or year)", GT_SITE(grid.tariff.demand_period)));
    t.push_back(number("grid.tariff.ratchet_fraction", "", 0, 1, "Billed peak is at least this fraction of the highest earlier peak of the year", GT_SITE(grid.tariff.ratchet_fraction)));
    // GPU cluster
    t.push_back(integer("cluster.node_count", "", 1, 1e6, "Number of GPU nodes", GT_SITE(cluster.node_count)));
    t.push_back(integer("cluster.gpus_per_node", "", 1, 128, "GPUs per node", GT_SITE(cluster.gpus_per_node)));
    t.push_back(number("cluster.gpu_tdp_w", "W", 1, 5000, "GPU thermal design power (full-load power)", GT_SITE(cluster.gpu_tdp_w)));
    t.push_back(number("cluster.gpu_idle_w", "W", 0, 5000, "GPU idle power", GT_SITE(cluster.gpu_idle_w)));
    t.push_back(number("cluster.node_overhead_w", "W", 0, 1e5, "Per-node CPU, NIC, fan and switch power at full load", GT_SITE(cluster.node_overhead_w)));
    t.push_back(number("cluster.node_idle_overhead_w", "W", 0, 1e5, "Per-node overhead power when idle", GT_SITE(cluster.node_idle_overhead_w)));
    t.push_back(number("cluster.pue_min", "", 1, 3, "PUE with free cooling (ambient at or below free_cooling_c)", GT_SITE(cluster.pue_min)));
    t.push_back(number("cluster.pue_slope_per_c", "1/C", 0, 0.1, "PUE rise per degree of ambient above free_cooling_c", GT_SITE(cluster.pue_slope_per_c)));
    t.push_back(number("cluster.free_cooling_c", "C", -20, 40, "Ambient temperature up to which free cooling suffices", GT_SITE(cluster.free_cooling_c)));
    t.push_back(number("cluster.facility_fixed_kw", "kW", 0, 1e5, "Lighting, offices and UPS losses not in the PUE", GT_SITE(cluster.facility_fixed_kw)));
    t.push_back(number("cluster.job_arrival_rate_per_h", "1/h", 0, 1000, "Mean job arrivals per hour (Poisson)", GT_SITE(cluster.job_arrival_rate_per_h)));
    t.push_back(number("cluster.job_duration_median_h", "h", 0.01, 10000, "Median job duration (lognormal)", GT_SITE(cluster.job_duration_median_h)));
    t.push_back(number("cluster.job_duration_sigma", "", 0, 5, "Lognormal shape of job durations", GT_SITE(cluster.job_duration_sigma)));
    t.push_back(integer("cluster.job_min_gpus", "", 1, 1e6, "Smallest job size in GPUs", GT_SITE(cluster.job_min_gpus)));
    t.push_back(number("cluster.hero_job_fraction", "", 0, 1, "Share of GPUs the long hero training run takes", GT_SITE(cluster.hero_job_fraction)));
    t.push_back(number("cluster.hero_job_duration_h", "h", 0, 100000, "Duration of the hero run", GT_SITE(cluster.hero_job_duration_h)));
    t.push_back(number("cluster.target_utilisation", "", 0.01, 1, "Target share of busy GPUs", GT_SITE(cluster.target_utilisation)));
    t.push_back(number("cluster.failure_rate_per_gpu_day", "1/(GPU day)", 0, 1, "Job interruptions per GPU per day", GT_SITE(cluster.failure_rate_per_gpu_day)));
    t.push_back(number("cluster.restart_minutes", "min", 0, 1440, "Time to restart a job after a failure", GT_SITE(cluster.restart_minutes)));
    t.push_back(number("cluster.checkpoint_interval_min", "min", 1, 1440, "Time between checkpoints of a running job", GT_SITE(cluster.checkpoint_interval_min)));
    t.push_back(number("cluster.checkpoint_duration_s", "s", 0, 3600, "Length of the power dip while checkpointing", GT_SITE(cluster.checkpoint_duration_s)));
    t.push_back(number("cluster.ramp_s", "s", 0, 3600, "Start and stop power ramp of a job", GT_SITE(cluster.ramp_s)));
    t.push_back(number("cluster.job_power_fraction", "", 0, 1, "Mean per-GPU power of a running job as a fraction of TDP", GT_SITE(cluster.job_power_fraction)));
    t.push_back(boolean("cluster.iteration_layer", "Add the sub-second compute/communication square wave", GT_SITE(cluster.iteration_layer)));
    t.push_back(number("cluster.iteration_hz", "Hz", 0.01, 100, "Training-iteration frequency of the square wave", GT_SITE(cluster.iteration_hz)));
    t.push_back(number("cluster.iteration_duty", "", 0, 1, "Compute-phase share of each iteration", GT_SITE(cluster.iteration_duty)));
    t.push_back(number("cluster.iteration_low_fraction", "", 0, 1, "Communication-phase GPU power as a fraction of TDP", GT_SITE(cluster.iteration_low_fraction)));
    t.push_back(number("cluster.power_floor_fraction", "", 0, 1, "GB200-style power floor as a fraction of TDP (0 = off)", GT_SITE(cluster.power_floor_fraction)));
    t.push_back(text("cluster.recorded_load_file", "Recorded IT load CSV (time_utc, it_load_kw; e.g. a simulate --out file) that replaces the job model (empty = model)", GT_SITE(cluster.recorded_load_file), true));
    // Controller
    t.push_back(choice("controller.kind", {"none", "peak_shaving", "self_consumption"}, "Battery controller", GT_SITE(controller.kind)));
    t.push_back(number("controller.peak_threshold_kw", "kW", 0, kBig, "Peak shaving: discharge to hold grid import at or below this", GT_SITE(controller.peak_threshold_kw)));
    t.push_back(number("controller.recharge_below_kw", "kW", 0, kBig, "Peak shaving: recharge while grid import without the battery is below this", GT_SITE(controller.recharge_below_kw)));
    t.push_back(number("controller.soc_reserve_pct", "%", 0, 100, "State of charge kept for peak shaving; other goals may not go below", GT_SITE(controller.soc_reserve_pct)));
    t.push_back(boolean("controller.month_peak_floor", "Do not shave below the month-to-date billing peak", GT_SITE(controller.month_peak_floor)));
    t.push_back(number("controller.grid_target_kw", "kW", -kBig, kBig, "Self-consumption: grid power to balance to", GT_SITE(controller.grid_target_kw)));
    // Input series
    t.push_back(text("inputs.weather_file", "PVGIS TMY file (CSV or JSON); empty = bundled TMY for 45 N, 8 E", GT_SITE(inputs.weather_file), true));
    t.push_back(text("inputs.price_file", "Hourly price CSV in EUR/MWh; empty = built-in example profile", GT_SITE(inputs.price_file), true));
    t.push_back(text("inputs.carbon_file", "Hourly carbon-intensity CSV in gCO2e/kWh; empty = built-in example profile", GT_SITE(inputs.carbon_file), true));
    // Data sources (the device list is in deviceParameters())
    t.push_back(text("data_sources.live_source",
                     "Live source the console opens for this site: sim, devices (the device list), devices:HOST:PORT, "
                     "replay:FILE, prometheus:URL or dcgm:URL", GT_SITE(data_sources.live_source)));
    const SiteConfig defaults;
    for (auto& p : t) p.default_value = p.get(defaults, 0);
    return t;
}

std::vector<ParameterInfo> buildDeviceTable() {
    std::vector<ParameterInfo> t;
    t.push_back(choice("data_sources.devices[].role", {"inverter", "storage", "meter"},
                       "What the device measures: PV inverter, battery storage or the site grid meter (one device per role)",
                       GT_DEV(role)));
    t.push_back(text("data_sources.devices[].host", "Host name or IP address of the device or its Modbus TCP gateway",
                     GT_DEV(host)));
    t.push_back(integer("data_sources.devices[].port", "", 1, 65535, "Modbus TCP port (502 is the standard port)",
                        GT_DEV(port)));
    t.push_back(integer("data_sources.devices[].unit_id", "", 1, 247, "Modbus unit id of the device behind the gateway",
                        GT_DEV(unit_id)));
    t.push_back(integer("data_sources.devices[].poll_interval_ms", "ms", 100, 3600000, "How often the device is read",
                        GT_DEV(poll_interval_ms)));
    SiteConfig defaults;
    defaults.data_sources.devices = {FieldDeviceConfig{}};
    for (auto& p : t) p.default_value = p.get(defaults, 0);
    return t;
}

#undef GT_SITE
#undef GT_PV
#undef GT_DEV

std::string numberText(double v) {
    char buf[64];
    // Whole numbers in plain digits ("10000000", not "1e+07"); others shortest round-trip.
    const bool whole = std::abs(v) < 1e15 && v == std::trunc(v);
    const auto r = whole ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed)
                         : std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

struct ResolvedPath {
    const ParameterInfo* info = nullptr;
    std::size_t index = 0;
};

// "pv_arrays[2].tilt_deg" -> ("pv_arrays[].tilt_deg", 2); throws InputError for bad names.
ResolvedPath resolve(const SiteConfig& site, std::string_view path) {
    const std::string where = "--set " + std::string(path);
    std::string table_path(path);
    std::size_t index = 0;
    constexpr std::string_view kPv = "pv_arrays[";
    if (path.rfind(kPv, 0) == 0) {
        const auto close = path.find(']');
        const std::string_view digits = close == std::string_view::npos ? std::string_view{}
                                                                         : path.substr(kPv.size(), close - kPv.size());
        const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), index);
        if (digits.empty() || r.ec != std::errc() || r.ptr != digits.data() + digits.size())
            throw InputError("", where, "an array index such as pv_arrays[0].tilt_deg", std::string(path));
        table_path = "pv_arrays[]" + std::string(path.substr(close + 1));
    }
    const ParameterInfo* info = findParameter(table_path);
    if (!info) {
        std::vector<std::string> names;
        for (const auto& p : siteParameters()) names.push_back(p.path);
        const auto near = closeMatches(table_path, names);
        std::string expected = "a known parameter name";
        for (std::size_t i = 0; i < near.size(); ++i) {
            std::string shown = near[i];
            if (shown.rfind("pv_arrays[]", 0) == 0) shown.insert(10, "0"); // as typed on the command line
            expected += (i == 0 ? " (did you mean " : " or ") + shown;
        }
        if (!near.empty()) expected += "?)";
        throw InputError("", where, expected + "; see docs/site-config.md", std::string(path));
    }
    if (info->perPvArray() && index >= site.pv_arrays.size())
        throw InputError("", where,
                         "a PV array index below " + std::to_string(site.pv_arrays.size()) +
                             " (the site has " + std::to_string(site.pv_arrays.size()) + " PV arrays)",
                         std::to_string(index));
    return {info, index};
}

} // namespace

std::string ParameterInfo::expectedText() const {
    const std::string u = unit.empty() ? "" : " " + unit;
    switch (kind) {
    case ParameterKind::Number: return "a number from " + numberText(min) + " to " + numberText(max) + u;
    case ParameterKind::Integer: return "an integer from " + numberText(min) + " to " + numberText(max) + u;
    case ParameterKind::Bool: return "true or false";
    case ParameterKind::Enum: {
        std::string s = "one of ";
        for (std::size_t i = 0; i < choices.size(); ++i) s += (i ? ", " : "") + choices[i];
        return s;
    }
    case ParameterKind::String:
        if (path == "location.time_zone") return "an IANA time zone name such as Europe/Rome";
        if (path == "data_sources.live_source") return liveSourceForms();
        if (path == "data_sources.devices[].host") return "a host name or IP address such as 192.168.1.20";
        return "a string";
    }
    return {};
}

const std::vector<ParameterInfo>& siteParameters() {
    static const std::vector<ParameterInfo> table = buildTable();
    return table;
}

namespace {

const ParameterInfo* findIn(const std::vector<ParameterInfo>& table, std::string_view table_path) {
    for (const auto& p : table)
        if (p.path == table_path) return &p;
    return nullptr;
}

// What a validating parser expects when it refuses the text; "" when it accepts it.
template <class Parse>
std::string refusalOf(Parse&& parse) {
    try {
        parse();
    } catch (const InputError& e) {
        return e.expected();
    }
    return "";
}

} // namespace

const ParameterInfo* findParameter(std::string_view table_path) { return findIn(siteParameters(), table_path); }

const ParameterInfo* findDeviceParameter(std::string_view table_path) {
    return findIn(deviceParameters(), table_path);
}

const std::vector<ParameterInfo>& deviceParameters() {
    static const std::vector<ParameterInfo> table = buildDeviceTable();
    return table;
}

std::string checkParameterValue(const ParameterInfo& info, const ParameterValue& value) {
    switch (info.kind) {
    case ParameterKind::Number: {
        const double* v = std::get_if<double>(&value);
        return v && std::isfinite(*v) && *v >= info.min && *v <= info.max ? "" : info.expectedText();
    }
    case ParameterKind::Integer: {
        const std::int64_t* v = std::get_if<std::int64_t>(&value);
        return v && static_cast<double>(*v) >= info.min && static_cast<double>(*v) <= info.max ? ""
                                                                                               : info.expectedText();
    }
    case ParameterKind::Bool: return std::holds_alternative<bool>(value) ? "" : info.expectedText();
    case ParameterKind::Enum: {
        const std::string* v = std::get_if<std::string>(&value);
        return v && std::find(info.choices.begin(), info.choices.end(), *v) != info.choices.end()
                   ? ""
                   : info.expectedText();
    }
    case ParameterKind::String: {
        const std::string* v = std::get_if<std::string>(&value);
        if (!v) return info.expectedText();
        if (info.path == "location.time_zone") return refusalOf([&] { LocalTime zone(*v); });
        if (info.path == "data_sources.live_source") return refusalOf([&] { (void)parseLiveSourceText(*v); });
        if (info.path == "data_sources.devices[].host" &&
            (v->empty() || v->find_first_of(" \t\r\n") != std::string::npos))
            return info.expectedText();
        return "";
    }
    }
    return info.expectedText();
}

bool parseParameterText(const ParameterInfo& info, std::string_view text, ParameterValue& out) {
    const char* first = text.data();
    const char* last = text.data() + text.size();
    switch (info.kind) {
    case ParameterKind::Number: {
        double v = 0.0;
        const auto r = std::from_chars(first, last, v);
        if (text.empty() || r.ec != std::errc() || r.ptr != last) return false;
        out = v;
        return true;
    }
    case ParameterKind::Integer: {
        std::int64_t v = 0;
        const auto r = std::from_chars(first, last, v);
        if (text.empty() || r.ec != std::errc() || r.ptr != last) return false;
        out = v;
        return true;
    }
    case ParameterKind::Bool: {
        const std::string t = lowerAscii(text);
        if (t == "true" || t == "1" || t == "yes" || t == "on") out = true;
        else if (t == "false" || t == "0" || t == "no" || t == "off") out = false;
        else return false;
        return true;
    }
    case ParameterKind::Enum: out = lowerAscii(text); return true;
    case ParameterKind::String: out = std::string(text); return true;
    }
    return false;
}

std::string formatParameterValue(const ParameterValue& value) {
    if (const double* d = std::get_if<double>(&value)) return numberText(*d);
    if (const std::int64_t* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const bool* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    return std::get<std::string>(value);
}

void setParameter(SiteConfig& site, std::string_view path, std::string_view value_text) {
    const ResolvedPath r = resolve(site, path);
    const std::string where = "--set " + std::string(path);
    ParameterValue v;
    if (!parseParameterText(*r.info, value_text, v))
        throw InputError("", where, r.info->expectedText(), std::string(value_text));
    const std::string problem = checkParameterValue(*r.info, v);
    if (!problem.empty()) throw InputError("", where, problem, std::string(value_text));
    r.info->set(site, r.index, v);
}

std::string getParameterText(const SiteConfig& site, std::string_view path) {
    const ResolvedPath r = resolve(site, path);
    return formatParameterValue(r.info->get(site, r.index));
}

std::vector<std::string> closeMatches(std::string_view name, const std::vector<std::string>& candidates) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    const std::string lname = lowerAscii(name);
    // A typo of a few letters, or the right leaf name under the wrong group.
    const auto leaf = [](std::string_view s) { return s.substr(s.rfind('.') + 1); };
    for (const auto& c : candidates) {
        std::size_t d = editDistance(lname, lowerAscii(c));
        if (leaf(c) == leaf(lname)) d = std::min<std::size_t>(d, 1);
        const std::string lc = lowerAscii(c);
        if (std::min(lname.size(), lc.size()) >= 3 && (lc.rfind(lname, 0) == 0 || lname.rfind(lc, 0) == 0))
            d = std::min<std::size_t>(d, 2);
        const std::size_t limit = std::max<std::size_t>(2, std::min(name.size(), c.size()) / 3);
        if (d <= limit) scored.emplace_back(d, c);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.push_back(scored[i].second);
    return out;
}

} // namespace gridtwin
