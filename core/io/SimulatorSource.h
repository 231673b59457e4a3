#pragma once
// The embedded simulator as a LiveSource: SiteSimulation runs the site for one year from start_ms
// on a std::jthread, paced by the wall clock at speed x (1, 10, 60, 600; 0 = as fast as
// possible), with pause and single step. The wall clock and the sleep are injected so tests run
// without real waiting; the engine is injected through a factory so tests can use a stub.

#include "io/LiveSource.h"
#include "io/SampleQueue.h"
#include "model/SiteConfig.h"
#include "sim/SiteSimulation.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <stop_token>
#include <string>
#include <thread>

namespace gridtwin {

/// What SimulatorSource drives: SiteSimulation or a test stub.
class StepEngine {
public:
    virtual ~StepEngine() = default;
    virtual bool done() const = 0;
    /// Runs at most max_steps steps, handing the records to sink; returns the steps run.
    virtual std::size_t run(std::size_t max_steps, const SiteSimulation::BatchSink& sink) = 0;
};

using StepEngineFactory =
    std::function<std::unique_ptr<StepEngine>(const SiteConfig&, const SimulationPeriod&)>;

/// The production factory: a StepEngine over gridtwin::SiteSimulation.
StepEngineFactory siteSimulationEngineFactory();

/// Injected time: a monotonic clock in ms and a sleep (both called on the producer thread only).
struct WallClock {
    std::function<std::int64_t()> now_ms;
    std::function<void(std::int64_t)> sleep_ms;
    /// std::chrono::steady_clock and std::this_thread::sleep_for.
    static WallClock system();
};

class SimulatorSource : public LiveSource {
public:
    /// Period: one calendar year from start_ms (UTC) at step_ms. Uses SiteSimulation.
    SimulatorSource(SiteConfig site, std::int64_t start_ms, std::int64_t step_ms = 1000);
    /// Same with an injected engine factory and clock (tests, replays).
    SimulatorSource(SiteConfig site, std::int64_t start_ms, std::int64_t step_ms,
                    StepEngineFactory factory, WallClock clock,
                    std::size_t queue_capacity = kDefaultQueueCapacity);
    ~SimulatorSource() override;

    static constexpr std::size_t kDefaultQueueCapacity = 1u << 18;
    /// Longest the producer sleeps at once, so pause/stop/speed changes are seen promptly.
    static constexpr std::int64_t kMaxSleepMs = 20;
    /// Most steps run between two checks of stop/pause at speed 0.
    static constexpr std::size_t kMaxBatchSteps = 4096;

    std::string name() const override;
    bool simulated() const override { return true; }
    void start() override;
    void stop() override;
    void setSpeed(double factor) override;
    double speed() const override;
    void setPaused(bool paused) override;
    void stepOnce() override;
    std::size_t drain(std::vector<StepRecord>& out) override;
    SourceState state() const override;
    std::string stateText() const override;

    const SimulationPeriod& period() const { return period_; }
    /// Samples dropped because the UI did not drain in time (oldest first).
    std::uint64_t droppedCount() const { return queue_.droppedCount(); }
    /// Steps produced since start().
    std::uint64_t producedCount() const { return produced_.load(std::memory_order_relaxed); }

private:
    void runLoop(std::stop_token stop);
    void setState(SourceState s, std::string detail = {});
    void push(std::span<const StepRecord> batch);

    SiteConfig site_;
    SimulationPeriod period_;
    StepEngineFactory factory_;
    WallClock clock_;
    SampleQueue queue_;

    // Commands from the UI thread, read by the producer; guarded by cmd_mutex_ (the mutex gives
    // the acquire/release ordering; cmd_cv_ wakes a paused producer).
    mutable std::mutex cmd_mutex_;
    std::condition_variable_any cmd_cv_;
    double speed_ = 1.0;
    bool paused_ = false;
    std::uint64_t single_steps_ = 0;
    std::uint64_t command_epoch_ = 0;  // bumped on speed/pause changes so the producer re-anchors

    mutable std::mutex state_mutex_;
    SourceState state_ = SourceState::Stopped;
    std::string state_detail_;

    std::atomic<std::uint64_t> produced_{0};
    std::jthread thread_;
};

} // namespace gridtwin
