#pragma once
// KPIs of a run, accumulated from the step stream (so they work on simulated and recorded data
// alike). Energies in kWh, powers in kW, money in EUR, emissions in kgCO2e.

#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace gridtwin {

struct BillingPeakSummary {
    std::string period_start_local; // ISO local date of the billing period start
    double peak_kw = 0;             // highest billing-interval mean import
    std::int64_t peak_time_ms = 0;  // start of that interval (UTC)
    double demand_charge_eur = 0;
};

struct SimulationKpis {
    std::int64_t steps = 0;
    double hours = 0;
    double load_kwh = 0;            // facility
    double it_load_kwh = 0;
    double bess_aux_kwh = 0;
    double pv_available_kwh = 0;
    double pv_kwh = 0;              // delivered
    double pv_self_consumed_kwh = 0;
    double pv_exported_kwh = 0;
    double pv_curtailed_kwh = 0;
    double grid_import_kwh = 0;
    double grid_export_kwh = 0;
    double bess_charge_kwh = 0;     // AC, into the PCS
    double bess_discharge_kwh = 0;  // AC, out of the PCS
    double bess_losses_kwh = 0;     // charge - discharge - stored change (incl. self-discharge)
    double equivalent_full_cycles = 0;
    double peak_import_kw = 0;      // highest step value
    double peak_billing_import_kw = 0; // highest billing-interval mean over the run
    double demand_charge_eur = 0;
    double energy_cost_eur = 0;     // import x price
    double export_revenue_eur = 0;
    double total_cost_eur = 0;      // energy + demand - export revenue
    double emissions_location_kg = 0; // import x hourly direct factor (Scope 2 location-based)
    double self_sufficiency_pct = 0;  // 1 - import / consumption
    double soc_start_pct = 0;
    double soc_end_pct = 0;
    std::vector<BillingPeakSummary> billing_periods;
};

class DemandTracker;

class KpiAccumulator {
public:
    KpiAccumulator(const SiteConfig& site, std::int64_t start_ms, std::int64_t end_ms,
                   std::int64_t step_ms);
    ~KpiAccumulator();
    KpiAccumulator(const KpiAccumulator&) = delete;
    KpiAccumulator& operator=(const KpiAccumulator&) = delete;

    void add(std::span<const StepRecord> steps);
    SimulationKpis finish();

private:
    SiteConfig site_;
    std::int64_t step_ms_;
    double dt_h_;
    double last_soc_pct_;
    SimulationKpis k_;
    std::unique_ptr<DemandTracker> demand_;
};

} // namespace gridtwin
