#include "io/PvgisTmyReader.h"

#include "model/InputError.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>
#include <vector>

namespace gridtwin {

namespace {

constexpr std::array<int, 12> kDaysInMonth{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::optional<double> parseNumber(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v + 0.0; // turns the "-0.0" PVGIS writes for night-time beam into +0
}

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", "a readable PVGIS TMY file", "no such file or not readable");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string hourName(int index) {
    int doy = index / 24;
    int month = 0;
    while (doy >= kDaysInMonth[static_cast<std::size_t>(month)]) doy -= kDaysInMonth[static_cast<std::size_t>(month++)];
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d-%02d %02d:00", month + 1, doy + 1, index % 24);
    return buf;
}

std::string formatLatLon(double lat, double lon) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f%c %.3f%c", std::fabs(lat), lat < 0 ? 'S' : 'N',
                  std::fabs(lon), lon < 0 ? 'W' : 'E');
    return buf;
}

/// The fields of one row that GridTwin keeps, and their plausibility ranges.
struct Field {
    const char* column;
    double min;
    double max;
    const char* expected;
};
constexpr std::array<Field, 6> kFields{{
    {"G(h)", 0.0, 1500.0, "global horizontal irradiance between 0 and 1500 W/m2"},
    {"Gb(n)", 0.0, 1500.0, "beam normal irradiance between 0 and 1500 W/m2"},
    {"Gd(h)", 0.0, 1500.0, "diffuse horizontal irradiance between 0 and 1500 W/m2"},
    {"T2m", -90.0, 60.0, "an air temperature between -90 and 60 degC"},
    {"WS10m", 0.0, 100.0, "a wind speed between 0 and 100 m/s"},
    {"SP", 30000.0, 115000.0, "a surface pressure between 30000 and 115000 Pa"},
}};
constexpr const char* kTimeColumn = "time(UTC)";

/// Collects rows into the hour-of-year slots and checks that each hour comes exactly once.
class TmyCollector {
public:
    explicit TmyCollector(std::string file) : file_(std::move(file)) { seen_at_.fill(std::string()); }

    /// where: a prefix naming the row ("line 20" or "$.outputs.tmy_hourly[3]"); values in kFields order.
    void add(const std::string& where, const std::string& time_where, std::string_view stamp,
             const std::array<double, 6>& values, const std::array<std::string, 6>& value_where) {
        const int index = parseStamp(time_where, stamp);
        const auto slot = static_cast<std::size_t>(index);
        if (!seen_at_[slot].empty())
            throw InputError(file_, time_where, "one row per hour of the year",
                             std::string(stamp) + " again (" + hourName(index) + " first at " +
                                 seen_at_[slot] + ")");
        seen_at_[slot] = where;
        for (std::size_t i = 0; i < kFields.size(); ++i) {
            if (values[i] < kFields[i].min || values[i] > kFields[i].max) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%g", values[i]);
                throw InputError(file_, value_where[i], kFields[i].expected, buf);
            }
        }
        WeatherHour& h = year_.hours[slot];
        h.ghi_w_m2 = static_cast<float>(values[0]);
        h.dni_w_m2 = static_cast<float>(values[1]);
        h.dhi_w_m2 = static_cast<float>(values[2]);
        h.temp_air_c = static_cast<float>(values[3]);
        h.wind_mps = static_cast<float>(values[4]);
        h.pressure_pa = static_cast<float>(values[5]);
        ++rows_;
    }

    WeatherYear finish(const std::string& end_where) {
        for (int i = 0; i < kHoursPerTmyYear; ++i) {
            if (seen_at_[static_cast<std::size_t>(i)].empty())
                throw InputError(file_, end_where + ", column " + kTimeColumn,
                                 "8760 hourly rows, one per hour of a non-leap year",
                                 std::to_string(rows_) + " rows, none for " + hourName(i));
        }
        year_.file_path = file_;
        return std::move(year_);
    }

    WeatherYear& year() { return year_; }

