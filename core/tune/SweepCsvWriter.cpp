#include "tune/SweepCsvWriter.h"

#include "sim/KpiJson.h"

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

// "controller.peak_threshold_kw" already carries its unit; others get "_<unit>" appended.
std::string columnName(const SweepAxis& a) {
    std::string unit;
    for (char c : a.unit) unit += (c == '/' ? '_' : c == '%' ? 'p' : c);
    if (unit == "p") unit = "pct";
    if (unit.empty() || a.parameter.ends_with("_" + unit) || a.parameter.ends_with("_pct")) return a.parameter;
    return a.parameter + "_" + unit;
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
