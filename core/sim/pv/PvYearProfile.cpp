#include "sim/pv/PvYearProfile.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/pv/CellTemperature.h"
#include "sim/pv/Irradiance.h"
#include "sim/pv/PvWatts.h"
#include "sim/pv/SolarPosition.h"

#include <cmath>

namespace gridtwin::pv {

namespace {

void requireRange(bool ok, std::size_t index, const char* field, const std::string& expected, double value) {
    if (ok) return;
    throw InputError("", "$.pv_arrays[" + std::to_string(index) + "]." + field, expected,
                     std::to_string(value));
}

double skyDiffuse(const PvArrayConfig& array, const SunAndWeather& in) {
    SkyInput sky;
    sky.surface_tilt_deg = array.tilt_deg;
    sky.surface_azimuth_deg = array.azimuth_deg;
    sky.solar_zenith_deg = in.apparent_zenith_deg;
    sky.solar_azimuth_deg = in.azimuth_deg;
    sky.dni_w_m2 = in.dni_w_m2;
    sky.ghi_w_m2 = in.ghi_w_m2;
    sky.dhi_w_m2 = in.dhi_w_m2;
    sky.dni_extra_w_m2 = extraterrestrialIrradiance(in.day_of_year);
    sky.airmass_relative = relativeAirmass(in.apparent_zenith_deg);
    switch (array.transposition) {
    case TranspositionModel::Isotropic: return skyDiffuseIsotropic(array.tilt_deg, in.dhi_w_m2);
    case TranspositionModel::HayDavies: return skyDiffuseHayDavies(sky);
    case TranspositionModel::Perez: break;
    }
    return skyDiffusePerez(sky);
}

double cellTemperature(const PvArrayConfig& array, double poa_global, const SunAndWeather& in) {
    switch (array.cell_temperature) {
    case CellTemperatureModel::Sapm: // rack-mounted roof arrays: open_rack_glass_polymer
        return sapmCellTemperature(poa_global, in.temp_air_c, in.wind_mps, kSapmOpenRackGlassPolymer);
    case CellTemperatureModel::Pvsyst: return pvsystCellTemperature(poa_global, in.temp_air_c, in.wind_mps);
    case CellTemperatureModel::Faiman: break;
    }
    return faimanCellTemperature(poa_global, in.temp_air_c, in.wind_mps);
}

} // namespace

void validatePvArray(const PvArrayConfig& a, std::size_t i) {
    requireRange(a.dc_capacity_kwp > 0.0 && std::isfinite(a.dc_capacity_kwp), i, "dc_capacity_kwp", "a DC capacity > 0 kWp", a.dc_capacity_kwp);
    requireRange(a.inverter_ac_limit_kw > 0.0 && std::isfinite(a.inverter_ac_limit_kw), i, "inverter_ac_limit_kw", "an AC limit > 0 kW", a.inverter_ac_limit_kw);
    requireRange(a.inverter_eta_nom > 0.0 && a.inverter_eta_nom <= 1.0, i, "inverter_eta_nom", "an efficiency in (0, 1]", a.inverter_eta_nom);
    requireRange(a.tilt_deg >= 0.0 && a.tilt_deg <= 90.0, i, "tilt_deg", "a tilt between 0 and 90 deg", a.tilt_deg);
    requireRange(a.azimuth_deg >= 0.0 && a.azimuth_deg <= 360.0, i, "azimuth_deg", "an azimuth between 0 and 360 deg (180 = S)", a.azimuth_deg);
    requireRange(a.gamma_pdc_per_c > -0.02 && a.gamma_pdc_per_c <= 0.0, i, "gamma_pdc_per_c", "a temperature coefficient between -0.02 and 0 per degC", a.gamma_pdc_per_c);
    requireRange(a.system_losses_pct >= 0.0 && a.system_losses_pct < 100.0, i, "system_losses_pct", "losses between 0 and 100 %", a.system_losses_pct);
    requireRange(a.albedo >= 0.0 && a.albedo <= 1.0, i, "albedo", "an albedo between 0 and 1", a.albedo);
}

PvArrayHour computePvArrayHour(const PvArrayConfig& array, const SunAndWeather& in) {
    PvArrayHour out;
    out.aoi_deg = aoi(array.tilt_deg, array.azimuth_deg, in.apparent_zenith_deg, in.azimuth_deg);
    const PoaComponents poa = poaComponents(out.aoi_deg, in.dni_w_m2, skyDiffuse(array, in),
                                            groundDiffuse(array.tilt_deg, in.ghi_w_m2, array.albedo));
    out.poa_global = poa.poa_global;
    out.poa_direct = poa.poa_direct;
    out.poa_diffuse = poa.poa_diffuse;
    // pvlib ModelChain: effective = poa_direct × IAM + poa_diffuse (diffuse IAM ignored)
    out.effective_irradiance = poa.poa_direct * iamPhysical(out.aoi_deg) + poa.poa_diffuse;
    out.cell_temp_c = cellTemperature(array, poa.poa_global, in);
    const double pdc = pvwattsDc(out.effective_irradiance, out.cell_temp_c, array.dc_capacity_kwp,
                                 array.gamma_pdc_per_c);
    out.pdc_kw = pdc * (1.0 - array.system_losses_pct / 100.0);
    // PVWatts inverter: pdc0 is the DC input limit, so that pac0 = eta_nom × pdc0 = AC limit
    out.pac_kw = pvwattsInverter(out.pdc_kw, array.inverter_ac_limit_kw / array.inverter_eta_nom,
                                 array.inverter_eta_nom);
    return out;
}

PvYearProfile computePvYearProfile(const SiteConfig& site, const WeatherYear& weather, int year) {
    if (year < 1901 || year > 2199)
        throw InputError(weather.file_path, "simulation year", "a year between 1901 and 2199", std::to_string(year));
    for (std::size_t i = 0; i < site.pv_arrays.size(); ++i) validatePvArray(site.pv_arrays[i], i);

    PvYearProfile p;
    p.start_ms = msFromCivil(CivilTime{year, 1, 1, 0, 0, 0, 0});
    p.hours = isLeapYear(year) ? 8784 : 8760;
    p.weather_label = weather.source_label;
    const auto n = static_cast<std::size_t>(p.hours);
    p.pv_ac_kw.assign(n, 0.0f);
    p.ambient_c.assign(n, 0.0f);
    p.ghi_w_m2.assign(n, 0.0f);
    const auto offset_ms = static_cast<std::int64_t>(std::llround(weather.irradiance_time_offset_h * 3600000.0));
    const std::int64_t jan1_days = daysFromCivil(year, 1, 1);

    for (std::size_t h = 0; h < n; ++h) {
        const std::int64_t t = p.start_ms + static_cast<std::int64_t>(h) * kMsPerHour;
        const CivilTime c = civilFromMs(t);
        const int day = (c.month == 2 && c.day == 29) ? 28 : c.day; // leap day reuses 28 February
        const WeatherHour& w = weather.hours[static_cast<std::size_t>(tmyHourIndex(c.month, day, c.hour))];
        p.ambient_c[h] = w.temp_air_c;
        p.ghi_w_m2[h] = w.ghi_w_m2;
        if (w.ghi_w_m2 <= 0.0f && w.dni_w_m2 <= 0.0f && w.dhi_w_m2 <= 0.0f) continue; // night

        SolarPositionInput spa;
        spa.time_ms = t + offset_ms; // satellite scan time (physics.md 2.1)
        spa.latitude_deg = site.location.latitude_deg;
        spa.longitude_deg = site.location.longitude_deg;
        spa.elevation_m = site.location.elevation_m;
        spa.pressure_mbar = static_cast<double>(w.pressure_pa) / 100.0;
        spa.temperature_c = static_cast<double>(w.temp_air_c);
        const SolarPosition sun = computeSolarPosition(spa);

        SunAndWeather in;
        in.apparent_zenith_deg = sun.apparent_zenith_deg;
        in.azimuth_deg = sun.azimuth_deg;
        in.day_of_year = static_cast<int>(daysFromCivil(c.year, c.month, c.day) - jan1_days) + 1;
        in.ghi_w_m2 = static_cast<double>(w.ghi_w_m2);
        in.dni_w_m2 = static_cast<double>(w.dni_w_m2);
        in.dhi_w_m2 = static_cast<double>(w.dhi_w_m2);
        in.temp_air_c = static_cast<double>(w.temp_air_c);
        in.wind_mps = static_cast<double>(w.wind_mps);
        double total = 0.0;
        for (const PvArrayConfig& array : site.pv_arrays) total += computePvArrayHour(array, in).pac_kw;
        p.pv_ac_kw[h] = static_cast<float>(total);
    }
    return p;
}

} // namespace gridtwin::pv
