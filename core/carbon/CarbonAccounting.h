#pragma once
// Carbon and efficiency accounting on one hourly ledger and one boundary (reference/carbon.md 3,
// 4, 8): Scope 2 location- and market-based (GHG Protocol Scope 2 Guidance 2015), CFE % and
// hourly-matched % (carbon.md 4.3), PUE/REF/ERF/WUE/CUE (ISO/IEC 30134-2/-3/-6/-8/-9), intensity
// per GPU-hour and per MWh IT, per-job and per-project attribution from Slurm with the unattributed
// residual, a CBAM-consistent indirect-emissions statement (Reg. (EU) 2023/956 Annex IV method,
// used voluntarily: CBAM does not cover compute services or electricity consumed in the EU),
// the shadow carbon cost by quarter, the DR (EU) 2024/1364 field table, data quality and
// method sensitivity. Pure function of its inputs: same inputs, identical numbers.
//
// Formulas (E in kWh, EF in gCO2e/kWh, emissions in kgCO2e):
//   E_DC = sum(facility + BESS aux + BESS losses)      E_IT = sum(it)          PUE = E_DC / E_IT
//   Scope 2 LBM = sum_t import_t x EF_t / 1000
//   Scope 2 MBM = sum_i E_i x EF_i + (import - sum_i E_i) x EF_residual  (eligible i only,
//                 sum_i E_i capped at import; EF_residual = residual-mix row, else the supplier
//                 row, else the import-weighted location factor, flagged)
//   hourly-matched emissions = sum_t max(0, import_t - C_t) x EF_t, C_t = hourly PPA volume in t
//   CFE %  = sum_t [m_t + (L_t - m_t) x g_t] / sum_t L_t,  m_t = min(L_t, C_t + onsite_t)
//   hourly-matched % = sum_t min(L_t, C_t + onsite_t) / sum_t L_t
//            L_t = consumption (facility + BESS aux), onsite_t = PV self-consumed + PV-origin
//            battery discharge to load, g_t = grid CFE share (0 and flagged when unknown)
//   REF = (PV self-consumed + PV-origin discharge to load + eligible GO/PPA energy, capped at
//          import) / E_DC
//   CUE = Scope 2 / E_IT (kgCO2e/kWh, both methods; no Scope 1 sources in the boundary)
//   ERF = E_reuse / E_DC, WUE = W_in[L] / E_IT   (only with metered heat/water, else "no data")
//   job energy = sum_t E_IT,t x gpuh_job,t / max(installed GPU-h_t, sum_jobs gpuh_t) x PUE_t
//   job emissions (LBM) = sum_t job energy_t x consumption factor_t (battery-traced)
//   shadow cost = sum_q Em_q x P_q  (Em = CBAM-consistent indirect emissions of quarter q)

#include "carbon/CarbonPriceTable.h"
#include "carbon/HourlyLedger.h"
#include "carbon/Instruments.h"
#include "carbon/SlurmAccounting.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gridtwin {

struct CarbonInputs {
    const HourlyLedger* ledger = nullptr;          // required
    const InstrumentSet* instruments = nullptr;    // optional: no instruments = all import at residual
    const std::vector<SlurmJob>* jobs = nullptr;   // optional
    const CarbonPriceTable* prices = nullptr;      // optional
    std::optional<double> heat_reused_kwh;         // metered waste heat exported to an offtaker
    std::optional<double> water_input_m3;          // metered site water input
    int reporting_year = 0;                        // instruments must have this vintage
    std::string factor_provider;                   // e.g. "Electricity Maps (direct)"
    bool factors_builtin_example = false;          // factors are the labelled built-in example
    std::vector<double> price_band_eur_per_t{60.0, 75.0, 90.0, 110.0}; // carbon.md 1.4
};

enum class FactorKind { DefaultValue, OtherPublic, DirectLink, Ppa, BuiltinExample };
std::string_view factorKindLabel(FactorKind k);

/// One stream of the CBAM-consistent indirect-emissions statement (carbon.md 8.9).
struct CbamStatementRow {
    std::string stream;          // "Grid electricity (not covered by PPA)", "On-site PV", ...
    double energy_mwh = 0;
    double factor_t_per_mwh = 0; // tCO2e/MWh, rounded to 5 decimals in reports only
    FactorKind kind = FactorKind::OtherPublic;
    double emissions_t = 0;
    std::string evidence;        // what backs the factor
};

struct EvidenceItem {
    std::string item;
    std::string status;          // "present", "partial", "missing"
    std::string detail;
};