private:
    int parseStamp(const std::string& where, std::string_view stamp) const {
        // PVGIS stamps: YYYYMMDD:HHMM in UTC
        const std::string expected = "a time stamp YYYYMMDD:HHMM";
        auto digits = [&](std::size_t pos, std::size_t n) {
            int v = 0;
            const auto [end, ec] = std::from_chars(stamp.data() + pos, stamp.data() + pos + n, v);
            if (ec != std::errc() || end != stamp.data() + pos + n)
                throw InputError(file_, where, expected, std::string(stamp));
            return v;
        };
        stamp = trim(stamp);
        if (stamp.size() != 13 || stamp[8] != ':') throw InputError(file_, where, expected, std::string(stamp));
        const int month = digits(4, 2), day = digits(6, 2), hour = digits(9, 2), minute = digits(11, 2);
        if (month == 2 && day == 29)
            throw InputError(file_, where, "a date of a non-leap year (a TMY has no 29 February)",
                             std::string(stamp));
        const int index = tmyHourIndex(month, day, hour);
        if (index < 0 || minute > 59) throw InputError(file_, where, "a valid date and time " + expected.substr(2), std::string(stamp));
        return index;
    }

    std::string file_;
    WeatherYear year_;
    std::array<std::string, kHoursPerTmyYear> seen_at_;
    int rows_ = 0;
};

std::vector<std::string_view> split(std::string_view line, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t p = line.find(sep, start);
        out.push_back(line.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
        if (p == std::string_view::npos) return out;
        start = p + 1;
    }
}

bool looksLikeDataRow(std::string_view line) {
    return line.size() > 9 && line[8] == ':' && line[0] >= '0' && line[0] <= '9';
}

std::string lineWhere(std::size_t line_no) { return "line " + std::to_string(line_no); }

} // namespace

int tmyHourIndex(int month, int day, int hour) {
    if (month < 1 || month > 12 || hour < 0 || hour > 23 || day < 1 ||
        day > kDaysInMonth[static_cast<std::size_t>(month - 1)])
        return -1;
    int doy = day - 1;
    for (int m = 1; m < month; ++m) doy += kDaysInMonth[static_cast<std::size_t>(m - 1)];
    return doy * 24 + hour;
}

