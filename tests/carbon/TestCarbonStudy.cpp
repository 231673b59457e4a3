// The ledger CSV (an auditor recomputes the KPIs from it), the sacct generator, and the whole
// study: deterministic numbers and manifest.
#include "TestCarbon.h"

#include "carbon/CarbonStudy.h"
#include "carbon/FactorSeries.h"
#include "carbon/LedgerCsv.h"
#include "carbon/SlurmAccounting.h"
#include "model/TimeUtc.h"
#include "sim/GpuClusterLoad.h"
#include "sim/SiteSimulation.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace gridtwin;

namespace {

bool close(double a, double b, double rel = 1e-7) { return std::fabs(a - b) <= rel * std::max(1.0, std::fabs(b)); }

// A plain CSV parse, independent of the library reader: rows as column name -> number.
std::vector<std::map<std::string, double>> parseLedgerRows(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::vector<std::string> header;
    std::vector<std::map<std::string, double>> rows;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        for (std::string c; std::getline(ss, c, ',');) cells.push_back(c);
        if (header.empty()) { header = cells; continue; }
        std::map<std::string, double> row;
        for (std::size_t i = 1; i < cells.size() && i < header.size(); ++i) row[header[i]] = std::atof(cells[i].c_str());
        rows.push_back(row);
    }
    return rows;
}

} // namespace

