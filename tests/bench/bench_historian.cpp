// Historian benchmark: sustained ingest rate on one core (appendSamples, appendSteps and the
// console's HistorianRecorder path), and a query of one week of 1-s data for 8 channels decimated
// to 2,000 points per channel.
// Targets (issue): >= 1e6 samples/s ingest; the 8-channel week query < 100 ms.
// Usage: bench_historian [db path] (default /tmp/gridtwin_bench_historian.db, replaced).

#include "store/Historian.h"
#include "store/HistorianRecorder.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

using namespace gridtwin;

namespace {
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

constexpr std::int64_t kDayS = 24 * 3600;
constexpr double kDaySamples = static_cast<double>(kDayS * kStepFieldCount);

// 600 steps of 1 s from t0_ms + start_s.
void fillSteps(std::vector<StepRecord>& steps, std::int64_t t0_ms, std::int64_t start_s) {
    for (std::size_t i = 0; i < steps.size(); ++i) {
        StepRecord& r = steps[i];
        const auto s = start_s + static_cast<std::int64_t>(i);
        r.time_ms = t0_ms + s * 1000;
        r.load_kw = 1200 + static_cast<double>(s % 50);
        r.grid_kw = r.load_kw - 100;
        r.pv_kw = 100;
        r.soc_pct = 50;
    }
}

void removeDb(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}
} // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "/tmp/gridtwin_bench_historian.db";
    removeDb(path);
    constexpr int kChannels = 8;
    constexpr std::int64_t kWeekS = 7 * 24 * 3600;
    constexpr std::int64_t kChunkS = 3600;
    const std::int64_t t0 = 1'717'200'000'000; // 2024-06-01T00:00:00Z
    double ingest_rate = 0;
    {
        Historian h(path);
        const int site = h.siteId("bench");
        std::vector<int> ids;
        for (int c = 0; c < kChannels; ++c) ids.push_back(h.channelId(site, "ch" + std::to_string(c) + "_kw", "kW", "bench"));

        // 1) appendSamples: one week of 1-s data for 8 channels, in 1-h chunks per channel.
        std::vector<HistorianSample> chunk(kChunkS);
        const auto wall0 = Clock::now();
        const double cpu0 = cpuSeconds();
        for (std::int64_t start = 0; start < kWeekS; start += kChunkS) {
            for (int c = 0; c < kChannels; ++c) {
                for (std::int64_t i = 0; i < kChunkS; ++i) {
                    const std::int64_t s = start + i;
                    chunk[static_cast<std::size_t>(i)] = {t0 + s * 1000, 1000.0 + 300.0 * std::sin(static_cast<double>(s) * 1e-3 + c) + static_cast<double>(s % 7), Quality::Good};
                }
                h.appendSamples(ids[static_cast<std::size_t>(c)], chunk);
            }
        }
        h.flush();
        const double wall = secondsSince(wall0), cpu = cpuSeconds() - cpu0;
        const double n = static_cast<double>(kWeekS * kChannels);
        ingest_rate = n / cpu; // per CPU second = on one core, whatever else loads the machine
        std::printf("appendSamples: %.0f samples in %.2f s wall (%.2f s CPU): %.2f M samples/s wall, %.2f M/s per CPU second\n",
                    n, wall, cpu, n / wall / 1e6, n / cpu / 1e6);

        // 2) appendSteps (the common path of simulator, replay and devices): 1 day at 1 s, 12 channels.
        const int site2 = h.siteId("bench-steps");
        std::vector<StepRecord> steps(600);
        const auto wall1 = Clock::now();
        const double cpu1 = cpuSeconds();
        for (std::int64_t start = 0; start < kDayS; start += 600) {
            fillSteps(steps, t0, start);
            h.appendSteps(site2, steps);
        }
        h.flush();
        const double wall_s = secondsSince(wall1), cpu_s = cpuSeconds() - cpu1;
        std::printf("appendSteps:   %.0f samples in %.2f s wall (%.2f s CPU): %.2f M samples/s wall\n", kDaySamples,
                    wall_s, cpu_s, kDaySamples / wall_s / 1e6);
    }
    {
        // 2b) The console's ingest path: the same day through a HistorianRecorder (record() on the
        // caller's thread, appendSteps on the writer thread); CPU time is both threads'.
        HistorianRecorder recorder(path, "bench-recorder");
        std::vector<StepRecord> steps(600);
        const auto wall2 = Clock::now();
        const double cpu2 = cpuSeconds();
        for (std::int64_t start = 0; start < kDayS; start += 600) {
            fillSteps(steps, t0, start);
            recorder.record(steps);
        }
        recorder.flush();
        const double wall_s = secondsSince(wall2), cpu_s = cpuSeconds() - cpu2;
        const RecorderStats st = recorder.stats();
        std::printf("recorder:      %.0f samples in %.2f s wall (%.2f s CPU, both threads): %.2f M samples/s wall, "
                    "%.2f M/s per CPU second; %llu steps dropped\n",
                    kDaySamples, wall_s, cpu_s, kDaySamples / wall_s / 1e6, kDaySamples / cpu_s / 1e6,
                    static_cast<unsigned long long>(st.dropped));
    }

    // 3) Query on a freshly opened file: one week, 8 channels, 2,000 points each.
    Historian h(path);
    const int site = h.siteId("bench");
    std::vector<int> ids;
    for (const ChannelInfo& c : h.channels(site)) ids.push_back(c.id);
    std::vector<double> times_ms, cpu_ms;
    std::size_t points = 0;
    for (int rep = 0; rep < 7; ++rep) {
        const auto q0 = Clock::now();
        const double c0 = cpuSeconds();
        points = 0;
        for (int id : ids) points += h.decimated(id, t0, t0 + kWeekS * 1000, 2000).size();
        times_ms.push_back(secondsSince(q0) * 1000.0);
        cpu_ms.push_back((cpuSeconds() - c0) * 1000.0);
    }
    std::sort(cpu_ms.begin(), cpu_ms.end());
    const double first = times_ms.front();
    std::sort(times_ms.begin(), times_ms.end());
    std::printf("decimated query, 1 week x %zu channels -> %zu points (level %lld s): first %.2f ms, median %.2f ms, "
                "max %.2f ms wall; median %.2f ms CPU\n",
                ids.size(), points, static_cast<long long>(Historian::decimationLevelS(t0, t0 + kWeekS * 1000, 2000)),
                first, times_ms[times_ms.size() / 2], times_ms.back(), cpu_ms[cpu_ms.size() / 2]);

    // 4) For comparison: one day from raw samples (no rollup level fits 43-s buckets).
    const auto r0 = Clock::now();
    std::size_t raw_points = 0;
    for (int id : ids) raw_points += h.decimated(id, t0, t0 + 24 * 3600 * 1000, 2000).size();
    std::printf("decimated query, 1 day raw x %zu channels -> %zu points: %.2f ms\n", ids.size(), raw_points,
                secondsSince(r0) * 1000.0);
    std::printf("file size: %.1f MB\n", static_cast<double>(std::filesystem::file_size(path)) / 1e6);
    const bool ok = ingest_rate >= 1e6 && times_ms[times_ms.size() / 2] < 100.0;
    std::printf("targets (>= 1 M samples/s per CPU second, < 100 ms wall median): %s\n", ok ? "met" : "NOT met");
    return 0;
}
