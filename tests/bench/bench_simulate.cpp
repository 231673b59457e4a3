// Engine speed and memory: a year of the reference site with peak shaving at 1 s steps (target
// >= 30 million steps/s, < 200 MB peak RSS) and at 15-min steps (target < 20 ms).
#include "model/TimeUtc.h"
#include "sim/SimulationKpis.h"
#include "sim/SiteSimulation.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace gridtwin;

namespace {
double peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

struct Result {
    double setup_s, run_s;
    std::size_t steps;
    double peak_kw;
};

Result runYear(std::int64_t step_ms, bool with_kpis, int days = 365) {
    const SiteConfig site = referenceSite();
    const std::int64_t start = msFromCivil({2025, 1, 1});
    const SimulationPeriod period{start, start + days * kMsPerDay, step_ms};
    const auto t0 = std::chrono::steady_clock::now();
    SiteSimulation sim(site, period);
    KpiAccumulator kpis(site, period.start_ms, period.end_ms, period.step_ms);
    const auto t1 = std::chrono::steady_clock::now();
    double sink_guard = 0;
    const std::size_t steps = sim.runToEnd([&](std::span<const StepRecord> b) {
        if (with_kpis) kpis.add(b);
        else sink_guard += b.back().grid_kw;
    });
    const auto t2 = std::chrono::steady_clock::now();
    const double peak = with_kpis ? kpis.finish().peak_billing_import_kw : sink_guard;
    return {std::chrono::duration<double>(t1 - t0).count(), std::chrono::duration<double>(t2 - t1).count(), steps, peak};
}
} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
    if (argc > 2 && std::string(argv[1]) == "--days") {
        // For callgrind: a few days at 1-s steps, engine only (instructions per step are stable
        // on a shared machine where wall time is not).
        const Result e = runYear(1000, false, std::atoi(argv[2]));
        std::printf("1-s steps, engine only: %zu steps, setup %.2f s, run %.3f s (%.1f M steps/s)\n", e.steps, e.setup_s,
                    e.run_s, static_cast<double>(e.steps) / e.run_s / 1e6);
        return 0;
    }
    std::printf("GridTwin engine benchmark (reference site, peak shaving, one year)\n");
    for (int i = 0; i < 3; ++i) {
        const Result r = runYear(900'000, true);
        std::printf("15-min steps: %zu steps, setup %.1f ms, run %.2f ms (%.1f M steps/s), billing peak %.0f kW\n",
                    r.steps, r.setup_s * 1e3, r.run_s * 1e3, static_cast<double>(r.steps) / r.run_s / 1e6, r.peak_kw);
    }
    if (quick) return 0;
    const Result e = runYear(1000, false);
    std::printf("1-s steps, engine only: %zu steps, setup %.2f s, run %.2f s (%.1f M steps/s)\n", e.steps, e.setup_s,
                e.run_s, static_cast<double>(e.steps) / e.run_s / 1e6);
    const Result k = runYear(1000, true);
    std::printf("1-s steps, engine + KPIs: run %.2f s (%.1f M steps/s), billing peak %.0f kW\n", k.run_s,
                static_cast<double>(k.steps) / k.run_s / 1e6, k.peak_kw);
    std::printf("peak RSS: %.1f MB\n", peakRssMb());
    return 0;
}
