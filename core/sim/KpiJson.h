#pragma once
#include "sim/SimulationKpis.h"

#include <nlohmann/json.hpp>

namespace gridtwin {

/// KPIs as JSON with the unit in every key (the `--json` output of gridtwin-cli simulate).
nlohmann::json kpisToJson(const SimulationKpis& k);

/// The KPI rows shown to users: key, label, unit, value; one list for text, JSON and deltas.
struct KpiRow {
    const char* key;
    const char* label;
    const char* unit;
    double value;
    bool lower_is_better;
};
std::vector<KpiRow> kpiRows(const SimulationKpis& k);

} // namespace gridtwin
