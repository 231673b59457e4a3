#include "carbon/HourlyLedger.h"

#include "carbon/FactorSeries.h"
#include "model/FlowAllocation.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gridtwin {

double LedgerHour::dischargeToLoadCarbonKg() const {
    return bess_discharge_kwh > 0 ? bess_discharge_carbon_kg * bess_to_load_kwh / bess_discharge_kwh : 0.0;
}

double LedgerHour::dischargeToLoadPvKwh() const {
    return bess_discharge_kwh > 0 ? bess_discharge_pv_kwh * bess_to_load_kwh / bess_discharge_kwh : 0.0;
}

double LedgerHour::balanceResidualKwh() const {
    return facility_kwh + bess_aux_kwh + bess_charge_pv_kwh + bess_charge_grid_kwh + grid_export_kwh -
           (pv_generation_kwh + grid_import_kwh + bess_discharge_kwh);
}

namespace {

int qualityRank(Quality q) {
    switch (q) {
    case Quality::Good: return 0;
    case Quality::Simulated: return 1;
    case Quality::Stale: return 2;
    case Quality::Bad: return 3;
    }
    return 3;
}

} // namespace

LedgerBuilder::LedgerBuilder(LedgerOptions options)
    : o_(std::move(options)), last_time_ms_(std::numeric_limits<std::int64_t>::min()) {
    if (o_.start_ms % kMsPerHour != 0 || o_.end_ms % kMsPerHour != 0 || o_.end_ms <= o_.start_ms)
        throw std::invalid_argument("LedgerBuilder: the period must be whole UTC hours with end > start");
    if (o_.step_ms <= 0 || o_.step_ms > kMsPerHour)
        throw std::invalid_argument("LedgerBuilder: the step must be between 1 ms and 1 h");
    ledger_.site_name = o_.site_name;
    ledger_.source = o_.source;
    ledger_.bess_capacity_kwh = o_.bess_capacity_kwh;
    ledger_.installed_gpus = o_.installed_gpus;
    ledger_.installed_it_kw = o_.installed_it_kw;
    ledger_.start_ms = o_.start_ms;
    ledger_.end_ms = o_.end_ms;
    ledger_.factor_source = o_.factors ? o_.factors->provider + (o_.factors->file.empty() ? "" : " " + o_.factors->file)
                                       : "carbon_g_per_kwh of the step records";
    const auto n = static_cast<std::size_t>((o_.end_ms - o_.start_ms) / kMsPerHour);
    ledger_.hours.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        LedgerHour& h = ledger_.hours[i];
        h.hour_start_ms = o_.start_ms + static_cast<std::int64_t>(i) * kMsPerHour;
        h.quality = Quality::Bad; // until a step arrives
        if (o_.factors) {
            if (const HourlyFactor* f = o_.factors->at(h.hour_start_ms)) {
                h.location_g_per_kwh = f->direct_g_per_kwh;
                h.lifecycle_g_per_kwh = f->lifecycle_g_per_kwh;
                h.grid_cfe_pct = f->cfe_pct;
                h.factor_estimated = f->estimated;
            }
        }
    }
}

void LedgerBuilder::add(std::span<const StepRecord> steps) {
    for (const StepRecord& r : steps) addStep(r);
}

