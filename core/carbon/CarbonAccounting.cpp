#include "carbon/CarbonAccounting.h"

#include "carbon/CarbonStatements.h"
#include "carbon/JobAttribution.h"
#include "model/TimeUtc.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

// The English texts put into the result here (fields, items, notes, roles) are translated for the
// white paper by ui/report/CoreTextCatalog.cpp: a new or changed fixed text goes there too.
namespace gridtwin {

std::string_view factorKindLabel(FactorKind k) {
    switch (k) {
    case FactorKind::DefaultValue: return "default value";
    case FactorKind::OtherPublic: return "other publicly available";
    case FactorKind::DirectLink: return "direct technical link";
    case FactorKind::Ppa: return "power purchase agreement";
    case FactorKind::BuiltinExample: return "built-in example (not a valid source)";
    }
    return "?";
}

namespace {

bool renewableTechnology(const std::string& tech) {
    static constexpr std::array<std::string_view, 8> kRenewable{"solar", "wind", "hydro", "biomass", "geothermal",
                                                                "marine", "wind_offshore", "wind_onshore"};
    return std::find(kRenewable.begin(), kRenewable.end(), tech) != kRenewable.end();
}

int yearOf(std::int64_t ms) { return civilFromMs(ms).year; }

// Eligible instruments (GHG Protocol Scope 2 quality criteria 3, 4, 5: cancelled, same reporting
// year, same market) spread onto the ledger hours.
HourlyContracts contractsPerHour(const CarbonInputs& in, int year, double& eligible_kwh, double& eligible_kg,
                                 double& renewable_kwh, CarbonResult& r) {
    const HourlyLedger& l = *in.ledger;
    HourlyContracts c;
    const std::size_t n = l.hours.size();
    c.ppa_hourly_kwh.assign(n, 0.0);
    c.ppa_physical_kwh.assign(n, 0.0);
    c.ppa_profiled_kwh.assign(n, 0.0);
    eligible_kwh = eligible_kg = renewable_kwh = 0;
    if (!in.instruments) return c;
    int rejected = 0;
    for (const InstrumentVolume& v : in.instruments->volumes) {
        if (!v.eligible(year)) {
            ++rejected;
            continue;
        }
        eligible_kwh += v.volume_kwh;
        eligible_kg += v.volume_kwh * v.factor_g_per_kwh / 1000.0;
        if (renewableTechnology(v.technology)) renewable_kwh += v.volume_kwh;
        if (v.kind == InstrumentKind::GuaranteeOfOrigin) continue; // GOs are not hourly instruments
        if (v.hourly()) {
            if (v.start_ms < l.start_ms || v.start_ms >= l.end_ms) continue;
            const auto i = static_cast<std::size_t>((v.start_ms - l.start_ms) / kMsPerHour);
            c.ppa_hourly_kwh[i] += v.volume_kwh;
            if (v.kind == InstrumentKind::PpaPhysical) {
                c.ppa_physical_kwh[i] += v.volume_kwh;
                if (std::find(c.physical_ids.begin(), c.physical_ids.end(), v.id) == c.physical_ids.end())
                    c.physical_ids.push_back(v.id);
            }
        } else {
            // Sensitivity only: a monthly volume spread flat over its hours (a load-profile proxy).
            const std::int64_t a = std::max(v.start_ms, l.start_ms), b = std::min(v.end_ms, l.end_ms);
            const double per_hour = v.volume_kwh * static_cast<double>(kMsPerHour) / static_cast<double>(v.end_ms - v.start_ms);
            for (std::int64_t t = a - (a - l.start_ms) % kMsPerHour; t < b; t += kMsPerHour)
                c.ppa_profiled_kwh[static_cast<std::size_t>((t - l.start_ms) / kMsPerHour)] += per_hour;
        }
    }
    if (rejected > 0)
        r.notes.push_back(std::to_string(rejected) +
                          " instrument rows fail the Scope 2 quality criteria (not cancelled, other market or other "
                          "vintage) and are not counted");
    return c;
}

void addQuality(CarbonResult& r, const HourlyLedger& l, const CarbonInputs& in) {
    int no_data = 0, estimated = 0, simulated = 0;
    double est_kg = 0, max_residual = 0;
    for (const LedgerHour& h : l.hours) {
        if (h.samples == 0) ++no_data;
        if (h.factor_estimated) { ++estimated; est_kg += h.importCarbonKg(); }
        if (h.quality == Quality::Simulated) ++simulated;
        max_residual = std::max(max_residual, std::fabs(h.balanceResidualKwh()));
    }
    const double n = std::max<double>(1.0, static_cast<double>(l.hours.size()));
    const double completeness = l.totals.expected_hours > 0 ? 100.0 * l.totals.covered_hours / l.totals.expected_hours : 0.0;
    r.quality = {
        {"Ledger completeness (time covered by data)", completeness, "%", "per hour: steps x step length / 1 h"},
        {"Hours without data", static_cast<double>(no_data), "h", "counted as zero energy, never filled"},
        {"Hours with simulated data", 100.0 * simulated / n, "%", "simulation output, not meter readings"},
        {"Hours with an estimated emission factor", 100.0 * estimated / n, "%", "flag of the factor dataset"},
        {"Scope 2 (location) based on estimated factors", r.scope2_location_kg > 0 ? 100.0 * est_kg / r.scope2_location_kg : 0.0,
         "%", "share of emissions"},
        {"Emission factors from the built-in example", in.factors_builtin_example ? 100.0 : 0.0, "%",
         in.factors_builtin_example ? "NOT measured data: import a factor dataset" : "imported dataset"},
        {"Share of CBAM-consistent emissions based on default values", r.cbam_default_share_pct, "%", "CBAM template metric"},
        {"Grid CFE share known", r.grid_cfe_known ? 100.0 : 0.0, "%", r.grid_cfe_known ? "from the factor dataset" : "unknown: grid CFE counted as 0"},
        {"Largest hourly energy-balance residual", max_residual, "kWh", "facility + aux + charge + export - (PV + import + discharge)"},
        {"Battery pool carbon at the start", l.totals.bess_pool_carbon_kg_start, "kgCO2e", "initial stored energy at the first hour's factor"},
        {"Battery pool carbon carried forward", l.totals.bess_pool_carbon_kg_end, "kgCO2e", "stored at the end of the period"},
    };
}

} // namespace

CarbonResult computeCarbonAccounting(const CarbonInputs& in) {
    if (!in.ledger || in.ledger->hours.empty()) throw std::invalid_argument("computeCarbonAccounting: no ledger");
    const HourlyLedger& l = *in.ledger;
    const LedgerTotals& t = l.totals;
    const int year = in.reporting_year != 0 ? in.reporting_year : yearOf(l.start_ms);
    CarbonResult r;
    r.e_dc_kwh = t.dc_kwh;
    r.e_it_kwh = t.it_kwh;
    r.e_import_kwh = t.grid_import_kwh;
    r.e_export_kwh = t.grid_export_kwh;
    r.e_pv_kwh = t.pv_generation_kwh;

    double eligible_kwh = 0, eligible_kg = 0, renewable_instr_kwh = 0;
    const HourlyContracts c = contractsPerHour(in, year, eligible_kwh, eligible_kg, renewable_instr_kwh, r);

    // Per-hour sums: CFE (carbon.md 4.3), hourly matching, factor statistics.
    double sum_l = 0, sum_cfe = 0, sum_matched = 0, hm_kg = 0, hm_prof_kg = 0, lca_kg = 0;
    double onsite_kwh = 0, ppa_matched = 0, factor_sum = 0;
    int factor_hours = 0;
    bool lca_all = true, cfe_all = true;
    for (std::size_t i = 0; i < l.hours.size(); ++i) {
        const LedgerHour& h = l.hours[i];
        const double load = h.consumptionKwh();
        const double onsite = h.pv_self_consumed_kwh + h.dischargeToLoadPvKwh();
        onsite_kwh += onsite;
        const double m = std::min(load, c.ppa_hourly_kwh[i] + onsite);
        if (h.samples > 0) {
            if (h.grid_cfe_pct < 0) cfe_all = false;
            if (h.lifecycle_g_per_kwh < 0) lca_all = false;
            factor_sum += h.location_g_per_kwh;
            ++factor_hours;
        }
        const double g = h.grid_cfe_pct >= 0 ? h.grid_cfe_pct / 100.0 : 0.0;
        sum_l += load;
        sum_matched += m;
        sum_cfe += m + (load - m) * g;
        ppa_matched += std::min(h.grid_import_kwh, c.ppa_hourly_kwh[i]);
        hm_kg += std::max(0.0, h.grid_import_kwh - c.ppa_hourly_kwh[i]) * h.location_g_per_kwh / 1000.0;
        hm_prof_kg += std::max(0.0, h.grid_import_kwh - c.ppa_hourly_kwh[i] - c.ppa_profiled_kwh[i]) * h.location_g_per_kwh / 1000.0;
        if (h.lifecycle_g_per_kwh >= 0) lca_kg += h.grid_import_kwh * h.lifecycle_g_per_kwh / 1000.0;
    }
    r.e_pv_self_kwh = onsite_kwh;
    r.e_ppa_hourly_matched_kwh = ppa_matched;
    r.ppa_hourly_kwh = c.ppa_hourly_kwh;
    r.grid_cfe_known = cfe_all && factor_hours > 0;
    if (!r.grid_cfe_known) r.notes.push_back("grid carbon-free share unknown for some hours: counted as 0 in CFE %");
    r.cfe_pct = sum_l > 0 ? 100.0 * sum_cfe / sum_l : 0.0;
    r.hourly_matched_pct = sum_l > 0 ? 100.0 * sum_matched / sum_l : 0.0;
    r.time_average_factor_g_per_kwh = factor_hours > 0 ? factor_sum / factor_hours : 0.0;

    // Scope 2 (GHG Protocol Scope 2 Guidance 2015): location-based with hourly direct factors.
    r.scope2_location_kg = t.import_carbon_kg;
    r.scope2_location_annual_factor_kg = t.grid_import_kwh * r.time_average_factor_g_per_kwh / 1000.0;
    r.hourly_matched_kg = hm_kg;
    r.lifecycle_kg = lca_all && factor_hours > 0 ? lca_kg : -1.0;
    // Market-based: eligible instruments (capped at import) at their factor, the rest at the residual mix.
    const double covered = std::min(eligible_kwh, t.grid_import_kwh);
    const double cover_scale = eligible_kwh > 0 ? covered / eligible_kwh : 0.0;
    if (in.instruments && in.instruments->residual_mix_g_per_kwh >= 0) {
        r.residual_factor_g_per_kwh = in.instruments->residual_mix_g_per_kwh;
        r.residual_factor_source = "residual mix: " + in.instruments->residual_mix_source;
    } else if (in.instruments && in.instruments->supplier_g_per_kwh >= 0) {
        r.residual_factor_g_per_kwh = in.instruments->supplier_g_per_kwh;
        r.residual_factor_source = "supplier-specific factor";
    } else {
        r.residual_factor_g_per_kwh = t.grid_import_kwh > 0 ? 1000.0 * t.import_carbon_kg / t.grid_import_kwh : 0.0;
        r.residual_factor_source = "no residual mix given: import-weighted location factor stands in (flagged)";
        r.notes.push_back(r.residual_factor_source);
    }
    r.e_instruments_eligible_kwh = covered;
    r.scope2_market_kg = eligible_kg * cover_scale + (t.grid_import_kwh - covered) * r.residual_factor_g_per_kwh / 1000.0;

    // ISO/IEC 30134 KPIs on the same ledger.
    r.pue = r.e_it_kwh > 0 ? r.e_dc_kwh / r.e_it_kwh : 0.0;                        // 30134-2
    r.e_renewable_kwh = onsite_kwh + std::min(renewable_instr_kwh * cover_scale, covered);
    r.ref = r.e_dc_kwh > 0 ? r.e_renewable_kwh / r.e_dc_kwh : 0.0;                 // 30134-3
    r.cue_location = r.e_it_kwh > 0 ? r.scope2_location_kg / r.e_it_kwh : 0.0;     // 30134-8
    r.cue_market = r.e_it_kwh > 0 ? r.scope2_market_kg / r.e_it_kwh : 0.0;
    if (in.heat_reused_kwh && r.e_dc_kwh > 0) r.erf = *in.heat_reused_kwh / r.e_dc_kwh;          // 30134-6
    if (in.water_input_m3 && r.e_it_kwh > 0) r.wue_l_per_kwh = *in.water_input_m3 * 1000.0 / r.e_it_kwh; // 30134-9

    r.bess_factor_g_per_kwh = t.bess_discharge_kwh > 0 ? 1000.0 * t.bess_discharge_carbon_kg / t.bess_discharge_kwh : 0.0;
    r.consumption_factor_g_per_kwh = sum_l > 0 ? 1000.0 * t.consumption_carbon_kg / sum_l : 0.0;

    if (in.jobs) attributeJobs(l, *in.jobs, r);
    r.installed_gpu_hours = l.installed_gpus * t.expected_hours;
    const double gpuh = r.allocated_gpu_hours > 0 ? r.allocated_gpu_hours : r.installed_gpu_hours;
    if (r.allocated_gpu_hours <= 0 && gpuh > 0) r.notes.push_back("no Slurm jobs: kgCO2e per GPU-hour uses installed GPU-hours");
    r.kg_per_gpu_hour_location = gpuh > 0 ? r.scope2_location_kg / gpuh : 0.0;
    r.kg_per_gpu_hour_market = gpuh > 0 ? r.scope2_market_kg / gpuh : 0.0;
    r.kg_per_mwh_it_location = r.e_it_kwh > 0 ? r.scope2_location_kg / (r.e_it_kwh / 1000.0) : 0.0;
    r.kg_per_mwh_it_market = r.e_it_kwh > 0 ? r.scope2_market_kg / (r.e_it_kwh / 1000.0) : 0.0;

    buildCbamStatement(in, c, r);
    buildEedFields(in, r);
    addQuality(r, l, in);

    auto sens = [&](std::string method, double kg, std::string note) {
        r.sensitivity.push_back({std::move(method), kg / 1000.0, r.e_it_kwh > 0 ? kg / r.e_it_kwh : 0.0, std::move(note)});
    };
    sens("Location-based, hourly direct factors", r.scope2_location_kg, "Scope 2 LBM (reported)");
    sens("Location-based, annual mean factor", r.scope2_location_annual_factor_kg, "import x time-average factor");
    sens("Market-based", r.scope2_market_kg, "Scope 2 MBM (reported); residual: " + r.residual_factor_source);
    sens("Hourly matched (hourly PPA volumes)", r.hourly_matched_kg, "proposed GHG Protocol revision; not Scope 2 2015");
    sens("Hourly matched (monthly PPA volumes spread flat)", hm_prof_kg, "load-profile proxy, sensitivity only");
    sens("Consumption, battery-traced", t.consumption_carbon_kg, "emissions of the energy consumed on site per hour");
    if (r.lifecycle_kg >= 0) sens("Life-cycle factors (footprint view)", r.lifecycle_kg, "never part of Scope 2");
    return r;
}

} // namespace gridtwin
