#include "carbon/FactorSeries.h"

#include "io/CsvText.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/HourlySeries.h"

#include <cstdio>
#include <fstream>

// The English texts put into the result here (fields, items, notes, roles) are translated for the
// white paper by ui/report/CoreTextCatalog.cpp: a new or changed fixed text goes there too.
namespace gridtwin {

std::int64_t FactorSeries::endMs() const {
    return start_ms + static_cast<std::int64_t>(hours.size()) * kMsPerHour;
}

const HourlyFactor* FactorSeries::at(std::int64_t t_ms) const {
    if (t_ms < start_ms || t_ms >= endMs()) return nullptr;
    return &hours[static_cast<std::size_t>((t_ms - start_ms) / kMsPerHour)];
}

bool FactorSeries::hasLifecycle() const {
    for (const auto& h : hours)
        if (h.lifecycle_g_per_kwh < 0) return false;
    return !hours.empty();
}

bool FactorSeries::hasCfe() const {
    for (const auto& h : hours)
        if (h.cfe_pct < 0) return false;
    return !hours.empty();
}

namespace {

// carbon.md 5.1: both Electricity Maps header variants (note U+2082 and the capitalisation).
constexpr std::string_view kEmDirect = "carbon intensity gco\xE2\x82\x82" "eq/kwh (direct)";
constexpr std::string_view kEmLifeCycle = "carbon intensity gco\xE2\x82\x82" "eq/kwh (life cycle)";
constexpr std::string_view kEmLca = "carbon intensity gco\xE2\x82\x82" "eq/kwh (lca)";

} // namespace

FactorSeries readFactorCsv(const std::string& path) {
    using namespace csvtext;
    Table t(path, ',', "a UTC time column and a direct carbon-intensity column");
    FactorSeries s;
    s.file = path;
    const std::size_t ti = t.require({"datetime (utc)", "time_utc"}, "of UTC times (\"Datetime (UTC)\" or \"time_utc\")");
    const int em_direct = t.find({kEmDirect});
    std::size_t di = 0;
    int li = -1, ci = -1, ri = -1, ei = -1, zi = -1;
    if (em_direct >= 0) {
        di = static_cast<std::size_t>(em_direct);
        // The current export writes "Carbon intensity", the older one "Carbon Intensity".
        const bool older = t.headerName(di).rfind("Carbon Intensity", 0) == 0;
        s.format = older ? FactorFormat::ElectricityMapsOlder : FactorFormat::ElectricityMapsCurrent;
        s.provider = "Electricity Maps";
        li = t.find({kEmLifeCycle, kEmLca});
        ci = t.find({"carbon-free energy percentage (cfe%)", "low carbon percentage"});
        ri = t.find({"renewable energy percentage (re%)", "renewable percentage"});
        ei = t.find({"data estimated"});
        zi = t.find({"zone id"});
    } else {
        di = t.require({"carbon_g_per_kwh"},
                       "of direct carbon intensity in gCO2e/kWh (\"carbon_g_per_kwh\" or Electricity Maps "
                       "\"Carbon intensity gCO\xE2\x82\x82" "eq/kWh (direct)\")");
        s.format = FactorFormat::Generic;
        s.provider = "generic CSV";
        li = t.find({"lifecycle_g_per_kwh"});
        ci = t.find({"cfe_pct"});
        ri = t.find({"renewable_pct"});
        ei = t.find({"estimated"});
    }
    auto optionalNumber = [&](const std::vector<std::string>& cells, int col, double lo, double hi,
                              const std::string& expected) {
        if (col < 0 || cells[static_cast<std::size_t>(col)].empty()) return -1.0;
        const double v = t.numberAt(cells, static_cast<std::size_t>(col), expected);
        if (v < lo || v > hi) t.fail(static_cast<std::size_t>(col), expected, cells[static_cast<std::size_t>(col)]);
        return v;
    };
    std::vector<std::string> cells;
    std::int64_t expected_t = 0;
    while (t.next(cells)) {
        const std::int64_t time = t.timeAt(cells, ti);
        if (time % kMsPerHour != 0) t.fail(ti, "a time on the full UTC hour", cells[ti]);
        if (!s.hours.empty() && time != expected_t) {
            const std::string what = time == expected_t - kMsPerHour ? "a duplicate of the previous hour"
                                     : time < expected_t ? "time going backwards"
                                                         : "a gap of " + std::to_string((time - expected_t) / kMsPerHour) + " h";
            t.fail(ti, "the next hour " + formatIsoUtc(expected_t) + " (not " + what + ")", cells[ti]);
        }
        HourlyFactor f;
        const double d = t.numberAt(cells, di, "a carbon intensity in gCO2e/kWh (a number >= 0)");
        if (d < 0) t.fail(di, "a carbon intensity in gCO2e/kWh (a number >= 0)", cells[di]);
        f.direct_g_per_kwh = d;
        f.lifecycle_g_per_kwh = optionalNumber(cells, li, 0, 1e5, "a life-cycle intensity in gCO2e/kWh (>= 0) or empty");
        f.cfe_pct = optionalNumber(cells, ci, 0, 100, "a carbon-free share in % (0 to 100) or empty");
        f.renewable_pct = optionalNumber(cells, ri, 0, 100, "a renewable share in % (0 to 100) or empty");
        if (ei >= 0 && !cells[static_cast<std::size_t>(ei)].empty())
            f.estimated = t.yesNoAt(cells, static_cast<std::size_t>(ei));
        if (zi >= 0 && s.zone.empty()) s.zone = cells[static_cast<std::size_t>(zi)];
        if (s.hours.empty()) s.start_ms = time;
        s.hours.push_back(f);
        expected_t = time + kMsPerHour;
    }
    if (s.hours.empty())
        throw InputError(path, "line " + std::to_string(t.line() + 1), "at least one data row", "end of file");
    return s;
}

FactorSeries builtinExampleFactors(std::int64_t from_ms, std::int64_t to_ms) {
    const HourlySeries h = builtinCarbonProfile(from_ms, to_ms);
    FactorSeries s;
    s.format = FactorFormat::BuiltinExample;
    s.provider = "built-in example profile (not measured data)";
    s.start_ms = h.start_ms;
    for (const float v : h.values) {
        HourlyFactor f;
        f.direct_g_per_kwh = static_cast<double>(v);
        s.hours.push_back(f);
    }
    return s;
}

void writeGenericFactorCsv(const FactorSeries& s, const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw InputError(path, "", "a writable file", "cannot create it");
    const bool cfe = s.hasCfe();
    out << (cfe ? "time_utc,carbon_g_per_kwh,cfe_pct\n" : "time_utc,carbon_g_per_kwh\n");
    char buf[64];
    for (std::size_t i = 0; i < s.hours.size(); ++i) {
        out << formatIsoUtc(s.start_ms + static_cast<std::int64_t>(i) * kMsPerHour);
        std::snprintf(buf, sizeof buf, ",%.1f", s.hours[i].direct_g_per_kwh);
        out << buf;
        if (cfe) {
            std::snprintf(buf, sizeof buf, ",%.1f", s.hours[i].cfe_pct);
            out << buf;
        }
        out << '\n';
    }
    if (!out) throw InputError(path, "", "a writable file", "a write error");
}

} // namespace gridtwin
