// Times the GPU-cluster load model as the engine uses it: a year at 1-s and 15-min steps.
// Prints construction time, breakpoint memory, utilisation and ns per meanItLoadKw call.
#include "model/TimeUtc.h"
#include "sim/GpuClusterLoad.h"

#include <ctime>
#include <cstdio>

using namespace gridtwin;

namespace {

// Process CPU time, not wall time: the figures stay meaningful on a busy machine.
double secondsSince(std::clock_t t0) {
    return static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
}

void run(const char* label, const GpuClusterConfig& c) {
    const std::int64_t start = msFromCivil({2024, 1, 1}), end = msFromCivil({2025, 1, 1});
    auto t0 = std::clock();
    GpuClusterLoad m(c, 20240601, start, end);
    const double build_s = secondsSince(t0);
    std::printf("%s: build %.2f s, %zu breakpoints (%.1f MB), %zu jobs, %lld dropped, "
                "allocated %.4f\n",
                label, build_s, m.breakpointCount(),
                static_cast<double>(m.breakpointCount() * sizeof(GpuClusterLoad::Breakpoint)) / 1e6,
                m.jobs().size(), static_cast<long long>(m.droppedJobs()), m.allocatedFraction());
    for (const std::int64_t step : {std::int64_t{1000}, std::int64_t{900'000}}) {
        GpuClusterLoad fresh(c, 20240601, start, end);
        double sum = 0.0;
        std::int64_t calls = 0;
        t0 = std::clock();
        for (std::int64_t t = start; t < end; t += step, ++calls) sum += fresh.meanItLoadKw(t, t + step);
        const double s = secondsSince(t0);
        std::printf("  step %6lld ms: %lld calls, %.2f ns/call, mean IT %.3f kW\n",
                    static_cast<long long>(step), static_cast<long long>(calls),
                    s * 1e9 / static_cast<double>(calls), sum / static_cast<double>(calls));
    }
}

} // namespace

int main() {
    GpuClusterConfig c;
    run("reference cluster, job layer", c);
    c.iteration_layer = true;
    run("reference cluster, iteration layer 1 Hz", c);
    c.iteration_layer = false;
    c.hero_job_fraction = 0.0;
    run("reference cluster, no hero run", c);
    return 0;
}
