#pragma once
// The hourly energy and carbon ledger (reference/carbon.md 4.5 and 8.5): every KPI of the carbon
// report is computed from these rows and one boundary. Built by LedgerBuilder from a stream of
// StepRecords (a SiteSimulation run or historian samples); energies in kWh, factors in gCO2e/kWh,
// carbon in kgCO2e, times UTC ms.
//
// Per-hour energy balance (closes to rounding in every hour, tests check it):
//   facility_kwh + bess_aux_kwh + bess_charge_kwh + grid_export_kwh
//     = pv_generation_kwh + grid_import_kwh + bess_discharge_kwh
// with the source split of BRIEF.md's flow-allocation rule (docs/flow-allocation.md):
//   bess_charge_kwh = bess_charge_pv_kwh + bess_charge_grid_kwh
//   pv_generation_kwh = pv_self_consumed_kwh + bess_charge_pv_kwh + pv_exported_kwh
//   facility_kwh + bess_aux_kwh = pv_self_consumed_kwh + bess_to_load_kwh + grid_to_load_kwh
//
// Battery charge-source tracing (carbon.md 4.5, "battery as a pool"): the stored energy (SoC x
// capacity) carries the carbon of the energy that charged it: PV charge adds 0 kg, grid charge adds
// kWh x location factor of the hour it charged. A discharge that takes the fraction f of the stored
// energy takes the fraction f of the pool's carbon and PV share. Carbon is conserved in the pool:
// conversion and self-discharge losses carry no carbon of their own, so over a full cycle the
// discharged energy carries all the charged carbon, i.e. EF_bat = sum(E_ch,grid x EF) / sum(E_dis)
// (carbon.md 4.5). Losses per hour = charge - discharge - stored-energy change; they belong to E_DC
// because the BESS serves the data centre. The energy stored at the start of the period is
// assigned the location factor of the first hour (stated in the report; it is carried forward).

#include "model/StepRecord.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace gridtwin {

struct FactorSeries;

struct LedgerHour {
    std::int64_t hour_start_ms = 0;     // UTC, on the hour
    // Energies in the hour (kWh)
    double grid_import_kwh = 0;
    double grid_export_kwh = 0;
    double pv_generation_kwh = 0;       // delivered (available minus curtailed)
    double pv_self_consumed_kwh = 0;    // PV straight to the site load (facility + BESS aux)
    double pv_exported_kwh = 0;
    double pv_curtailed_kwh = 0;
    double bess_charge_pv_kwh = 0;      // AC into the PCS from PV surplus
    double bess_charge_grid_kwh = 0;    // AC into the PCS from the grid
    double bess_discharge_kwh = 0;      // AC out of the PCS (to load and to grid)
    double bess_to_load_kwh = 0;        // part of the discharge that serves the site load
    double bess_losses_kwh = 0;         // charge - discharge - stored change (conversion, self-discharge)
    double bess_aux_kwh = 0;            // BESS HVAC/BMS, drawn from the site bus
    double grid_to_load_kwh = 0;        // part of the import that serves the site load
    double it_kwh = 0;                  // IT equipment energy (E_IT)
    double facility_kwh = 0;            // facility load incl. cooling and fixed loads (without BESS aux)
    // Factors and prices of the hour
    double location_g_per_kwh = 0;      // direct grid factor (Scope 2 location-based)
    double lifecycle_g_per_kwh = -1;    // life-cycle factor; < 0 when the factor source has none
    double grid_cfe_pct = -1;           // grid carbon-free share; < 0 when unknown
    bool factor_estimated = false;      // the factor source flags this hour as estimated
    double price_eur_per_mwh = 0;
    // Battery pool
    double bess_discharge_carbon_kg = 0;   // carbon the discharge carries out of the pool
    double bess_discharge_pv_kwh = 0;      // PV-origin part of the discharge
    double bess_pool_carbon_kg_end = 0;    // carbon in the pool at the end of the hour
    double bess_stored_kwh_end = 0;        // stored energy at the end of the hour (SoC x capacity)
    // Emissions of the energy consumed on site in the hour, location-based (kgCO2e):
    //   grid_to_load x location factor + discharge-to-load share of the discharge carbon
    double consumption_carbon_kg = 0;
    // Data completeness
    int samples = 0;                    // steps that fell in the hour
    double completeness = 0;            // covered time / 1 h, 0..1
    Quality quality = Quality::Good;    // worst quality of the steps in the hour

