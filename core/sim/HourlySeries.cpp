#include "sim/HourlySeries.h"

#include "io/CsvText.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <numbers>
#include <stdexcept>

namespace gridtwin {

std::int64_t HourlySeries::endMs() const {
    return start_ms + static_cast<std::int64_t>(values.size()) * kMsPerHour;
}

double HourlySeries::valueAt(std::int64_t t_ms) const {
    if (t_ms < start_ms || t_ms >= endMs())
        throw std::out_of_range("HourlySeries '" + label + "' has no value at " + formatIsoUtc(t_ms));
    return static_cast<double>(values[static_cast<std::size_t>((t_ms - start_ms) / kMsPerHour)]);
}

bool HourlySeries::covers(std::int64_t from_ms, std::int64_t to_ms) const {
    return !values.empty() && from_ms >= start_ms && to_ms <= endMs() && from_ms <= to_ms;
}

namespace {

std::int64_t floorHour(std::int64_t t) {
    const std::int64_t q = t / kMsPerHour;
    return (q - ((t % kMsPerHour) < 0 ? 1 : 0)) * kMsPerHour;
}

// Shape shared by both examples: x in [0,1) through the day in CET (UTC+1, no DST: a sketch).
struct ExampleHour {
    double hour_cet;   // 0..24
    double winter;     // 1 in mid-January, -1 in mid-July
    double solar;      // 0..1 midday bell, wider and stronger in summer
    bool weekend;
};

ExampleHour exampleHour(std::int64_t t_ms) {
    const std::int64_t local = t_ms + kMsPerHour;
    const CivilTime c = civilFromMs(local);
    const double day_of_year = static_cast<double>(daysFromCivil(c.year, c.month, c.day) -
                                                   daysFromCivil(c.year, 1, 1));
    ExampleHour h;
    h.hour_cet = c.hour + 0.5;
    h.winter = std::cos(2.0 * std::numbers::pi * (day_of_year - 15.0) / 365.0);
    const double half_day = 4.0 - 1.5 * h.winter; // 2.5 h in winter, 5.5 h in summer
    const double x = (h.hour_cet - 12.5) / half_day;
    h.solar = std::abs(x) < 1.0 ? std::cos(x * std::numbers::pi / 2.0) * (0.7 - 0.3 * h.winter) : 0.0;
    const std::int64_t days = floorHour(local) / kMsPerDay;
    const std::int64_t weekday = ((days % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday: 0 = Monday
    h.weekend = weekday >= 5;
    return h;
}

double bump(double hour, double centre, double width) {
    const double d = (hour - centre) / width;
    return std::exp(-0.5 * d * d);
}

template <class F>
HourlySeries makeExample(std::int64_t from_ms, std::int64_t to_ms, F value) {
    HourlySeries s;
    s.builtin_example = true;
    s.start_ms = floorHour(from_ms);
    for (std::int64_t t = s.start_ms; t < to_ms; t += kMsPerHour)
        s.values.push_back(static_cast<float>(value(exampleHour(t))));
    return s;
}

} // namespace

HourlySeries builtinPriceProfile(std::int64_t from_ms, std::int64_t to_ms) {
    HourlySeries s = makeExample(from_ms, to_ms, [](const ExampleHour& h) {
        double p = 85.0 + 25.0 * h.winter;
        p += 35.0 * bump(h.hour_cet, 8.0, 1.5) + 55.0 * bump(h.hour_cet, 19.0, 1.8);
        p -= 70.0 * h.solar;
        p -= 20.0 * bump(h.hour_cet, 3.5, 2.0);
        if (h.weekend) p -= 15.0;
        return p;
    });
    s.label = "Price: built-in example profile, not measured data";
    s.unit = "EUR/MWh";
    return s;
}

HourlySeries builtinCarbonProfile(std::int64_t from_ms, std::int64_t to_ms) {
    HourlySeries s = makeExample(from_ms, to_ms, [](const ExampleHour& h) {
        double c = 290.0 + 60.0 * h.winter;
        c += 40.0 * bump(h.hour_cet, 19.0, 2.0) + 20.0 * bump(h.hour_cet, 8.0, 1.5);
        c -= 130.0 * h.solar;
        if (h.weekend) c -= 20.0;
        return c;
    });
    s.label = "Carbon intensity: built-in example profile, not measured data";
    s.unit = "gCO2e/kWh";
    return s;
}

namespace {

struct ColumnChoice {
    std::vector<std::string> names; // lower-case accepted headers
    std::string describe;           // for the error message
};

HourlySeries readHourlyCsv(const std::string& path, const ColumnChoice& time_col,
                           const ColumnChoice& value_col, const std::string& unit, bool non_negative) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", "a readable CSV file", "no such file or no permission");
    std::string line;
    if (!std::getline(in, line))
        throw InputError(path, "line 1", "a header line with " + time_col.describe + " and " +
                                             value_col.describe, "an empty file");
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3); // UTF-8 byte-order mark
    const std::vector<std::string> header = csvtext::split(line, ',');
    auto findColumn = [&](const ColumnChoice& choice) -> std::size_t {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (std::find(choice.names.begin(), choice.names.end(), csvtext::lower(csvtext::trim(header[i]))) !=
                choice.names.end())
                return i;
        throw InputError(path, "line 1 (header)", "a column " + choice.describe, csvtext::trim(line));
    };
    const std::size_t ti = findColumn(time_col);
    const std::size_t vi = findColumn(value_col);
    const std::string value_name = csvtext::trim(header[vi]);
    const std::string time_name = csvtext::trim(header[ti]);

    HourlySeries s;
    s.unit = unit;
    s.label = path;
    std::int64_t expected_t = 0;
    int line_no = 1;
    while (std::getline(in, line)) {
        ++line_no;
        if (csvtext::trim(line).empty()) continue;
        const std::vector<std::string> cells = csvtext::split(line, ',');
        auto where = [&](std::size_t col, const std::string& name) {
            return "line " + std::to_string(line_no) + ", column " + std::to_string(col + 1) + " (" +
                   name + ")";
        };
        if (cells.size() <= std::max(ti, vi))
            throw InputError(path, "line " + std::to_string(line_no),
                             std::to_string(header.size()) + " comma-separated cells",
                             std::to_string(cells.size()) + " cells");
        const std::string t_text = csvtext::trim(cells[ti]);
        const auto t = parseIsoUtc(t_text);
        if (!t) throw InputError(path, where(ti, time_name), "an ISO 8601 UTC time", t_text);
        if (*t % kMsPerHour != 0)
            throw InputError(path, where(ti, time_name), "a time on the full UTC hour", t_text);
        if (!s.values.empty() && *t != expected_t) {
            const std::string what = *t == expected_t - kMsPerHour ? "a duplicate of the previous hour"
                                     : *t < expected_t ? "time going backwards"
                                                       : "a gap of " + std::to_string((*t - expected_t) / kMsPerHour) + " h";
            throw InputError(path, where(ti, time_name),
                             "the next hour " + formatIsoUtc(expected_t) + " (not " + what + ")", t_text);
        }
        const std::string v_text = csvtext::trim(cells[vi]);
        double v = 0.0;
        const auto res = std::from_chars(v_text.data(), v_text.data() + v_text.size(), v);
        if (v_text.empty() || res.ec != std::errc() || res.ptr != v_text.data() + v_text.size() ||
            !std::isfinite(v) || (non_negative && v < 0.0))
            throw InputError(path, where(vi, value_name),
                             (non_negative ? "a number >= 0 in " : "a number in ") + unit, v_text);
        if (s.values.empty()) s.start_ms = *t;
        s.values.push_back(static_cast<float>(v));
        expected_t = *t + kMsPerHour;
    }
    if (s.values.empty())
        throw InputError(path, "line " + std::to_string(line_no + 1), "at least one data row", "end of file");
    return s;
}

const ColumnChoice kTimeColumn{{"time_utc", "datetime (utc)", "datetime_utc"},
                               "of UTC times (\"time_utc\" or \"Datetime (UTC)\")"};

} // namespace

HourlySeries readPriceCsv(const std::string& path) {
    static const ColumnChoice price{{"price_eur_per_mwh", "price (eur/mwhe)", "price (eur/mwh)"},
                                    "of prices in EUR/MWh (\"price_eur_per_mwh\" or \"Price (EUR/MWhe)\")"};
    HourlySeries s = readHourlyCsv(path, kTimeColumn, price, "EUR/MWh", false); // prices go negative
    s.label = "Price: " + path;
    return s;
}

HourlySeries readCarbonCsv(const std::string& path) {
    // carbon.md 5.1: Scope 2 location-based uses the direct column, never the life-cycle one.
    static const ColumnChoice carbon{
        {"carbon_g_per_kwh", "carbon intensity gco\xE2\x82\x82" "eq/kwh (direct)"},
        "of direct carbon intensity in gCO2e/kWh (\"carbon_g_per_kwh\" or Electricity Maps "
        "\"Carbon intensity gCO\xE2\x82\x82" "eq/kWh (direct)\")"};
    HourlySeries s = readHourlyCsv(path, kTimeColumn, carbon, "gCO2e/kWh", true);
    s.label = "Carbon intensity: " + path;
    return s;
}

} // namespace gridtwin
