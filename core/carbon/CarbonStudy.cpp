#include "carbon/CarbonStudy.h"

#include "carbon/HistorianSteps.h"
#include "carbon/Sha256.h"
#include "model/InputError.h"
#include "model/SiteConfigJson.h"
#include "model/TimeUtc.h"
#include "sim/SiteSimulation.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

// The English texts put into the result here (fields, items, notes, roles) are translated for the
// white paper by ui/report/CoreTextCatalog.cpp: a new or changed fixed text goes there too.
namespace gridtwin {

std::string StudyManifest::text() const {
    std::ostringstream s;
    s << "gridtwin_manifest_version=1\n"
      << "software_version=" << software_version << "\n"
      << "config_sha256=" << config_sha256 << "\n";
    // File names without their directory: the same files elsewhere give the same manifest.
    for (const ManifestEntry& e : inputs)
        s << "input=" << e.role << "|" << std::filesystem::path(e.path).filename().string() << "|" << e.sha256 << "|"
          << e.bytes << "|" << e.note << "\n";
    s << options_text;
    return s.str();
}

namespace {

ManifestEntry fileEntry(const std::string& role, const std::string& path, const std::string& note = {}) {
    ManifestEntry e;
    e.role = role;
    e.path = path;
    e.note = note;
    e.sha256 = Sha256::hexOfFile(path);
    e.bytes = static_cast<std::uint64_t>(std::filesystem::file_size(path));
    return e;
}

ManifestEntry builtinEntry(const std::string& role, const std::string& note) {
    ManifestEntry e;
    e.role = role;
    e.path = "(built-in)";
    e.note = note;
    return e;
}

std::string bundledWeatherPath() {
    const std::string name = "/weather/pvlib_tmy_45.000_8.000_2005_2023.csv";
    for (const char* dir : {GRIDTWIN_SOURCE_DATA_DIR, GRIDTWIN_INSTALLED_DATA_DIR})
        if (std::ifstream(dir + name).good()) return dir + name;
    return {};
}

SimulationKpis simulate(const SiteConfig& site, const SimulationPeriod& p, LedgerBuilder* ledger) {
    SiteSimulation sim(site, p);
    KpiAccumulator kpis(site, p.start_ms, p.end_ms, p.step_ms);
    sim.runToEnd([&](std::span<const StepRecord> batch) {
        kpis.add(batch);
        if (ledger) ledger->add(batch);
    });
    return kpis.finish();
}

} // namespace

CarbonStudyResult runCarbonStudy(const CarbonStudyOptions& o) {
    if (o.year < 1971 || o.year > 2100) throw InputError("", "--year", "a calendar year 1971..2100", std::to_string(o.year));
    CarbonStudyResult res;
    SiteConfig site = o.site;
    const std::int64_t start = msFromCivil({o.year, 1, 1, 0, 0, 0, 0});
    const std::int64_t end = msFromCivil({o.year + 1, 1, 1, 0, 0, 0, 0});
    const std::string factor_file = !o.factor_file.empty() ? o.factor_file : site.inputs.carbon_file;
    res.factors = factor_file.empty() ? builtinExampleFactors(start, end) : readFactorCsv(factor_file);
    // The simulation (carbon-aware control) sees the same factors as the ledger.
    if (!factor_file.empty()) site.inputs.carbon_file = factor_file;
    if (!o.instruments_file.empty()) res.instruments = readInstrumentsCsv(o.instruments_file);
    if (!o.sacct_file.empty()) res.jobs = readSacct(o.sacct_file);
    if (!o.price_file.empty()) res.prices = readCarbonPriceTable(o.price_file);

    LedgerOptions lo;
    lo.start_ms = start;
    lo.end_ms = end;
    lo.bess_capacity_kwh = site.bess.capacity_kwh;
    lo.factors = &res.factors;
    lo.site_name = site.name;
    lo.installed_gpus = site.cluster.node_count * site.cluster.gpus_per_node;
    lo.installed_it_kw = site.cluster.node_count *
                         (site.cluster.gpus_per_node * site.cluster.gpu_tdp_w + site.cluster.node_overhead_w) / 1000.0;
    if (o.historian_file.empty()) {
        if (o.step_ms <= 0 || kMsPerHour % o.step_ms != 0)
            throw InputError("", "--step", "a step in seconds that divides one hour", std::to_string(o.step_ms / 1000));
        lo.step_ms = o.step_ms;
        lo.initial_soc_pct = site.bess.soc_initial_pct;
        lo.source = "simulation (GridTwin " GRIDTWIN_VERSION ")";
        LedgerBuilder builder(lo);
        const SimulationPeriod period{start, end, o.step_ms};
        res.kpis = simulate(site, period, &builder);
        res.ledger = builder.finish();
        // Baseline without BESS: no controller, no battery auxiliaries.
        SiteConfig base = site;
        base.controller.kind = ControllerKind::None;
        base.bess.aux_fixed_kw = 0;
        base.bess.aux_per_throughput = 0;
        res.baseline_kpis = simulate(base, period, nullptr);
    } else {
        const HistorianStepsInfo info = scanHistorianSteps(o.historian_file, o.historian_site, start, end);
        lo.step_ms = info.step_ms;
        lo.initial_soc_pct = info.first_soc_pct;
        lo.source = "historian " + o.historian_file + " (site " + info.site_name + ")";
        LedgerBuilder builder(lo);
        KpiAccumulator kpis(site, start, end, info.step_ms);
        KpiAccumulator base(site, start, end, info.step_ms);
        std::vector<StepRecord> without;
        readHistorianSteps(o.historian_file, info, start, end, [&](std::span<const StepRecord> batch) {
            builder.add(batch);
            kpis.add(batch);
            // Recorded baseline: the battery's power and auxiliaries taken out of the grid power.
            without.assign(batch.begin(), batch.end());
            for (StepRecord& r : without) {
                r.grid_kw += r.bess_kw - r.bess_aux_kw;
                r.bess_kw = 0;
                r.bess_aux_kw = 0;
            }
            base.add(without);
        });
        res.ledger = builder.finish();
        res.kpis = kpis.finish();
        res.baseline_kpis = base.finish();
    }
    res.peak_reduction_kw = res.baseline_kpis.peak_billing_import_kw - res.kpis.peak_billing_import_kw;
    res.peak_reduction_pct = res.baseline_kpis.peak_billing_import_kw > 0
                                 ? 100.0 * res.peak_reduction_kw / res.baseline_kpis.peak_billing_import_kw : 0.0;
    res.savings_eur = res.baseline_kpis.total_cost_eur - res.kpis.total_cost_eur;

    CarbonInputs in;
    in.ledger = &res.ledger;
    in.instruments = o.instruments_file.empty() ? nullptr : &res.instruments;
    in.jobs = o.sacct_file.empty() ? nullptr : &res.jobs;
    in.prices = o.price_file.empty() ? nullptr : &res.prices;
    in.heat_reused_kwh = o.heat_reused_kwh;
    in.water_input_m3 = o.water_input_m3;
    in.reporting_year = o.year;
    in.factor_provider = res.factors.provider + (res.factors.file.empty() ? "" : " " + res.factors.file);
    in.factors_builtin_example = res.factors.format == FactorFormat::BuiltinExample;
    res.carbon = computeCarbonAccounting(in);

    // Reproducibility manifest (carbon.md 7 item 3): every input by content hash.
    StudyManifest& m = res.manifest;
    m.software_version = GRIDTWIN_VERSION;
    m.config_sha256 = Sha256::hex(siteConfigToJson(site).dump());
    m.inputs.push_back(o.site_file.empty() ? builtinEntry("site config", "built-in reference site") : fileEntry("site config", o.site_file));
    if (!site.inputs.weather_file.empty()) m.inputs.push_back(fileEntry("weather", site.inputs.weather_file));
    else if (const std::string w = bundledWeatherPath(); !w.empty())
        m.inputs.push_back(fileEntry("weather", w, "bundled PVGIS TMY 45N 8E"));
    if (!site.inputs.price_file.empty()) m.inputs.push_back(fileEntry("energy prices", site.inputs.price_file));
    else m.inputs.push_back(builtinEntry("energy prices", "built-in example profile, not measured data"));
    if (!site.cluster.recorded_load_file.empty()) m.inputs.push_back(fileEntry("recorded load", site.cluster.recorded_load_file));
    if (!factor_file.empty()) m.inputs.push_back(fileEntry("emission factors", factor_file, res.factors.provider));
    else m.inputs.push_back(builtinEntry("emission factors", "built-in example profile, not measured data"));
    if (!o.instruments_file.empty()) m.inputs.push_back(fileEntry("instruments", o.instruments_file));
    if (!o.sacct_file.empty()) m.inputs.push_back(fileEntry("slurm sacct", o.sacct_file));
    if (!o.price_file.empty()) m.inputs.push_back(fileEntry("carbon prices", o.price_file));
    if (!o.historian_file.empty()) m.inputs.push_back(fileEntry("historian", o.historian_file));
    std::ostringstream opts;
    opts << "year=" << o.year << "\n"
         << "source=" << res.ledger.source << "\n"
         << "step_s=" << (o.historian_file.empty() ? o.step_ms / 1000 : 0) << "\n"
         << "heat_reused_kwh=" << (o.heat_reused_kwh ? std::to_string(*o.heat_reused_kwh) : "none") << "\n"
         << "water_input_m3=" << (o.water_input_m3 ? std::to_string(*o.water_input_m3) : "none") << "\n";
    m.options_text = opts.str();
    m.manifest_sha256 = Sha256::hex(m.text());
    return res;
}

} // namespace gridtwin
