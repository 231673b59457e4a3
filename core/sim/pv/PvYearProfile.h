#pragma once
// Yearly PV production of a site from a TMY: for each hour, NREL SPA -> AOI -> POA transposition
// (isotropic, Hay-Davies or Perez) -> physical IAM on the beam -> cell temperature -> PVWatts DC
// -> PVWatts losses -> PVWatts inverter, clipped at each array's AC limit. Same chain as pvlib's
// ModelChain with the pvwatts models; the diffuse IAM is taken as 1 (as pvlib does by default).

#include "io/PvgisTmyReader.h"
#include "model/SiteConfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gridtwin::pv {

/// One hour of sun and weather as the array chain needs it.
struct SunAndWeather {
    double apparent_zenith_deg = 90.0;
    double azimuth_deg = 180.0;   // 0 = N, 90 = E
    int day_of_year = 1;          // for the extraterrestrial irradiance
    double ghi_w_m2 = 0.0;
    double dni_w_m2 = 0.0;
    double dhi_w_m2 = 0.0;
    double temp_air_c = 20.0;
    double wind_mps = 1.0;
};

/// Intermediate results of one array for one hour (kW for powers).
struct PvArrayHour {
    double aoi_deg = 0.0;
    double poa_global = 0.0;
    double poa_direct = 0.0;
    double poa_diffuse = 0.0;
    double effective_irradiance = 0.0;  // beam × IAM + diffuse
    double cell_temp_c = 0.0;
    double pdc_kw = 0.0;                // after the PVWatts losses
    double pac_kw = 0.0;                // inverter output, <= inverter_ac_limit_kw
};

/// Runs the chain for one array and hour. Assumes a validated array (see validatePvArray).
PvArrayHour computePvArrayHour(const PvArrayConfig& array, const SunAndWeather& in);

/// Throws InputError ("$.pv_arrays[i].field") when a field is outside its physical range.
void validatePvArray(const PvArrayConfig& array, std::size_t index);

struct PvYearProfile {
    std::int64_t start_ms = 0;      // Jan 1 00:00 UTC of the year
    int hours = 0;                  // 8760 or 8784
    std::vector<float> pv_ac_kw;    // available AC power of all arrays at each hour stamp
    std::vector<float> ambient_c;
    std::vector<float> ghi_w_m2;
    std::string weather_label;
};

/// Maps the TMY onto `year` by (month, day, hour), reusing 28 February for 29 February, and
/// evaluates the sun at each stamp + the file's irradiance time offset. Geometry uses
/// site.location; the sun's refraction uses the hour's pressure and air temperature.
PvYearProfile computePvYearProfile(const SiteConfig& site, const WeatherYear& weather, int year);

} // namespace gridtwin::pv
