// gridtwin-cli sweep: one or two site parameters over a grid of values (docs/sweep-ranges.md),
// every variant on the same prepared inputs in parallel, the Pareto front printed as a table.
#include "ArgParser.h"
#include "Commands.h"
#include "SiteArguments.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "tune/SweepCsvWriter.h"
#include "tune/SweepRunner.h"
#include "tune/SweepSpec.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

namespace gridtwin::cli {

namespace {

unsigned threadsArgument(const ArgParser& p) {
    const auto text = p.value("threads");
    if (!text) return 0;
    return static_cast<unsigned>(wholeNumber(*text, "--threads", "a whole number of threads from 1 to 256", 1, 256));
}

// Progress on stderr, one line rewritten in place, until every worker stopped.
void waitWithProgress(SweepRunner& runner, std::size_t variants) {
    int last_pct = -1;
    while (!runner.finished()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        if (runner.finished()) break;
        const int pct = static_cast<int>(runner.progress() * 100.0);
        if (pct != last_pct) {
            std::fprintf(stderr, "\rsweep: %3d %% (%zu of %zu variants done)", pct, runner.variantsDone(), variants);
            std::fflush(stderr);
            last_pct = pct;
        }
    }
    runner.wait();
    std::fprintf(stderr, "\rsweep: 100 %% (%zu of %zu variants done)\n", runner.variantsDone(), variants);
}

std::string axisHeader(const SweepAxis& a) { return a.unit.empty() ? a.parameter : a.parameter + " [" + a.unit + "]"; }

void printFront(const SweepResults& r) {
    std::vector<const SweepVariantResult*> front;
    for (const auto& v : r.variants)
        if (v.pareto) front.push_back(&v);
    // Cheapest first: the order an engineer reads a cost/peak trade-off in.
    std::sort(front.begin(), front.end(), [](const auto* a, const auto* b) {
        return a->kpis.total_cost_eur < b->kpis.total_cost_eur;
    });
    std::string objectives;
    for (Objective o : r.spec.objectives) objectives += (objectives.empty() ? "" : ", ") + std::string(objectiveName(o));
    std::printf("Pareto front (%zu of %zu variants; minimising %s):\n", front.size(), r.variants.size(),
                objectives.c_str());
    for (const SweepAxis& a : r.spec.axes) std::printf(" %34s", axisHeader(a).c_str());
    std::printf(" %14s %12s %19s %8s %14s\n", "cost [EUR]", "peak [kW]", "emissions [kgCO2e]", "cycles",
                "demand [EUR]");
    for (const SweepVariantResult* v : front) {
        for (double x : v->values) std::printf(" %34.6g", x);
        std::printf(" %14.0f %12.1f %19.0f %8.2f %14.0f\n", v->kpis.total_cost_eur, v->kpis.peak_billing_import_kw,
                    v->kpis.emissions_location_kg, v->kpis.equivalent_full_cycles, v->kpis.demand_charge_eur);
    }
}

} // namespace

int runSweep(const std::vector<std::string>& args) {
    ArgParser p("sweep", {
        {"site", "demo|FILE", false, false, "site: the embedded reference site or a site JSON file (default demo)"},
        {"ranges", "FILE.json", false, false, "the parameter ranges and objectives (docs/sweep-ranges.md)"},
        {"from", "DATE", false, false, "start, UTC (YYYY-MM-DD or ISO 8601; default 2025-01-01)"},
        {"to", "DATE", false, false, "end, UTC, exclusive (default one year after --from)"},
        {"step", "SECONDS", false, false, "step from 1 to 3600 s (default 900)"},
        {"set", "NAME=VALUE", true, false, "override a site parameter of the base site before sweeping"},
        {"threads", "N", false, false, "worker threads (default: all cores)"},
        {"out", "FILE.csv", false, false, "write every variant (parameters, KPIs, Pareto flag) as CSV"},
    });
    p.parse(args);
    if (!p.has("ranges")) throw UsageError("--ranges FILE.json is required\n" + p.usage());
    const std::string site_arg = p.value("site").value_or("demo");
    SiteConfig site = loadSiteArgument(site_arg);
    const std::vector<std::string> sets = p.values("set");
    applyOverrides(site, sets);
    const SweepSpec spec = loadSweepSpec(*p.value("ranges"));
    const SimulationPeriod period = periodFromArguments(p, 900);
    const unsigned threads = threadsArgument(p);

    SweepRunner runner(site, spec, period, threads);
    try {
        runner.start();
    } catch (const InputError& e) {
        // A swept parameter that would change the shared inputs is a fault of the ranges file;
        // period options (--step, --to) keep their own names; any other parameter the shared
        // inputs refuse (the load model's) came from the site file or --set.
        if (!e.file().empty() || e.where().starts_with("--")) throw;
        for (const SweepAxis& a : spec.axes)
            if (a.parameter == e.where()) throw InputError(*p.value("ranges"), e.where(), e.expected(), e.found());
        throw againstSiteFile(e, site_arg, sets);
    }
    const std::size_t n = spec.variantCount();
    std::fprintf(stderr, "sweep: %zu variants of %s, %s to %s, step %lld s\n", n, site.name.c_str(),
                 formatIsoUtc(period.start_ms).c_str(), formatIsoUtc(period.end_ms).c_str(),
                 static_cast<long long>(period.step_ms / 1000));
    waitWithProgress(runner, n);
    const SweepResults r = runner.results();
    std::size_t failed = 0;
    for (std::size_t i = 0; i < r.variants.size(); ++i) {
        const SweepVariantResult& v = r.variants[i];
        if (v.done || failed++ > 0) continue;
        // Once, the first failure: a value the engine refuses that is not the variant's own
        // (nor --set's) names the site file and JSON path.
        std::vector<std::string> own = sets;
        std::string values;
        for (std::size_t a = 0; a < spec.axes.size(); ++a) {
            own.push_back(spec.axes[a].parameter + "=");
            char value[32];
            std::snprintf(value, sizeof value, "%g", v.values[a]);
            values += (a ? ", " : "") + spec.axes[a].parameter + " = " + value;
        }
        const std::string message = v.input_error ? againstSiteFile(*v.input_error, site_arg, own).what() : v.error;
        std::fprintf(stderr, "sweep: variant %zu (%s) failed: %s\n", i, values.c_str(), message.c_str());
    }
    if (failed > 0) std::fprintf(stderr, "sweep: %zu of %zu variants failed\n", failed, n);
    std::printf("%zu variants in %.2f s on %u threads\n", n, r.elapsed_s, r.threads);
    printFront(r);
    if (const auto out = p.value("out")) {
        writeSweepCsv(*out, r);
        std::fprintf(stderr, "sweep: wrote %s\n", out->c_str());
    }
    return failed == n ? 1 : 0;
}

} // namespace gridtwin::cli
