#include "ArgParser.h"
#include "Commands.h"
#include "SiteArguments.h"

#include "io/TimeSeriesCsvWriter.h"
#include "model/InputError.h"
#include "model/ParameterTable.h"
#include "model/SiteConfigJson.h"
#include "model/TimeUtc.h"
#include "sim/KpiJson.h"
#include "sim/SimulationKpis.h"
#include "sim/SiteSimulation.h"
#include "store/Historian.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

namespace gridtwin::cli {

namespace {

// With db_path, every step also goes into site db_site of that historian (opened only once the
// simulation has accepted the site and period, so a refused run leaves no file behind).
SimulationKpis simulate(const SiteConfig& site, const SimulationPeriod& period, const std::string& out_path,
                        const std::string& db_path = {}, const std::string& db_site = {}) {
    SiteSimulation sim(site, period);
    std::unique_ptr<Historian> db;
    int site_id = 0;
    if (!db_path.empty()) {
        db = std::make_unique<Historian>(db_path);
        site_id = db->siteId(db_site);
        db->addConfigVersion(site_id, period.start_ms, "gridtwin-cli", "simulate", siteConfigToJson(site).dump());
    }
    KpiAccumulator kpis(site, period.start_ms, period.end_ms, period.step_ms);
    std::unique_ptr<TimeSeriesCsvWriter> writer;
    if (!out_path.empty()) writer = std::make_unique<TimeSeriesCsvWriter>(out_path);
    sim.runToEnd([&](std::span<const StepRecord> batch) {
        kpis.add(batch);
        if (writer) writer->write(batch);
        if (db) db->appendSteps(site_id, batch);
    });
    if (writer) writer->close();
    if (db) db->flush();
    return kpis.finish();
}

std::string formatValue(double v, const char* unit) {
    char buf[64];
    if (std::string_view(unit) == "%" || std::string_view(unit).empty())
        std::snprintf(buf, sizeof buf, "%.2f", v);
    else
        std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

void printText(const std::string& title, const SiteConfig& site, const SimulationPeriod& period,
               const SimulationKpis& k) {
    std::printf("%s: %s, %s to %s, step %lld s, controller %s\n", title.c_str(), site.name.c_str(),
                formatIsoUtc(period.start_ms).c_str(), formatIsoUtc(period.end_ms).c_str(),
                static_cast<long long>(period.step_ms / 1000),
                getParameterText(site, "controller.kind").c_str());
    for (const KpiRow& row : kpiRows(k))
        std::printf("  %-32s %16s %s\n", row.label, formatValue(row.value, row.unit).c_str(), row.unit);
}

void printComparison(const SimulationKpis& base, const SimulationKpis& cand) {
    const auto b = kpiRows(base);
    const auto c = kpiRows(cand);
    std::printf("%-32s %16s %16s %16s %9s\n", "KPI", "baseline", "candidate", "delta", "delta %");
    for (std::size_t i = 0; i < b.size(); ++i) {
        const double d = c[i].value - b[i].value;
        // No percentage of a zero baseline (the battery's figures against none).
        char pct[32] = "n/a";
        if (b[i].value != 0) std::snprintf(pct, sizeof pct, "%.1f%%", 100.0 * d / std::fabs(b[i].value));
        else if (d == 0) std::snprintf(pct, sizeof pct, "0.0%%");
        std::printf("%-32s %16s %16s %16s %9s  %s\n", b[i].label, formatValue(b[i].value, b[i].unit).c_str(),
                    formatValue(c[i].value, c[i].unit).c_str(), formatValue(d, b[i].unit).c_str(), pct, b[i].unit);
    }
}

} // namespace

int runSimulate(const std::vector<std::string>& args) {
    ArgParser p("simulate", {
        {"site", "demo|FILE", false, false, "site: the embedded reference site or a site JSON file (default demo)"},
        {"from", "DATE", false, false, "start, UTC (YYYY-MM-DD or ISO 8601; default 2025-01-01)"},
        {"to", "DATE", false, false, "end, UTC, exclusive (default one year after --from)"},
        {"step", "SECONDS", false, false, "step from 1 to 3600 s (default 900)"},
        {"controller", "none|peak-shaving|self-consumption", false, false, "battery controller"},
        {"set", "NAME=VALUE", true, false, "override a site parameter (see gridtwin-cli parameters)"},
        {"out", "FILE.csv", false, false, "write every step (of the candidate with --compare) in the time-series CSV format"},
        {"json", "", false, false, "print the KPIs as JSON"},
        {"db", "FILE.sqlite", false, false, "also store every step (of the candidate with --compare) in this historian"},
        {"db-site", "NAME", false, false, "historian site name for --db (default: the site's name)"},
        {"compare", "NAME=VALUE", false, true, "also run a candidate with these overrides (none given: baseline without battery control) and print deltas"},
    });
    p.parse(args);
    const std::string site_arg = p.value("site").value_or("demo");
    SiteConfig site = loadSiteArgument(site_arg);
    if (const auto c = p.value("controller")) {
        // The command line spells the kinds with hyphens, the site file (controller.kind) with
        // underscores.
        if (*c != "none" && *c != "peak-shaving" && *c != "self-consumption")
            throw InputError("", "--controller", "none, peak-shaving or self-consumption", *c);
        std::string kind = *c;
        std::replace(kind.begin(), kind.end(), '-', '_');
        setParameter(site, "controller.kind", kind);
    }
    applyOverrides(site, p.values("set"));
    const SimulationPeriod period = periodFromArguments(p, 900);
    const std::string out = p.value("out").value_or("");
    // "-" would mix the CSV into the KPI summary on stdout.
    if (p.has("out") && (out.empty() || out == "-"))
        throw InputError("", "--out", "a CSV file name (stdout carries the KPI summary)", out);
    if (p.has("db-site") && !p.has("db")) throw UsageError("--db-site needs --db FILE.sqlite\n" + p.usage());
    const std::string db_path = p.value("db").value_or("");
    const std::string db_site = p.value("db-site").value_or(site.name);

    // Values the command line set are its own errors; any other value the engine refuses when a
    // run starts came from the site file.
    std::vector<std::string> from_command_line = p.values("set");
    if (const auto c = p.value("controller")) from_command_line.push_back("controller.kind=" + *c);
    for (const std::string& a : p.values("compare")) from_command_line.push_back(a);
    try {
        if (!p.has("compare")) {
            const SimulationKpis k = simulate(site, period, out, db_path, db_site);
            if (p.has("json")) std::cout << kpisToJson(k).dump(2) << "\n";
            else printText("Simulation", site, period, k);
            return 0;
        }
        // Baseline = the site as given; candidate = with the --compare overrides. With no overrides
        // the comparison is "no battery control" (baseline) against the site's controller.
        SiteConfig baseline = site;
        SiteConfig candidate = site;
        const auto overrides = p.values("compare");
        if (overrides.empty() && site.controller.kind == ControllerKind::None)
            throw UsageError("--compare without NAME=VALUE compares the site's controller with none, and the "
                             "controller is none: give --controller peak-shaving|self-consumption or --compare NAME=VALUE...");
        if (overrides.empty()) setParameter(baseline, "controller.kind", "none");
        else applyOverrides(candidate, overrides, "--compare");
        const SimulationKpis kb = simulate(baseline, period, "");
        const SimulationKpis kc = simulate(candidate, period, out, db_path, db_site);
        if (p.has("json")) {
            nlohmann::json j;
            j["baseline"] = kpisToJson(kb);
            j["candidate"] = kpisToJson(kc);
            auto& d = j["delta"];
            const auto rb = kpiRows(kb);
            const auto rc = kpiRows(kc);
            for (std::size_t i = 0; i < rb.size(); ++i) d[rb[i].key] = rc[i].value - rb[i].value;
            std::cout << j.dump(2) << "\n";
        } else {
            printText("Baseline", baseline, period, kb);
            printText("Candidate", candidate, period, kc);
            printComparison(kb, kc);
        }
        return 0;
    } catch (const InputError& e) {
        throw againstSiteFile(e, site_arg, from_command_line);
    }
}

} // namespace gridtwin::cli
