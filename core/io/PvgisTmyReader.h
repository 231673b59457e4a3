#pragma once
// Reader for PVGIS typical-meteorological-year files (CSV and JSON, as served by the PVGIS 5.x
// tmy API). Bad files throw gridtwin::InputError naming file, line, column, expected and found.

#include <array>
#include <string>

namespace gridtwin {

inline constexpr int kHoursPerTmyYear = 8760;

struct WeatherHour {
    float ghi_w_m2 = 0;
    float dni_w_m2 = 0;
    float dhi_w_m2 = 0;
    float temp_air_c = 0;
    float wind_mps = 0;
    float pressure_pa = 0;
};

struct WeatherYear {
    double latitude_deg = 0;
    double longitude_deg = 0;
    double elevation_m = 0;
    double irradiance_time_offset_h = 0; // satellite scan time after each HH:00 stamp; 0 if absent
    std::string source_label;            // e.g. "PVGIS TMY 45.000N 8.000E (SARAH3/ERA5 2005-2023)"
    std::string file_path;
    /// index = hour of a non-leap year: (day_of_year - 1) * 24 + hour, from each row's stamp.
    std::array<WeatherHour, kHoursPerTmyYear> hours{};
};

/// Hour-of-year index of a (month, day, hour) in a non-leap year; -1 when it does not exist.
int tmyHourIndex(int month, int day, int hour);

WeatherYear readPvgisTmyCsv(const std::string& path);
WeatherYear readPvgisTmyJson(const std::string& path);
/// Picks the format by extension (.json / .csv), else by the first non-blank character.
WeatherYear readPvgisTmy(const std::string& path);
/// The bundled PVGIS TMY for 45 N 8 E (source tree first, then the installed data directory).
WeatherYear loadReferenceWeather();

} // namespace gridtwin
