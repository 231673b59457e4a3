#pragma once
// Runs every variant of a sweep on a thread pool (default: hardware_concurrency threads) with the
// site's input series prepared once and shared read-only. Progress and completion leave through
// Boost.Signals2 on worker threads; slots only set a flag, the UI pulls progress() / results().

#include "model/InputError.h"
#include "model/SiteConfig.h"
#include "sim/SimulationKpis.h"
#include "sim/SiteSimulation.h"
#include "tune/SweepSpec.h"

#include <boost/signals2/signal.hpp>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace gridtwin {

struct SweepVariantResult {
    std::vector<double> values;  // one per axis
    bool done = false;           // false: cancelled before it finished, or failed
    std::string error;           // InputError text of a variant the site refused
    std::optional<InputError> input_error; // that error itself (file, path, expected, found)
    SimulationKpis kpis;
    std::vector<double> objectives; // per SweepSpec::objectives, filled when done
    bool pareto = false;         // on the front of the finished variants
};

struct SweepResults {
    SweepSpec spec;
    SimulationPeriod period;
    std::vector<SweepVariantResult> variants; // in SweepSpec::variantValues order
    bool cancelled = false;
    double elapsed_s = 0;
    unsigned threads = 0;
};

/// Objective values of one run, in the order of `objectives`.
std::vector<double> objectiveValues(const SimulationKpis& k, const std::vector<Objective>& objectives);

class SweepRunner {
public:
    /// threads = 0: std::thread::hardware_concurrency(). Nothing runs until start().
    SweepRunner(SiteConfig base, SweepSpec spec, SimulationPeriod period, unsigned threads = 0);
    ~SweepRunner(); // cancels and joins
    SweepRunner(const SweepRunner&) = delete;
    SweepRunner& operator=(const SweepRunner&) = delete;

    /// Prepares the shared inputs (throws InputError for a bad input file or period) and
    /// starts the pool; returns at once.
    void start();
    void cancel();
    /// Blocks until every worker has stopped.
    void wait();
    /// start() + wait() + results(): for the CLI and tests.
    SweepResults run();

    bool finished() const;
    double progress() const;                // 0..1, by simulated steps
    std::size_t variantsDone() const;
    /// The results (Pareto flags over the finished variants); complete once finished().
    SweepResults results() const;

    /// Worker threads, throttled to about 1 % steps. Slots only set a flag.
    boost::signals2::signal<void(double)> progressChanged;
    /// The last worker thread, once, after every variant finished or was cancelled.
    boost::signals2::signal<void()> completed;

    struct Shared;

private:
    std::shared_ptr<Shared> shared_;
    std::vector<std::thread> pool_;
};

} // namespace gridtwin
