// Demo carbon inputs of the reference site (data/demo/, provenance in data/SOURCES.md). The
// contracts, certificates and residual-mix value are illustrative and labelled so in the files.
#include "carbon/CarbonStudy.h"

#include "carbon/FactorSeries.h"
#include "carbon/SlurmAccounting.h"
#include "io/PvgisTmyReader.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/GpuClusterLoad.h"
#include "sim/pv/PvYearProfile.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace gridtwin {

namespace {

constexpr const char* kFactors = "factors_reference_site.csv";
constexpr const char* kInstruments = "instruments.csv";
constexpr const char* kSacct = "sacct_reference_site.txt";
constexpr const char* kPrices = "carbon_prices.csv";

std::string demoDir() {
    for (const char* dir : {GRIDTWIN_SOURCE_DATA_DIR, GRIDTWIN_INSTALLED_DATA_DIR}) {
        const std::string d = std::string(dir) + "/demo";
        if (std::filesystem::exists(d + "/" + kFactors)) return d;
    }
    throw InputError(std::string(GRIDTWIN_SOURCE_DATA_DIR) + "/demo", "", "the bundled demo carbon inputs",
                     "no such directory");
}

std::ofstream openOut(const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw InputError(path, "", "a writable file", "cannot create it");
    return out;
}

std::string iso(std::int64_t ms) { return formatIsoUtc(ms); }

} // namespace

void useDemoCarbonInputs(CarbonStudyOptions& o) {
    // The bundled files are of one year: another year keeps the built-in factors and no contracts.
    if (o.year != kDemoCarbonYear) return;
    const std::string d = demoDir();
    if (o.factor_file.empty() && o.site.inputs.carbon_file.empty()) o.factor_file = d + "/" + kFactors;
    if (o.instruments_file.empty()) o.instruments_file = d + "/" + kInstruments;
    if (o.sacct_file.empty()) o.sacct_file = d + "/" + kSacct;
    if (o.price_file.empty()) o.price_file = d + "/" + kPrices;
}

void writeDemoCarbonInputs(const SiteConfig& site, int year, const std::string& dir) {
    std::filesystem::create_directories(dir);
    const std::int64_t start = msFromCivil({year, 1, 1, 0, 0, 0, 0});
    const std::int64_t end = msFromCivil({year + 1, 1, 1, 0, 0, 0, 0});

    // Factors: the built-in example profile, with an illustrative grid CFE share derived from it
    // (share of a 450 gCO2e/kWh fossil mix that the hour's intensity leaves carbon-free).
    FactorSeries f = builtinExampleFactors(start, end);
    for (HourlyFactor& h : f.hours) h.cfe_pct = std::clamp(100.0 * (1.0 - h.direct_g_per_kwh / 450.0), 0.0, 100.0);
    writeGenericFactorCsv(f, dir + "/" + kFactors);

    // Instruments: an off-site 8 MWp PV PPA with hourly volumes (the PVWatts chain on the bundled
    // TMY), a virtual wind PPA with monthly volumes, GOs (one of another market, so not eligible)
    // and an illustrative residual-mix factor.
    SiteConfig plant = site;
    plant.pv_arrays = {PvArrayConfig{}};
    plant.pv_arrays[0].name = "PPA plant";
    plant.pv_arrays[0].dc_capacity_kwp = 8000.0;
    plant.pv_arrays[0].inverter_ac_limit_kw = 6720.0;
    const pv::PvYearProfile ppa = pv::computePvYearProfile(plant, loadReferenceWeather(), year);
    std::ofstream in = openOut(dir + "/" + kInstruments);
    in << "id,kind,technology,zone,start_utc,end_utc,volume_mwh,factor_g_per_kwh,cancelled,same_market,direct_line,evidence\n";
    in << "RM-" << year << "-IT-NORD,residual_mix,,IT-NORD,,,,457.0,yes,yes,no,"
       << "ILLUSTRATIVE value: replace with the AIB European Residual Mix for the reporting year\n";
    char buf[256];
    for (int i = 0; i < ppa.hours; ++i) {
        const double mwh = static_cast<double>(ppa.pv_ac_kw[static_cast<std::size_t>(i)]) / 1000.0;
        if (mwh <= 0) continue;
        const std::int64_t t = ppa.start_ms + i * kMsPerHour;
        std::snprintf(buf, sizeof buf, "%.4f", mwh);
        in << "PPA-" << year << "-PV-01,ppa_physical,solar,IT-NORD," << iso(t) << ',' << iso(t + kMsPerHour) << ',' << buf
           << ",0,yes,yes,no,ILLUSTRATIVE contract: 8 MWp off-site PV with bundled GOs\n";
    }
    for (int m = 1; m <= 12; ++m) {
        const std::int64_t a = msFromCivil({year, m, 1, 0, 0, 0, 0});
        const std::int64_t b = m == 12 ? end : msFromCivil({year, m + 1, 1, 0, 0, 0, 0});
        const double mwh = 1200.0 + 400.0 * (m <= 3 || m >= 11 ? 1 : 0); // windier winter months
        in << "VPPA-" << year << "-WIND-02,ppa_virtual,wind,IT-NORD," << iso(a) << ',' << iso(b) << ',' << mwh
           << ",0,yes,yes,no,ILLUSTRATIVE virtual PPA with monthly GO transfer\n";
    }
    in << "GO-" << year << "-HYDRO-IT-0001,go,hydro,IT-NORD," << iso(start) << ',' << iso(end)
       << ",20000,0,yes,yes,no,ILLUSTRATIVE cancellation statement GO-CS-" << year << "-0001\n";
    in << "GO-" << year << "-HYDRO-NO-0002,go,hydro,NO2," << iso(start) << ',' << iso(end)
       << ",5000,0,yes,no,no,ILLUSTRATIVE Norwegian GO: other market (not eligible)\n";
    if (!in) throw InputError(dir + "/" + kInstruments, "", "a writable file", "a write error");

    // Slurm accounting of the simulated jobs (same seed and period as the simulation's load).
    const GpuClusterLoad load(site.cluster, site.seed, start, end);
    writeSacct(load.jobs(), start, end, site.cluster.gpus_per_node, dir + "/" + kSacct);

    // ETS / CBAM prices (reference/carbon.md 1.4 and 1.5).
    std::ofstream p = openOut(dir + "/" + kPrices);
    p << "quarter,price_eur_per_t,kind,source,published\n";
    for (int q = 1; q <= 4; ++q)
        p << "2025-Q" << q << ",75.00,ets_average,EUA 2025 annual average (Veyt 2025 review); not a CBAM price,\n";
    p << "2026-Q1,75.36,cbam_official,First CBAM certificate price under IR (EU) 2025/2548 (secondary sources),2026-04-07\n";
    if (!p) throw InputError(dir + "/" + kPrices, "", "a writable file", "a write error");
}

} // namespace gridtwin