void LedgerBuilder::addStep(const StepRecord& r) {
    if (r.time_ms < last_time_ms_)
        throw std::invalid_argument("LedgerBuilder: step at " + formatIsoUtc(r.time_ms) + " before the previous one");
    last_time_ms_ = r.time_ms;
    if (r.time_ms < o_.start_ms || r.time_ms >= o_.end_ms) return;
    // A step counts in the hour holding its start (steps are at most 1 h and hour-aligned in
    // simulation output and in the historian's regular logs).
    LedgerHour& h = ledger_.hours[static_cast<std::size_t>((r.time_ms - o_.start_ms) / kMsPerHour)];
    if (h.samples == 0) {
        if (o_.factors) {
            if (!o_.factors->at(h.hour_start_ms))
                throw InputError(o_.factors->file, "hour " + formatIsoUtc(h.hour_start_ms),
                                 "a factor for every hour of the ledger period (" + formatIsoUtc(o_.start_ms) +
                                     " to " + formatIsoUtc(o_.end_ms) + ")",
                                 "no value");
        } else {
            h.location_g_per_kwh = r.carbon_g_per_kwh;
        }
        h.price_eur_per_mwh = r.price_eur_per_mwh;
        h.quality = r.quality;
    } else if (qualityRank(r.quality) > qualityRank(h.quality)) {
        h.quality = r.quality;
    }
    const double g_kg_per_kwh = h.location_g_per_kwh / 1000.0;
    if (!pool_initialised_) {
        // The energy stored at the start is assigned the location factor of its first hour.
        stored_kwh_ = o_.initial_soc_pct / 100.0 * o_.bess_capacity_kwh;
        pool_carbon_kg_ = stored_kwh_ * g_kg_per_kwh;
        pool_pv_kwh_ = 0;
        ledger_.totals.bess_pool_carbon_kg_start = pool_carbon_kg_;
        pool_initialised_ = true;
    }
    ++h.samples;
    const double dt_h = static_cast<double>(o_.step_ms) / static_cast<double>(kMsPerHour);
    const PowerFlows f = allocateFlows(r);
    h.grid_import_kwh += std::max(r.grid_kw, 0.0) * dt_h;
    h.grid_export_kwh += std::max(-r.grid_kw, 0.0) * dt_h;
    h.pv_generation_kwh += r.pv_kw * dt_h;
    h.pv_self_consumed_kwh += f.pv_to_load_kw * dt_h;
    h.pv_exported_kwh += f.pv_to_grid_kw * dt_h;
    h.pv_curtailed_kwh += r.pv_curtailed_kw * dt_h;
    const double q_pv = f.pv_to_bess_kw * dt_h, q_grid = f.grid_to_bess_kw * dt_h;
    const double d = std::max(r.bess_kw, 0.0) * dt_h;
    h.bess_charge_pv_kwh += q_pv;
    h.bess_charge_grid_kwh += q_grid;
    h.bess_discharge_kwh += d;
    h.bess_to_load_kwh += f.bess_to_load_kw * dt_h;
    h.bess_aux_kwh += r.bess_aux_kw * dt_h;
    h.grid_to_load_kwh += f.grid_to_load_kw * dt_h;
    h.it_kwh += r.it_load_kw * dt_h;
    h.facility_kwh += r.load_kw * dt_h;

    // Battery pool (header comment): carbon in with grid charge, out in proportion to the stored
    // energy a discharge takes; the PV-origin share follows the stored energy.
    const double e0 = stored_kwh_;
    const double e1 = std::max(0.0, r.soc_pct / 100.0 * o_.bess_capacity_kwh);
    h.bess_losses_kwh += q_pv + q_grid - d - (e1 - e0);
    pool_carbon_kg_ += q_grid * g_kg_per_kwh;
    if (d > 0) {
        if (e0 > 1e-9) {
            const double frac = std::clamp((e0 - e1) / e0, 0.0, 1.0);
            const double carbon_out = pool_carbon_kg_ * frac;
            pool_carbon_kg_ -= carbon_out;
            h.bess_discharge_carbon_kg += carbon_out;
            h.bess_discharge_pv_kwh += d * std::clamp(pool_pv_kwh_ / e0, 0.0, 1.0);
        } else {
            // Discharge reported from an empty store (inconsistent SoC data): the hour's grid factor.
            h.bess_discharge_carbon_kg += d * g_kg_per_kwh;
        }
    }
    if (e1 < e0) {
        pool_pv_kwh_ *= e0 > 0 ? e1 / e0 : 0.0;
    } else if (q_pv + q_grid > 0) {
        pool_pv_kwh_ += (e1 - e0) * q_pv / (q_pv + q_grid);
    }
    pool_pv_kwh_ = std::clamp(pool_pv_kwh_, 0.0, e1);
    if (e1 <= 1e-9) pool_carbon_kg_ = std::max(pool_carbon_kg_, 0.0);
    stored_kwh_ = e1;
    h.bess_pool_carbon_kg_end = pool_carbon_kg_;
    h.bess_stored_kwh_end = e1;
    h.completeness = std::min(1.0, h.samples * static_cast<double>(o_.step_ms) / static_cast<double>(kMsPerHour));
}