void TestCarbon::ledgerCsvRoundTripRecomputesKpis() {
    const SiteConfig site = referenceSite();
    const std::int64_t start = *parseIsoUtc("2025-04-14T00:00:00Z");
    const SimulationPeriod p{start, start + 3 * kMsPerDay, 600'000};
    FactorSeries f = builtinExampleFactors(p.start_ms, p.end_ms);
    for (HourlyFactor& h : f.hours) h.cfe_pct = std::fmod(h.direct_g_per_kwh, 60.0) + 20.0;
    LedgerOptions o;
    o.start_ms = p.start_ms;
    o.end_ms = p.end_ms;
    o.step_ms = p.step_ms;
    o.bess_capacity_kwh = site.bess.capacity_kwh;
    o.initial_soc_pct = site.bess.soc_initial_pct;
    o.factors = &f;
    o.site_name = site.name;
    o.source = "test";
    o.installed_gpus = 10200;
    LedgerBuilder b(o);
    SiteSimulation sim(site, p);
    sim.runToEnd([&](std::span<const StepRecord> batch) { b.add(batch); });
    const HourlyLedger l = b.finish();
    // Hourly PPA volumes 10:00-16:00 UTC and a residual mix, so the market-based and hourly-matched
    // figures depend on the ppa_hourly_kwh column.
    InstrumentSet instruments;
    instruments.residual_mix_g_per_kwh = 450.0;
    instruments.residual_mix_source = "test";
    for (std::int64_t t = p.start_ms; t < p.end_ms; t += kMsPerHour) {
        const int hour = civilFromMs(t).hour;
        if (hour < 10 || hour >= 16) continue;
        InstrumentVolume v;
        v.id = "PPA-T";
        v.kind = InstrumentKind::PpaPhysical;
        v.technology = "solar";
        v.start_ms = t;
        v.end_ms = t + kMsPerHour;
        v.volume_kwh = 1500.0 + 250.0 * (hour - 10);
        v.cancelled = v.same_market = true;
        instruments.volumes.push_back(v);
    }
    CarbonInputs in;
    in.ledger = &l;
    in.instruments = &instruments;
    const CarbonResult r = computeCarbonAccounting(in);
    QVERIFY(r.e_ppa_hourly_matched_kwh > 0);
    const std::string path = tempPath("ledger.csv");
    writeLedgerCsv(l, r, path);

    // The auditor's recomputation from the rows and the formulas in the header.
    const auto rows = parseLedgerRows(path);
    QCOMPARE(rows.size(), std::size_t{72});
    double e_dc = 0, e_it = 0, lbm = 0, onsite = 0, sum_l = 0, sum_cfe = 0, sum_m = 0, dis = 0, dis_kg = 0;
    double imported = 0, ppa = 0, hm_kg = 0;
    for (const auto& row : rows) {
        e_dc += row.at("facility_kwh") + row.at("bess_aux_kwh") + row.at("bess_losses_kwh");
        e_it += row.at("it_kwh");
        lbm += row.at("grid_import_kwh") * row.at("location_g_per_kwh") / 1000.0;
        const double d = row.at("bess_discharge_kwh");
        const double on = row.at("pv_self_consumed_kwh") + (d > 0 ? row.at("bess_discharge_pv_kwh") * row.at("bess_to_load_kwh") / d : 0.0);
        const double load = row.at("facility_kwh") + row.at("bess_aux_kwh");
        const double c = row.at("ppa_hourly_kwh");
        const double m = std::min(load, c + on);
        imported += row.at("grid_import_kwh");
        ppa += c;
        hm_kg += std::max(0.0, row.at("grid_import_kwh") - c) * row.at("location_g_per_kwh") / 1000.0;
        onsite += on;
        sum_l += load;
        sum_m += m;
        sum_cfe += m + (load - m) * row.at("grid_cfe_pct") / 100.0;
        dis += d;
        dis_kg += row.at("bess_discharge_carbon_kg");
    }
    QVERIFY(close(e_dc / e_it, r.pue));
    QVERIFY(close(lbm, r.scope2_location_kg));
    QVERIFY(close(lbm / e_it, r.cue_location));
    const double covered = std::min(ppa, imported); // solar PPA at 0 g, the rest at the residual mix
    QVERIFY(close((onsite + covered) / e_dc, r.ref));
    QVERIFY(close((imported - covered) * 450.0 / 1000.0, r.scope2_market_kg));
    QVERIFY(close(hm_kg, r.hourly_matched_kg));
    QVERIFY(close(100.0 * sum_cfe / sum_l, r.cfe_pct));
    QVERIFY(close(100.0 * sum_m / sum_l, r.hourly_matched_pct));
    QVERIFY(dis > 0);
    QVERIFY(close(1000.0 * dis_kg / dis, r.bess_factor_g_per_kwh));

    // The library reader gives the same ledger, hence the same KPIs.
    const HourlyLedger back = readLedgerCsv(path);
    QCOMPARE(back.hours.size(), l.hours.size());
    QCOMPARE(back.installed_gpus, 10200);
    QCOMPARE(back.site_name, site.name);
    CarbonInputs in2;
    in2.ledger = &back;
    in2.instruments = &instruments;
    const CarbonResult r2 = computeCarbonAccounting(in2);
    QVERIFY(close(r2.pue, r.pue));
    QVERIFY(close(r2.scope2_location_kg, r.scope2_location_kg));
    QVERIFY(close(r2.scope2_market_kg, r.scope2_market_kg));
    QVERIFY(close(r2.cfe_pct, r.cfe_pct));
    QVERIFY(close(r2.ref, r.ref));
    QVERIFY(close(back.totals.bess_pool_carbon_kg_start, l.totals.bess_pool_carbon_kg_start));
}

void TestCarbon::sacctWriterRoundTrip() {
    const SiteConfig site = referenceSite();
    const std::int64_t start = *parseIsoUtc("2025-02-03T00:00:00Z"), end = start + 7 * kMsPerDay;
    const GpuClusterLoad load(site.cluster, site.seed, start, end);
    const std::string path = tempPath("sacct.txt");
    writeSacct(load.jobs(), start, end, site.cluster.gpus_per_node, path);
    const auto jobs = readSacct(path);
    double expected_gpuh = 0, one_second_gpuh = 0;
    std::size_t expected_jobs = 0;
    for (const JobRecord& j : load.jobs()) {
        const std::int64_t a = std::max(j.start_ms, start), b = std::min(j.end_ms, end);
        if (b <= a || j.gpus <= 0) continue;
        ++expected_jobs;
        expected_gpuh += j.gpus * static_cast<double>(b - a) / 3.6e6;
        one_second_gpuh += j.gpus / 3600.0;
    }
    QVERIFY(expected_jobs > 5);
    QCOMPARE(jobs.size(), expected_jobs);
    double gpuh = 0;
    for (const SlurmJob& j : jobs) gpuh += j.gpuHours();
    // sacct times have whole seconds: start and end each rounded by at most half a second
    QVERIFY(gpuh > 0);
    QVERIFY(std::fabs(gpuh - expected_gpuh) <= one_second_gpuh);
}

void TestCarbon::studyDeterministic() {
    const std::string dir = tempPath("demo");
    writeDemoCarbonInputs(referenceSite(), 2025, dir);
    CarbonStudyOptions o;
    o.site = referenceSite();
    o.year = 2025;
    o.step_ms = 3'600'000;
    o.factor_file = dir + "/factors_reference_site.csv";
    o.instruments_file = dir + "/instruments.csv";
    o.sacct_file = dir + "/sacct_reference_site.txt";
    o.price_file = dir + "/carbon_prices.csv";
    const CarbonStudyResult a = runCarbonStudy(o);
    const CarbonStudyResult b = runCarbonStudy(o);
    QCOMPARE(a.manifest.text(), b.manifest.text());
    QCOMPARE(a.manifest.manifest_sha256, b.manifest.manifest_sha256);
    QCOMPARE(a.manifest.manifest_sha256.size(), std::size_t{64});
    QCOMPARE(a.ledger.hours.size(), std::size_t{8760});
    for (std::size_t i = 0; i < a.ledger.hours.size(); ++i) {
        QCOMPARE(a.ledger.hours[i].grid_import_kwh, b.ledger.hours[i].grid_import_kwh);
        QCOMPARE(a.ledger.hours[i].consumption_carbon_kg, b.ledger.hours[i].consumption_carbon_kg);
    }
    QCOMPARE(a.carbon.scope2_location_kg, b.carbon.scope2_location_kg);
    QCOMPARE(a.carbon.scope2_market_kg, b.carbon.scope2_market_kg);
    QCOMPARE(a.carbon.cfe_pct, b.carbon.cfe_pct);
    QCOMPARE(a.carbon.shadow_cost_eur, b.carbon.shadow_cost_eur);
    QCOMPARE(a.peak_reduction_kw, b.peak_reduction_kw);
    // Every input of the manifest is hashed; the demo inputs make every section non-trivial.
    int hashed = 0;
    for (const ManifestEntry& e : a.manifest.inputs) hashed += e.sha256.size() == 64 ? 1 : 0;
    QVERIFY(hashed >= 5); // weather, factors, instruments, sacct, prices
    QVERIFY(a.carbon.allocated_gpu_hours > 0);
    QVERIFY(!a.carbon.projects.empty());
    QVERIFY(a.carbon.unattributed_it_kwh >= -1e-6);
    QVERIFY(a.carbon.e_ppa_hourly_matched_kwh > 0);
    QVERIFY(a.carbon.scope2_market_kg < a.carbon.scope2_location_kg);
    QVERIFY(a.peak_reduction_kw > 0);
    QCOMPARE(a.carbon.shadow_by_quarter.size(), std::size_t{4});
    QVERIFY(a.carbon.shadow_cost_eur > 0);
    QVERIFY(a.carbon.pue > 1.1 && a.carbon.pue < 1.4);
    // An input change changes the manifest.
    std::ofstream(o.price_file, std::ios::app) << "2026-Q2,80,illustrative,test,\n";
    const CarbonStudyResult c = runCarbonStudy(o);
    QVERIFY(c.manifest.manifest_sha256 != a.manifest.manifest_sha256);
}
