// Tuning and sweep speed (issue 5): (a) a year of the reference site at 1-minute steps
// re-simulated for a moved slider, inputs prepared once (target < 1 s); (b) a sweep of 100
// variants of a year at 15-minute steps on 2 threads (target < 10 s).
#include "model/TimeUtc.h"
#include "sim/SimulationInputs.h"
#include "sim/SimulationKpis.h"
#include "sim/SiteSimulation.h"
#include "tune/SweepRunner.h"
#include "tune/SweepSpec.h"
#include "tune/TuningRun.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>

using namespace gridtwin;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

SimulationPeriod year2025(std::int64_t step_ms) {
    const std::int64_t start = msFromCivil({2025, 1, 1});
    return {start, msFromCivil({2026, 1, 1}), step_ms};
}

// (a) engine + KPIs on prepared inputs, and the whole tuning re-run (candidate only, with the
// per-step series the charts need) as the workbench does after a slider move.
void benchRetune(int repeats) {
    const SiteConfig site = referenceSite();
    const SimulationPeriod period = year2025(60'000);
    auto t0 = std::chrono::steady_clock::now();
    const auto inputs = prepareSimulationInputs(site, period);
    std::printf("(a) 1-min year: inputs prepared once in %.2f s\n", secondsSince(t0));
    for (int i = 0; i < repeats; ++i) {
        SiteConfig candidate = site;
        candidate.controller.peak_threshold_kw = 11000.0 - 100.0 * i;
        t0 = std::chrono::steady_clock::now();
        SiteSimulation sim(candidate, period, inputs);
        KpiAccumulator kpis(candidate, period.start_ms, period.end_ms, period.step_ms);
        const std::size_t steps = sim.runToEnd([&](std::span<const StepRecord> b) { kpis.add(b); });
        const double s = secondsSince(t0);
        std::printf("    engine + KPIs: %zu steps in %.3f s (peak %.0f kW)\n", steps, s, kpis.finish().peak_billing_import_kw);
    }
    TuningRequest req;
    req.baseline = site;
    req.period.kind = TuningPeriodKind::Year;
    req.period.step_ms = 60'000;
    std::atomic<bool> cancel{false};
    std::shared_ptr<const SimulationInputs> cache = inputs;
    TuningResult first;
    t0 = std::chrono::steady_clock::now();
    runTuning(req, first, cancel, {}, nullptr, &cache);
    std::printf("    first tuning run (counterfactual + baseline + candidate): %.3f s\n", secondsSince(t0));
    for (int i = 0; i < repeats; ++i) {
        req.candidate = {{"controller.peak_threshold_kw", std::to_string(11000 - 100 * i)}};
        TuningResult next;
        t0 = std::chrono::steady_clock::now();
        runTuning(req, next, cancel, {}, &first, &cache);
        std::printf("    re-tune (candidate only, series kept): %.3f s  (target < 1 s)\n", secondsSince(t0));
    }
}

// (b) 100 variants: threshold x SoC reserve, 10 x 10, on 2 threads.
void benchSweep(unsigned threads) {
    const SweepSpec spec = parseSweepSpec(nlohmann::json::parse(R"({"parameters": [
        {"name": "controller.peak_threshold_kw", "start": 10000, "stop": 12250, "step": 250},
        {"name": "controller.soc_reserve_pct", "start": 5, "stop": 50, "step": 5}]})"));
    SweepRunner runner(referenceSite(), spec, year2025(900'000), threads);
    const auto t0 = std::chrono::steady_clock::now();
    const SweepResults r = runner.run();
    const double s = secondsSince(t0);
    std::size_t front = 0, done = 0;
    for (const auto& v : r.variants) {
        front += v.pareto ? 1 : 0;
        done += v.done ? 1 : 0;
    }
    std::printf("(b) sweep: %zu variants (%zu done, %zu on the Pareto front) of a 15-min year on %u threads: "
                "%.2f s incl. input preparation (target < 10 s)\n",
                r.variants.size(), done, front, threads, s);
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
    std::printf("GridTwin tuning benchmark (reference site, peak shaving)\n");
    benchRetune(quick ? 1 : 3);
    benchSweep(2);
    return 0;
}
