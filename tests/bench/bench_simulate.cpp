// Engine speed and memory: a year of the reference site with peak shaving at 1 s steps (target
// >= 30 million steps/s, < 200 MB peak RSS) and at 15-min steps (target < 20 ms).
// Usage: bench_simulate [--quick]      the figures (wall and process CPU time of the stepping)
//        bench_simulate --days N       N days at 1-s steps, engine only (for callgrind:
//                                      instructions per step are stable on a shared machine
//                                      where wall time is not)
//        bench_simulate --digest       a hash of every field of every record of several runs, so
//                                      a speed change can show that it left the records
//                                      bit-identical (compare the output before and after)
#include "model/TimeUtc.h"
#include "sim/SimulationKpis.h"
#include "sim/SiteSimulation.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <time.h>

using namespace gridtwin;

namespace {
double peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

double cpuS() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Result {
    double setup_s, run_s, run_cpu_s;
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
    const double cpu1 = cpuS();
    double sink_guard = 0;
    const std::size_t steps = sim.runToEnd([&](std::span<const StepRecord> b) {
        if (with_kpis)
            kpis.add(b);
        else
            sink_guard += b.back().grid_kw;
    });
    const double cpu2 = cpuS();
    const auto t2 = std::chrono::steady_clock::now();
    const double peak = with_kpis ? kpis.finish().peak_billing_import_kw : sink_guard;
    return {std::chrono::duration<double>(t1 - t0).count(),
            std::chrono::duration<double>(t2 - t1).count(), cpu2 - cpu1, steps, peak};
}

void printRate(const char* what, const Result& r) {
    const auto steps = static_cast<double>(r.steps);
    std::printf("%s: %zu steps, setup %.2f s, run %.3f s wall (%.1f M steps/s), %.3f s CPU (%.1f M "
                "steps/s)\n",
                what, r.steps, r.setup_s, r.run_s, steps / r.run_s / 1e6, r.run_cpu_s,
                steps / r.run_cpu_s / 1e6);
}

// FNV-1a over the bytes of every field (not the padding) of every record.
struct Digest {
    std::uint64_t h = 1469598103934665603ULL;
    void bytes(const void* p, std::size_t n) {
        const auto* c = static_cast<const unsigned char*>(p);
        for (std::size_t i = 0; i < n; ++i)
            h = (h ^ c[i]) * 1099511628211ULL;
    }
    void add(const StepRecord& r) {
        bytes(&r.time_ms, sizeof r.time_ms);
        for (double v :
             {r.pv_kw, r.pv_curtailed_kw, r.load_kw, r.it_load_kw, r.bess_kw, r.bess_aux_kw,
              r.soc_pct, r.grid_kw, r.price_eur_per_mwh, r.carbon_g_per_kwh, r.ambient_c})
            bytes(&v, sizeof v);
        bytes(&r.reason, sizeof r.reason);
        bytes(&r.quality, sizeof r.quality);
    }
};

int digests() {
    struct Case {
        const char* name;
        ControllerKind controller;
        CivilTime from;
        int days;
        std::int64_t step_ms;
        bool iteration_layer;
    };
    const Case cases[] = {
        {"peak-shaving 1 s, 10 days from Jun 1",
         ControllerKind::PeakShaving,
         {2025, 6, 1},
         10,
         1000,
         false},
        {"peak-shaving 15 min, a year",
         ControllerKind::PeakShaving,
         {2025, 1, 1},
         365,
         900'000,
         false},
        {"peak-shaving 7 s, 56 days over a year end",
         ControllerKind::PeakShaving,
         {2024, 11, 20},
         56,
         7000,
         false},
        {"self-consumption 60 s, 30 days, iteration layer",
         ControllerKind::SelfConsumption,
         {2025, 4, 1},
         30,
         60'000,
         true},
        {"self-consumption 1 s, 2 days, iteration layer",
         ControllerKind::SelfConsumption,
         {2025, 7, 1},
         2,
         1000,
         true},
        {"none 1 h, a year", ControllerKind::None, {2025, 1, 1}, 365, 3'600'000, false},
    };
    for (const Case& c : cases) {
        SiteConfig site = referenceSite();
        site.controller.kind = c.controller;
        site.cluster.iteration_layer = c.iteration_layer;
        const std::int64_t start = msFromCivil(c.from);
        SiteSimulation sim(site, {start, start + c.days * kMsPerDay, c.step_ms});
        Digest d;
        const std::size_t n = sim.runToEnd([&](std::span<const StepRecord> b) {
            for (const StepRecord& r : b)
                d.add(r);
        });
        std::printf("%016llx  %9zu steps  %s\n", static_cast<unsigned long long>(d.h), n, c.name);
    }
    return 0;
}
} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
    if (argc > 1 && std::string(argv[1]) == "--digest") return digests();
    if (argc > 2 && std::string(argv[1]) == "--days") {
        printRate("1-s steps, engine only", runYear(1000, false, std::atoi(argv[2])));
        return 0;
    }
    std::printf("GridTwin engine benchmark (reference site, peak shaving, one year)\n");
    for (int i = 0; i < 3; ++i) {
        const Result r = runYear(900'000, true);
        std::printf("15-min steps: %zu steps, setup %.1f ms, run %.2f ms wall, %.2f ms CPU, "
                    "billing peak %.0f kW\n",
                    r.steps, r.setup_s * 1e3, r.run_s * 1e3, r.run_cpu_s * 1e3, r.peak_kw);
    }
    if (quick) return 0;
    printRate("1-s steps, engine only", runYear(1000, false));
    const Result k = runYear(1000, true);
    printRate("1-s steps, engine + KPIs", k);
    std::printf("billing peak (1-s steps) %.0f kW, peak RSS: %.1f MB\n", k.peak_kw, peakRssMb());
    return 0;
}
