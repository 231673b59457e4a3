#include "tune/SweepCsvWriter.h"

#include "sim/KpiJson.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace gridtwin {

namespace {

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v); // round-trips, like the time-series CSV
    return buf;
}

// The unit as a column-name suffix: "kW" -> "kw", "EUR/kW" -> "eur_per_kw", "%" -> "pct".
std::string unitSuffix(const std::string& unit) {
    std::string out;
    for (char c : unit) {
        if (c == '/') out += "_per_";
        else if (c == '%') out += "pct";
        else if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

// "controller.peak_threshold_kw" already carries its unit; others get "_<unit>" appended.
std::string columnName(const SweepAxis& a) {
    const std::string suffix = unitSuffix(a.unit);
    if (suffix.empty() || a.parameter.ends_with("_" + suffix)) return a.parameter;
    return a.parameter + "_" + suffix;
}

} // namespace

void writeSweepCsv(std::ostream& out, const SweepResults& results) {
    out << "variant";
    for (const SweepAxis& a : results.spec.axes) out << ',' << columnName(a);
    out << ",done,pareto";
    for (const KpiRow& row : kpiRows(SimulationKpis{})) out << ',' << row.key;
    out << '\n';
    for (std::size_t i = 0; i < results.variants.size(); ++i) {
        const SweepVariantResult& v = results.variants[i];
        out << i;
        for (double x : v.values) out << ',' << number(x);
        out << ',' << (v.done ? 1 : 0) << ',' << (v.pareto ? 1 : 0);
        for (const KpiRow& row : kpiRows(v.kpis)) out << ',' << (v.done ? number(row.value) : std::string());
        out << '\n';
    }
}

void writeSweepCsv(const std::string& path, const SweepResults& results) {
    std::ofstream f(path, std::ios::binary);
    if (!f) throw std::runtime_error(path + ": cannot open for writing");
    writeSweepCsv(f, results);
    f.close();
    if (!f) throw std::runtime_error(path + ": write failed");
}

} // namespace gridtwin