WeatherYear readPvgisTmyCsv(const std::string& path) {
    const std::string text = readWholeFile(path);
    std::vector<std::string_view> lines;
    {
        std::string_view all(text);
        for (std::string_view line : split(all, '\n')) lines.push_back(trim(line));
        if (!lines.empty() && lines.back().empty()) lines.pop_back();
    }
    TmyCollector collector(path);
    WeatherYear& year = collector.year();
    std::optional<double> lat, lon, elev;
    int year_min = 0, year_max = 0;
    std::size_t header = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        if (line.substr(0, std::string_view(kTimeColumn).size()) == kTimeColumn) {
            header = i;
            break;
        }
        if (looksLikeDataRow(line))
            throw InputError(path, lineWhere(i + 1),
                             "the header line 'time(UTC),T2m,RH,G(h),...' before the data",
                             std::string(line));
        const std::size_t colon = line.find(':');
        auto metaValue = [&]() {
            const auto v = parseNumber(line.substr(colon + 1));
            if (!v) throw InputError(path, lineWhere(i + 1), "a number after ':'", std::string(line));
            return *v;
        };
        if (colon != std::string_view::npos) {
            const std::string_view key = line.substr(0, colon);
            if (key.starts_with("Latitude")) lat = metaValue();
            else if (key.starts_with("Longitude")) lon = metaValue();
            else if (key.starts_with("Elevation")) elev = metaValue();
            else if (key.starts_with("Irradiance Time Offset")) year.irradiance_time_offset_h = metaValue();
            continue;
        }
        // month,year block: remember the range of source years for the label
        const auto parts = split(line, ',');
        if (parts.size() == 2) {
            const auto y = parseNumber(parts[1]);
            if (y && parseNumber(parts[0])) {
                const int yi = static_cast<int>(*y);
                year_min = year_min == 0 ? yi : std::min(year_min, yi);
                year_max = std::max(year_max, yi);
            }
        }
    }
    if (header == lines.size())
        throw InputError(path, lineWhere(lines.size()), "a header line starting with 'time(UTC)'",
                         "none in the file");
    const std::string header_where = lineWhere(header + 1);
    if (!lat) throw InputError(path, "lines 1-" + std::to_string(header), "a 'Latitude (decimal degrees):' line", "");
    if (!lon) throw InputError(path, "lines 1-" + std::to_string(header), "a 'Longitude (decimal degrees):' line", "");
    if (!elev) throw InputError(path, "lines 1-" + std::to_string(header), "an 'Elevation (m):' line", "");
    year.latitude_deg = *lat;
    year.longitude_deg = *lon;
    year.elevation_m = *elev;

    const auto columns = split(lines[header], ',');
    auto columnIndex = [&](const char* name) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (trim(columns[c]) == name) return c;
        throw InputError(path, header_where, std::string("a column '") + name + "' in the header",
                         std::string(lines[header]));
    };
    const std::size_t time_col = columnIndex(kTimeColumn);
    std::array<std::size_t, 6> cols{};
    for (std::size_t f = 0; f < kFields.size(); ++f) cols[f] = columnIndex(kFields[f].column);

    std::size_t i = header + 1;
    for (; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        if (line.empty() || !(line[0] >= '0' && line[0] <= '9')) break; // blank line, then the legend
        const std::string where = lineWhere(i + 1);
        const auto fields = split(line, ',');
        if (fields.size() != columns.size()) {
            // name the first column that is missing, or the first surplus one
            const std::size_t c = std::min(fields.size(), columns.size());
            const std::string name = c < columns.size() ? std::string(trim(columns[c])) : "beyond the header";
            throw InputError(path, where + ", column " + std::to_string(c + 1) + " (" + name + ")",
                             std::to_string(columns.size()) + " comma-separated fields as in the header",
                             std::to_string(fields.size()) + " fields: " + std::string(line));
        }
        std::array<double, 6> values{};
        std::array<std::string, 6> value_where;
        for (std::size_t f = 0; f < kFields.size(); ++f) {
            value_where[f] = where + ", column " + std::to_string(cols[f] + 1) + " (" + kFields[f].column + ")";
            const auto v = parseNumber(fields[cols[f]]);
            if (!v) throw InputError(path, value_where[f], "a number", std::string(trim(fields[cols[f]])));
            values[f] = *v;
        }
        collector.add(where, where + ", column " + std::to_string(time_col + 1) + " (" + kTimeColumn + ")",
                      fields[time_col], values, value_where);
    }
    year.source_label = "PVGIS TMY " + formatLatLon(*lat, *lon);
    if (year_min > 0)
        year.source_label += " (months from " + std::to_string(year_min) + "-" + std::to_string(year_max) + ")";
    return collector.finish(lineWhere(i + 1));
}

