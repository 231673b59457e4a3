#include "carbon/LedgerCsv.h"

#include "io/CsvText.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <array>
#include <cstdio>
#include <fstream>

namespace gridtwin {

namespace {

struct Column {
    const char* name;
    const char* doc;
    double LedgerHour::*field;
};

// Every numeric column with its unit in the name (BRIEF.md section 4) and its meaning.
constexpr std::array<Column, 25> kColumns{{
    {"grid_import_kwh", "energy imported from the grid", &LedgerHour::grid_import_kwh},
    {"grid_export_kwh", "energy exported to the grid", &LedgerHour::grid_export_kwh},
    {"pv_generation_kwh", "PV delivered (available minus curtailed)", &LedgerHour::pv_generation_kwh},
    {"pv_self_consumed_kwh", "PV straight to the site load", &LedgerHour::pv_self_consumed_kwh},
    {"pv_exported_kwh", "PV exported", &LedgerHour::pv_exported_kwh},
    {"pv_curtailed_kwh", "PV curtailed (not delivered)", &LedgerHour::pv_curtailed_kwh},
    {"bess_charge_pv_kwh", "battery charge from PV surplus (AC)", &LedgerHour::bess_charge_pv_kwh},
    {"bess_charge_grid_kwh", "battery charge from the grid (AC)", &LedgerHour::bess_charge_grid_kwh},
    {"bess_discharge_kwh", "battery discharge (AC)", &LedgerHour::bess_discharge_kwh},
    {"bess_to_load_kwh", "discharge that served the site load", &LedgerHour::bess_to_load_kwh},
    {"bess_discharge_pv_kwh", "PV-origin part of the discharge (pool tracing)", &LedgerHour::bess_discharge_pv_kwh},
    {"bess_losses_kwh", "charge - discharge - stored change", &LedgerHour::bess_losses_kwh},
    {"bess_aux_kwh", "battery HVAC/BMS from the site bus", &LedgerHour::bess_aux_kwh},
    {"grid_to_load_kwh", "import that served the site load", &LedgerHour::grid_to_load_kwh},
    {"it_kwh", "IT equipment energy E_IT", &LedgerHour::it_kwh},
    {"facility_kwh", "facility load incl. cooling, without battery aux", &LedgerHour::facility_kwh},
    {"location_g_per_kwh", "direct grid factor, gCO2e/kWh (Scope 2 LBM)", &LedgerHour::location_g_per_kwh},
    {"lifecycle_g_per_kwh", "life-cycle grid factor, gCO2e/kWh (-1 = none)", &LedgerHour::lifecycle_g_per_kwh},
    {"grid_cfe_pct", "grid carbon-free share, % (-1 = unknown)", &LedgerHour::grid_cfe_pct},
    {"price_eur_per_mwh", "energy price, EUR/MWh", &LedgerHour::price_eur_per_mwh},
    {"bess_discharge_carbon_kg", "carbon the discharge carries out of the pool, kgCO2e", &LedgerHour::bess_discharge_carbon_kg},
    {"bess_pool_carbon_kg_end", "carbon in the battery pool at the hour's end, kgCO2e", &LedgerHour::bess_pool_carbon_kg_end},
    {"bess_stored_kwh_end", "stored energy at the hour's end (SoC x capacity)", &LedgerHour::bess_stored_kwh_end},
    {"consumption_carbon_kg", "grid_to_load x factor + discharge carbon x bess_to_load / discharge, kgCO2e", &LedgerHour::consumption_carbon_kg},
    {"completeness", "time covered by data / 1 h (0..1)", &LedgerHour::completeness},
}};
constexpr std::size_t kNumeric = kColumns.size();

std::string_view qualityText(Quality q) {
    switch (q) {
    case Quality::Good: return "good";
    case Quality::Stale: return "stale";
    case Quality::Bad: return "bad";
    case Quality::Simulated: return "simulated";
    }
    return "bad";
}

} // namespace

void writeLedgerCsv(const HourlyLedger& l, const CarbonResult& r, const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw InputError(path, "", "a writable file", "cannot create it");
    char buf[128];
    auto num = [&](double v, int decimals) {
        std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
        return std::string(buf);
    };
    out << "# GridTwin hourly energy and carbon ledger (docs/carbon-inputs.md, \"Ledger CSV\")\n"
        << "# site: " << l.site_name << "\n"
        << "# source: " << l.source << "\n"
        << "# factor_source: " << l.factor_source << "\n"
        << "# period_utc: " << formatIsoUtc(l.start_ms) << " / " << formatIsoUtc(l.end_ms) << "\n"
        << "# bess_capacity_kwh: " << num(l.bess_capacity_kwh, 3) << "\n"
        << "# installed_gpus: " << l.installed_gpus << "\n"
        << "# installed_it_kw: " << num(l.installed_it_kw, 3) << "\n"
        << "# bess_pool_carbon_kg_start: " << num(l.totals.bess_pool_carbon_kg_start, 6) << "\n"
        << "# units: one row per UTC hour; energies kWh in the hour; factors gCO2e/kWh; carbon kgCO2e;\n"
        << "#   prices EUR/MWh; signs: every energy column >= 0\n"
        << "# columns:\n"
        << "#   hour_start_utc: start of the hour (ISO 8601, UTC)\n";
    for (std::size_t i = 0; i < kNumeric; ++i) out << "#   " << kColumns[i].name << ": " << kColumns[i].doc << "\n";
    out << "#   ppa_hourly_kwh: C_t, eligible hourly PPA volume in the hour (instruments file)\n"
        << "#   factor_estimated: 1 when the factor dataset flags the hour as estimated\n"
        << "#   samples: steps in the hour; quality: worst of good < simulated < stale < bad\n"
        << "# balance (every hour): facility + bess_aux + bess_charge_pv + bess_charge_grid + grid_export\n"
        << "#   = pv_generation + grid_import + bess_discharge\n"
        << "# KPI formulas (sums over all rows):\n"
        << "#   E_DC = sum(facility_kwh + bess_aux_kwh + bess_losses_kwh); E_IT = sum(it_kwh)\n"
        << "#   PUE = E_DC / E_IT (ISO/IEC 30134-2)\n"
        << "#   Scope 2 location-based kg = sum(grid_import_kwh x location_g_per_kwh) / 1000\n"
        << "#   CUE location = Scope 2 location-based / E_IT (ISO/IEC 30134-8)\n"
        << "#   on-site renewable = sum(pv_self_consumed_kwh + bess_discharge_pv_kwh x bess_to_load_kwh / bess_discharge_kwh)\n"
        << "#   REF = (on-site renewable + eligible instruments) / E_DC (ISO/IEC 30134-3)\n"
        << "#   L_t = facility_kwh + bess_aux_kwh; m_t = min(L_t, ppa_hourly_kwh_t + on-site renewable_t)\n"
        << "#   CFE % = 100 sum(m_t + (L_t - m_t) x grid_cfe_pct/100) / sum(L_t); hourly-matched % = 100 sum(m_t) / sum(L_t)\n"
        << "#   battery factor g/kWh = 1000 sum(bess_discharge_carbon_kg) / sum(bess_discharge_kwh)\n"
        << "#   Scope 2 market-based = eligible instruments x their factor + (import - instruments) x residual factor\n"
        << "#   hourly-matched kg = sum(max(0, grid_import_kwh - ppa_hourly_kwh) x location_g_per_kwh) / 1000\n"
        << "# headline results of this run:\n"
        << "#   E_DC_kwh=" << num(r.e_dc_kwh, 3) << " E_IT_kwh=" << num(r.e_it_kwh, 3) << " PUE=" << num(r.pue, 6)
        << " REF=" << num(r.ref, 6) << "\n"
        << "#   scope2_location_kg=" << num(r.scope2_location_kg, 3) << " scope2_market_kg=" << num(r.scope2_market_kg, 3)
        << " residual_factor_g_per_kwh=" << num(r.residual_factor_g_per_kwh, 4) << " eligible_instruments_kwh="
        << num(r.e_instruments_eligible_kwh, 3) << "\n"
        << "#   CFE_pct=" << num(r.cfe_pct, 6) << " hourly_matched_pct=" << num(r.hourly_matched_pct, 6)
        << " CUE_location=" << num(r.cue_location, 6) << " CUE_market=" << num(r.cue_market, 6)
        << " battery_factor_g_per_kwh=" << num(r.bess_factor_g_per_kwh, 4) << "\n";
    out << "hour_start_utc";
    for (std::size_t i = 0; i < kNumeric; ++i) out << ',' << kColumns[i].name;
    out << ",ppa_hourly_kwh,factor_estimated,samples,quality\n";
    const bool has_ppa = r.ppa_hourly_kwh.size() == l.hours.size();
    for (std::size_t k = 0; k < l.hours.size(); ++k) {
        const LedgerHour& h = l.hours[k];
        out << formatIsoUtc(h.hour_start_ms);
        for (std::size_t i = 0; i < kNumeric; ++i) out << ',' << num(h.*(kColumns[i].field), 6);
        out << ',' << num(has_ppa ? r.ppa_hourly_kwh[k] : 0.0, 6);
        out << ',' << (h.factor_estimated ? 1 : 0) << ',' << h.samples << ',' << qualityText(h.quality) << '\n';
    }
    if (!out) throw InputError(path, "", "a writable file", "a write error");
}

HourlyLedger readLedgerCsv(const std::string& path) {
    using namespace csvtext;
    HourlyLedger l;
    double pool_start = 0;
    {
        // Metadata lines "# key: value" before the header.
        std::ifstream in(path, std::ios::binary);
        if (!in) throw InputError(path, "", "a readable file", "no such file or no permission");
        std::string line;
        int n = 0;
        while (std::getline(in, line) && !line.empty() && line[0] == '#') {
            ++n;
            const auto colon = line.find(':');
            if (colon == std::string::npos) continue;
            const std::string key = trim(line.substr(1, colon - 1)), value = trim(line.substr(colon + 1));
            auto numberOf = [&](const std::string& text) {
                const auto v = number(text);
                if (!v) throw InputError(path, "line " + std::to_string(n) + " (" + key + ")", "a number", text);
                return *v;
            };
            if (key == "site") l.site_name = value;
            else if (key == "source") l.source = value;
            else if (key == "factor_source") l.factor_source = value;
            else if (key == "bess_capacity_kwh") l.bess_capacity_kwh = numberOf(value);
            else if (key == "installed_gpus") l.installed_gpus = static_cast<int>(numberOf(value));
            else if (key == "installed_it_kw") l.installed_it_kw = numberOf(value);
            else if (key == "bess_pool_carbon_kg_start") pool_start = numberOf(value);
        }
    }
    Table t(path, ',', "hour_start_utc and the ledger columns");
    const std::size_t c_time = t.require({"hour_start_utc"}, "hour_start_utc");
    std::array<std::size_t, kNumeric> cols{};
    for (std::size_t i = 0; i < kNumeric; ++i) cols[i] = t.require({kColumns[i].name}, kColumns[i].name);
    const std::size_t c_est = t.require({"factor_estimated"}, "factor_estimated");
    const std::size_t c_samples = t.require({"samples"}, "samples");
    const std::size_t c_quality = t.require({"quality"}, "quality");
    std::vector<std::string> cells;
    while (t.next(cells)) {
        LedgerHour h;
        h.hour_start_ms = t.timeAt(cells, c_time);
        if (!l.hours.empty() && h.hour_start_ms != l.hours.back().hour_start_ms + kMsPerHour)
            t.fail(c_time, "the next hour " + formatIsoUtc(l.hours.back().hour_start_ms + kMsPerHour), cells[c_time]);
        for (std::size_t i = 0; i < kNumeric; ++i) h.*(kColumns[i].field) = t.numberAt(cells, cols[i], "a number");
        h.factor_estimated = t.yesNoAt(cells, c_est);
        h.samples = static_cast<int>(t.numberAt(cells, c_samples, "a whole number of steps"));
        const std::string q = lower(cells[c_quality]);
        if (q == "good") h.quality = Quality::Good;
        else if (q == "stale") h.quality = Quality::Stale;
        else if (q == "bad") h.quality = Quality::Bad;
        else if (q == "simulated") h.quality = Quality::Simulated;
        else t.fail(c_quality, "good, simulated, stale or bad", cells[c_quality]);
        l.hours.push_back(h);
    }
    if (l.hours.empty()) throw InputError(path, "line " + std::to_string(t.line() + 1), "at least one hour row", "end of file");
    l.start_ms = l.hours.front().hour_start_ms;
    l.end_ms = l.hours.back().hour_start_ms + kMsPerHour;
    l.totals = sumLedger(l.hours, pool_start);
    return l;
}

} // namespace gridtwin