HourlyLedger LedgerBuilder::finish() {
    if (!pool_initialised_) {
        stored_kwh_ = o_.initial_soc_pct / 100.0 * o_.bess_capacity_kwh;
        pool_carbon_kg_ = ledger_.hours.empty() ? 0 : stored_kwh_ * ledger_.hours.front().location_g_per_kwh / 1000.0;
        ledger_.totals.bess_pool_carbon_kg_start = pool_carbon_kg_;
    }
    double carbon = ledger_.totals.bess_pool_carbon_kg_start;
    double stored = o_.initial_soc_pct / 100.0 * o_.bess_capacity_kwh;
    for (LedgerHour& h : ledger_.hours) {
        if (h.samples == 0) {
            h.bess_pool_carbon_kg_end = carbon;
            h.bess_stored_kwh_end = stored;
        }
        carbon = h.bess_pool_carbon_kg_end;
        stored = h.bess_stored_kwh_end;
        // Location-based emissions of the consumption (carbon.md 4.5): grid share at the hour's
        // factor plus the discharge-to-load share of the carbon the discharge carries.
        h.consumption_carbon_kg = h.grid_to_load_kwh * h.location_g_per_kwh / 1000.0 + h.dischargeToLoadCarbonKg();
    }
    ledger_.totals = sumLedger(ledger_.hours, ledger_.totals.bess_pool_carbon_kg_start);
    return std::move(ledger_);
}

LedgerTotals sumLedger(std::span<const LedgerHour> hours, double bess_pool_carbon_kg_start) {
    LedgerTotals t;
    t.bess_pool_carbon_kg_start = bess_pool_carbon_kg_start;
    for (const LedgerHour& h : hours) {
        t.grid_import_kwh += h.grid_import_kwh;
        t.grid_export_kwh += h.grid_export_kwh;
        t.pv_generation_kwh += h.pv_generation_kwh;
        t.pv_self_consumed_kwh += h.pv_self_consumed_kwh;
        t.pv_exported_kwh += h.pv_exported_kwh;
        t.pv_curtailed_kwh += h.pv_curtailed_kwh;
        t.bess_charge_pv_kwh += h.bess_charge_pv_kwh;
        t.bess_charge_grid_kwh += h.bess_charge_grid_kwh;
        t.bess_discharge_kwh += h.bess_discharge_kwh;
        t.bess_to_load_kwh += h.bess_to_load_kwh;
        t.bess_losses_kwh += h.bess_losses_kwh;
        t.bess_aux_kwh += h.bess_aux_kwh;
        t.grid_to_load_kwh += h.grid_to_load_kwh;
        t.it_kwh += h.it_kwh;
        t.facility_kwh += h.facility_kwh;
        t.dc_kwh += h.dcEnergyKwh();
        t.import_carbon_kg += h.importCarbonKg();
        t.consumption_carbon_kg += h.consumption_carbon_kg;
        t.bess_discharge_carbon_kg += h.bess_discharge_carbon_kg;
        t.bess_export_carbon_kg += h.bess_discharge_carbon_kg - h.dischargeToLoadCarbonKg();
        t.covered_hours += h.completeness;
    }
    t.expected_hours = static_cast<double>(hours.size());
    t.bess_pool_carbon_kg_end = hours.empty() ? bess_pool_carbon_kg_start : hours.back().bess_pool_carbon_kg_end;
    return t;
}

} // namespace gridtwin