struct QuarterShadowCost {
    int year = 0;
    int quarter = 0;
    double emissions_t = 0;
    double price_eur_per_t = -1; // < 0: no price for the quarter (cost not computed, flagged)
    std::string price_kind;
    double cost_eur = 0;
};

struct EedField {
    std::string group;
    std::string field;
    std::string value;           // "" when missing
    std::string unit;
    std::string source;
    std::string quality;         // "measured", "simulated", "calculated", "configured", "missing"
};

struct JobAttribution {
    std::string job_id;
    std::string account;
    double gpu_hours = 0;        // within the ledger period
    double it_kwh = 0;
    double facility_kwh = 0;     // IT x hourly PUE
    double location_kg = 0;      // battery-traced hourly consumption factor
    double market_kg = 0;        // facility energy x market-based factor of the period
};

struct ProjectAttribution {
    std::string account;
    int jobs = 0;
    double gpu_hours = 0, it_kwh = 0, facility_kwh = 0, location_kg = 0, market_kg = 0;
};

struct SensitivityRow {
    std::string method;
    double emissions_t = 0;
    double cue_kg_per_kwh = 0;
    std::string note;
};

struct QualityRow {
    std::string item;
    double value = 0;
    std::string unit;
    std::string note;
};

struct CarbonResult {
    // Energy (kWh)
    double e_dc_kwh = 0, e_it_kwh = 0, e_import_kwh = 0, e_export_kwh = 0;
    double e_pv_kwh = 0, e_pv_self_kwh = 0, e_renewable_kwh = 0;
    double e_instruments_eligible_kwh = 0;   // GO/PPA energy counted in MBM (capped at import)
    double e_ppa_hourly_matched_kwh = 0;
    std::vector<double> ppa_hourly_kwh;      // C_t: eligible hourly PPA volume per ledger hour
    // Scope 2 (kgCO2e)
    double scope2_location_kg = 0;
    double scope2_location_annual_factor_kg = 0; // import x mean factor (variant)
    double scope2_market_kg = 0;
    double hourly_matched_kg = 0;
    double lifecycle_kg = -1;                    // footprint view, < 0 without life-cycle factors
    double residual_factor_g_per_kwh = 0;
    std::string residual_factor_source;
    // Ratios
    double cfe_pct = 0, hourly_matched_pct = 0;
    bool grid_cfe_known = false;
    double pue = 0, ref = 0;
    double cue_location = 0, cue_market = 0;    // kgCO2e/kWh
    std::optional<double> erf;                  // no data -> nullopt
    std::optional<double> wue_l_per_kwh;
    // Intensities
    double allocated_gpu_hours = 0;             // from Slurm (0 without jobs)
    double installed_gpu_hours = 0;
    double kg_per_gpu_hour_location = 0;        // per allocated GPU-h when jobs exist, else installed
    double kg_per_gpu_hour_market = 0;
    double kg_per_mwh_it_location = 0, kg_per_mwh_it_market = 0;
    double bess_factor_g_per_kwh = 0;           // sum(discharge carbon) / sum(discharge)
    double consumption_factor_g_per_kwh = 0;    // consumption-weighted location factor
    double time_average_factor_g_per_kwh = 0;   // plain mean over hours
    // Attribution
    std::vector<JobAttribution> jobs;
    std::vector<ProjectAttribution> projects;   // by account, descending location_kg
    double unattributed_it_kwh = 0, unattributed_facility_kwh = 0, unattributed_location_kg = 0,
           unattributed_market_kg = 0;
    // CBAM-consistent statement
    std::vector<CbamStatementRow> cbam_rows;
    double cbam_emissions_t = 0;
    double cbam_default_share_pct = 0;          // share of emissions based on default values
    std::vector<EvidenceItem> evidence;
    std::vector<QuarterShadowCost> shadow_by_quarter;
    double shadow_cost_eur = 0;                 // sum over quarters with a price
    std::vector<std::pair<double, double>> shadow_band; // (EUR/t, EUR) per band price
    // EED, quality, sensitivity
    std::vector<EedField> eed;
    std::vector<QualityRow> quality;
    std::vector<SensitivityRow> sensitivity;
    std::vector<std::string> notes;             // flags raised while computing (fallbacks used)
};

/// Throws std::invalid_argument when inputs.ledger is null or empty.
CarbonResult computeCarbonAccounting(const CarbonInputs& inputs);

} // namespace gridtwin
