#include "sim/KpiJson.h"

#include "model/TimeUtc.h"

namespace gridtwin {

std::vector<KpiRow> kpiRows(const SimulationKpis& k) {
    return {
        {"peak_billing_import_kw", "Peak billing-interval import", "kW", k.peak_billing_import_kw, true},
        {"peak_import_kw", "Peak step import", "kW", k.peak_import_kw, true},
        {"demand_charge_eur", "Demand charge", "EUR", k.demand_charge_eur, true},
        {"energy_cost_eur", "Energy cost", "EUR", k.energy_cost_eur, true},
        {"export_revenue_eur", "Export revenue", "EUR", k.export_revenue_eur, false},
        {"total_cost_eur", "Total electricity cost", "EUR", k.total_cost_eur, true},
        {"emissions_location_kg", "Emissions (location-based)", "kgCO2e", k.emissions_location_kg, true},
        {"load_kwh", "Facility energy", "kWh", k.load_kwh, true},
        {"it_load_kwh", "IT energy", "kWh", k.it_load_kwh, false},
        {"grid_import_kwh", "Grid import", "kWh", k.grid_import_kwh, true},
        {"grid_export_kwh", "Grid export", "kWh", k.grid_export_kwh, false},
        {"pv_available_kwh", "PV available", "kWh", k.pv_available_kwh, false},
        {"pv_kwh", "PV delivered", "kWh", k.pv_kwh, false},
        {"pv_self_consumed_kwh", "PV self-consumed", "kWh", k.pv_self_consumed_kwh, false},
        {"pv_exported_kwh", "PV exported", "kWh", k.pv_exported_kwh, false},
        {"pv_curtailed_kwh", "PV curtailed", "kWh", k.pv_curtailed_kwh, true},
        {"bess_charge_kwh", "Battery charge (AC)", "kWh", k.bess_charge_kwh, false},
        {"bess_discharge_kwh", "Battery discharge (AC)", "kWh", k.bess_discharge_kwh, false},
        {"bess_losses_kwh", "Battery losses", "kWh", k.bess_losses_kwh, true},
        {"bess_aux_kwh", "Battery auxiliary load", "kWh", k.bess_aux_kwh, true},
        {"equivalent_full_cycles", "Equivalent full cycles", "", k.equivalent_full_cycles, true},
        {"self_sufficiency_pct", "Self-sufficiency", "%", k.self_sufficiency_pct, false},
        {"soc_end_pct", "SoC at end", "%", k.soc_end_pct, false},
    };
}

nlohmann::json kpisToJson(const SimulationKpis& k) {
    nlohmann::json j;
    j["steps"] = k.steps;
    j["hours"] = k.hours;
    for (const KpiRow& row : kpiRows(k)) j[row.key] = row.value;
    j["soc_start_pct"] = k.soc_start_pct;
    auto& periods = j["billing_periods"] = nlohmann::json::array();
    for (const auto& p : k.billing_periods) {
        periods.push_back({{"period_start_local", p.period_start_local},
                           {"peak_kw", p.peak_kw},
                           {"peak_time_utc", formatIsoUtc(p.peak_time_ms)},
                           {"demand_charge_eur", p.demand_charge_eur}});
    }
    return j;
}

} // namespace gridtwin