WeatherYear readPvgisTmyJson(const std::string& path) {
    const std::string text = readWholeFile(path);
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError(path, "byte " + std::to_string(e.byte), "valid JSON", e.what());
    }
    auto at = [&](const nlohmann::json& parent, const char* key, const std::string& parent_path) -> const nlohmann::json& {
        if (!parent.is_object() || !parent.contains(key))
            throw InputError(path, parent_path + "." + key, "a member '" + std::string(key) + "'", "none");
        return parent[key];
    };
    auto number = [&](const nlohmann::json& v, const std::string& where) {
        if (!v.is_number()) throw InputError(path, where, "a number", v.dump());
        return v.get<double>() + 0.0;
    };
    TmyCollector collector(path);
    WeatherYear& year = collector.year();
    const auto& inputs = at(doc, "inputs", "$");
    const auto& loc = at(inputs, "location", "$.inputs");
    year.latitude_deg = number(at(loc, "latitude", "$.inputs.location"), "$.inputs.location.latitude");
    year.longitude_deg = number(at(loc, "longitude", "$.inputs.location"), "$.inputs.location.longitude");
    year.elevation_m = number(at(loc, "elevation", "$.inputs.location"), "$.inputs.location.elevation");
    if (loc.contains("irradiance_time_offset"))
        year.irradiance_time_offset_h = number(loc["irradiance_time_offset"], "$.inputs.location.irradiance_time_offset");
    year.source_label = "PVGIS TMY " + formatLatLon(year.latitude_deg, year.longitude_deg);
    if (inputs.contains("meteo_data") && inputs["meteo_data"].is_object()) {
        const auto& md = inputs["meteo_data"];
        std::string rad = md.value("radiation_db", std::string());
        if (rad.starts_with("PVGIS-")) rad = rad.substr(6);
        const std::string meteo = md.value("meteo_db", std::string());
        std::string label = rad + (meteo.empty() ? "" : "/" + meteo);
        if (md.contains("year_min") && md.contains("year_max") && md["year_min"].is_number() && md["year_max"].is_number())
            label += " " + std::to_string(md["year_min"].get<int>()) + "-" + std::to_string(md["year_max"].get<int>());
        if (!label.empty()) year.source_label += " (" + label + ")";
    }
    const auto& rows = at(at(doc, "outputs", "$"), "tmy_hourly", "$.outputs");
    if (!rows.is_array()) throw InputError(path, "$.outputs.tmy_hourly", "an array of hourly rows", rows.type_name());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::string where = "$.outputs.tmy_hourly[" + std::to_string(r) + "]";
        const auto& row = rows[r];
        const auto& t = at(row, kTimeColumn, where);
        if (!t.is_string()) throw InputError(path, where + "." + kTimeColumn, "a time stamp YYYYMMDD:HHMM", t.dump());
        std::array<double, 6> values{};
        std::array<std::string, 6> value_where;
        for (std::size_t f = 0; f < kFields.size(); ++f) {
            value_where[f] = where + "." + kFields[f].column;
            values[f] = number(at(row, kFields[f].column, where), value_where[f]);
        }
        collector.add(where, where + "." + kTimeColumn, t.get<std::string>(), values, value_where);
    }
    return collector.finish("$.outputs.tmy_hourly (" + std::to_string(rows.size()) + " rows)");
}

WeatherYear readPvgisTmy(const std::string& path) {
    auto endsWith = [&](const char* ext) {
        const std::string e(ext);
        if (path.size() < e.size()) return false;
        for (std::size_t i = 0; i < e.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(path[path.size() - e.size() + i])) != e[i]) return false;
        return true;
    };
    if (endsWith(".json")) return readPvgisTmyJson(path);
    if (endsWith(".csv")) return readPvgisTmyCsv(path);
    std::ifstream in(path, std::ios::binary);
    char c = 0;
    while (in.get(c) && std::isspace(static_cast<unsigned char>(c))) {}
    return c == '{' ? readPvgisTmyJson(path) : readPvgisTmyCsv(path);
}

WeatherYear loadReferenceWeather() {
    const std::string name = "/weather/pvlib_tmy_45.000_8.000_2005_2023.csv";
    for (const char* dir : {GRIDTWIN_SOURCE_DATA_DIR, GRIDTWIN_INSTALLED_DATA_DIR}) {
        if (!std::ifstream(dir + name).good()) continue;
        WeatherYear w = readPvgisTmyCsv(dir + name);
        // the CSV does not name its databases; provenance of the bundled copy: data/SOURCES.md
        w.source_label = "PVGIS 5.3 TMY " + formatLatLon(w.latitude_deg, w.longitude_deg) +
                         " (SARAH3/ERA5 2005-2023)";
        return w;
    }
    throw InputError(std::string(GRIDTWIN_SOURCE_DATA_DIR) + name, "",
                     "the bundled PVGIS TMY file (source tree or " GRIDTWIN_INSTALLED_DATA_DIR ")",
                     "no such file");
}

} // namespace gridtwin