    /// E_DC share of the hour: facility + BESS aux + BESS losses.
    double dcEnergyKwh() const { return facility_kwh + bess_aux_kwh + bess_losses_kwh; }
    /// Consumption served on site in the hour: facility + BESS aux.
    double consumptionKwh() const { return facility_kwh + bess_aux_kwh; }
    /// Scope 2 location-based emissions of the hour's import (kgCO2e).
    double importCarbonKg() const { return grid_import_kwh * location_g_per_kwh / 1000.0; }
    /// Carbon and PV-origin energy of the discharge share that served the site load.
    double dischargeToLoadCarbonKg() const;
    double dischargeToLoadPvKwh() const;
    /// The balance residual of the header formula (kWh); ~0 on a valid hour.
    double balanceResidualKwh() const;
};

struct LedgerTotals {
    double grid_import_kwh = 0, grid_export_kwh = 0;
    double pv_generation_kwh = 0, pv_self_consumed_kwh = 0, pv_exported_kwh = 0, pv_curtailed_kwh = 0;
    double bess_charge_pv_kwh = 0, bess_charge_grid_kwh = 0, bess_discharge_kwh = 0;
    double bess_to_load_kwh = 0, bess_losses_kwh = 0, bess_aux_kwh = 0, grid_to_load_kwh = 0;
    double it_kwh = 0, facility_kwh = 0, dc_kwh = 0;
    double import_carbon_kg = 0;           // sum of grid import x location factor
    double consumption_carbon_kg = 0;
    double bess_discharge_carbon_kg = 0;
    double bess_export_carbon_kg = 0;      // carbon that left with battery energy exported
    double bess_pool_carbon_kg_start = 0;  // carbon assigned to the initial stored energy
    double bess_pool_carbon_kg_end = 0;
    double expected_hours = 0;             // hours of the period
    double covered_hours = 0;              // sum of completeness
};

struct HourlyLedger {
    std::string site_name;
    std::string source;                    // "simulation", "historian FILE", ...
    std::string factor_source;             // label of the location factors used
    double bess_capacity_kwh = 0;
    int installed_gpus = 0;                // for per-GPU-hour figures (0 = unknown)
    double installed_it_kw = 0;            // PD_IT: every GPU at TDP with node overhead
    std::int64_t start_ms = 0;             // UTC, on the hour, inclusive
    std::int64_t end_ms = 0;               // exclusive
    std::vector<LedgerHour> hours;         // one per hour of [start_ms, end_ms), ascending
    LedgerTotals totals;
};

struct LedgerOptions {
    std::int64_t start_ms = 0;             // period (UTC, whole hours); steps outside are ignored
    std::int64_t end_ms = 0;
    std::int64_t step_ms = 900'000;        // duration of one StepRecord
    double bess_capacity_kwh = 0;          // stored energy = soc_pct / 100 x capacity
    double initial_soc_pct = 0;            // SoC at start_ms (StepRecord::soc_pct is end-of-step)
    /// Optional imported factors; when set they replace StepRecord::carbon_g_per_kwh and must cover
    /// every hour that has steps (InputError naming the factor file otherwise).
    const FactorSeries* factors = nullptr;
    std::string site_name;
    std::string source;
    int installed_gpus = 0;
    double installed_it_kw = 0;
};

/// Streaming sink: feed StepRecord batches in time order, then finish(). Memory is one LedgerHour
/// per hour of the period, independent of the step length.
class LedgerBuilder {
public:
    explicit LedgerBuilder(LedgerOptions options);
    /// Steps must be in ascending time; a step before the previous one throws std::invalid_argument.
    void add(std::span<const StepRecord> steps);
    /// Closes the ledger (hours without steps stay with completeness 0) and computes the totals.
    HourlyLedger finish();

private:
    void addStep(const StepRecord& r);
    LedgerOptions o_;
    HourlyLedger ledger_;
    std::int64_t last_time_ms_;
    double stored_kwh_ = 0;        // pool energy
    double pool_carbon_kg_ = 0;    // pool carbon
    double pool_pv_kwh_ = 0;       // PV-origin part of the pool energy
    bool pool_initialised_ = false;
};

/// Totals over the hours (used by finish() and by readers of a ledger CSV).
LedgerTotals sumLedger(std::span<const LedgerHour> hours, double bess_pool_carbon_kg_start);

} // namespace gridtwin
