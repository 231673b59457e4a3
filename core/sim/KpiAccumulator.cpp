#include "sim/DemandTracker.h"
#include "sim/SimulationKpis.h"

#include <algorithm>
#include <cmath>

namespace gridtwin {

KpiAccumulator::KpiAccumulator(const SiteConfig& site, std::int64_t start_ms, std::int64_t end_ms,
                               std::int64_t step_ms)
    : site_(site), step_ms_(step_ms), dt_h_(static_cast<double>(step_ms) / 3.6e6),
      last_soc_pct_(site.bess.soc_initial_pct),
      demand_(std::make_unique<DemandTracker>(site.grid.tariff, site.location.time_zone, start_ms,
                                              end_ms)) {
    k_.soc_start_pct = site.bess.soc_initial_pct;
}

KpiAccumulator::~KpiAccumulator() = default;

void KpiAccumulator::add(std::span<const StepRecord> steps) {
    const double dt = dt_h_;
    const double export_price = site_.grid.tariff.export_price_eur_per_mwh;
    double soc_travel_pct = 0;
    for (const StepRecord& r : steps) {
        const double import_kw = r.grid_kw > 0 ? r.grid_kw : 0.0;
        const double export_kw = r.grid_kw < 0 ? -r.grid_kw : 0.0;
        const double pv_export_kw = std::min(r.pv_kw, export_kw); // PV exports before the battery
        k_.load_kwh += r.load_kw * dt;
        k_.it_load_kwh += r.it_load_kw * dt;
        k_.bess_aux_kwh += r.bess_aux_kw * dt;
        k_.pv_kwh += r.pv_kw * dt;
        k_.pv_curtailed_kwh += r.pv_curtailed_kw * dt;
        k_.pv_exported_kwh += pv_export_kw * dt;
        k_.grid_import_kwh += import_kw * dt;
        k_.grid_export_kwh += export_kw * dt;
        if (r.bess_kw > 0)
            k_.bess_discharge_kwh += r.bess_kw * dt;
        else
            k_.bess_charge_kwh -= r.bess_kw * dt;
        k_.peak_import_kw = std::max(k_.peak_import_kw, import_kw);
        k_.energy_cost_eur += import_kw * dt * r.price_eur_per_mwh / 1000.0;
        k_.export_revenue_eur += export_kw * dt * export_price / 1000.0;
        k_.emissions_location_kg += import_kw * dt * r.carbon_g_per_kwh / 1000.0;
        soc_travel_pct += std::fabs(r.soc_pct - last_soc_pct_);
        last_soc_pct_ = r.soc_pct;
        demand_->add(r.time_ms, step_ms_, import_kw);
    }
    // EFC = sum |dSoC| / 2 (physics.md 3.2, BLAST convention)
    k_.equivalent_full_cycles += soc_travel_pct / 200.0;
    k_.steps += static_cast<std::int64_t>(steps.size());
}

SimulationKpis KpiAccumulator::finish() {
    k_.hours = static_cast<double>(k_.steps) * dt_h_;
    k_.soc_end_pct = last_soc_pct_;
    k_.pv_available_kwh = k_.pv_kwh + k_.pv_curtailed_kwh;
    k_.pv_self_consumed_kwh = k_.pv_kwh - k_.pv_exported_kwh;
    const double stored_change_kwh =
        (k_.soc_end_pct - k_.soc_start_pct) / 100.0 * site_.bess.capacity_kwh;
    k_.bess_losses_kwh = k_.bess_charge_kwh - k_.bess_discharge_kwh - stored_change_kwh;
    const double consumption_kwh = k_.load_kwh + k_.bess_aux_kwh;
    k_.self_sufficiency_pct =
        consumption_kwh > 0 ? 100.0 * (1.0 - k_.grid_import_kwh / consumption_kwh) : 0.0;
    for (const BillingPeriodResult& p : demand_->finish()) {
        k_.billing_periods.push_back(
            {p.local_start, p.peak_kw, p.peak_time_ms, p.demand_charge_eur});
        k_.peak_billing_import_kw = std::max(k_.peak_billing_import_kw, p.peak_kw);
    }
    k_.demand_charge_eur = demand_->totalDemandChargeEur();
    k_.total_cost_eur = k_.energy_cost_eur + k_.demand_charge_eur - k_.export_revenue_eur;
    return k_;
}

} // namespace gridtwin
