#pragma once
// A recorded log (time-series CSV or a historian site) replayed through the live pipeline as a
// LiveSource: paced by the wall clock at 1x, 10x, 60x, 600x (any factor > 0) or as fast as
// possible (0), with pause, single step and seek. The log is read lazily on the producer thread.
//
// Seek contract: seek(t) is thread-safe; when it returns, the queue holds nothing from before the
// seek and the next drained samples start at the first record with time >= t. Every seek bumps
// generation(), so a view that sees a new generation clears its trends first.
// A replay never drops steps: when the queue is nearly full (max speed, slow consumer) the
// producer waits for the consumer to drain it.

#include "io/LiveSource.h"
#include "io/ReplayLog.h"
#include "io/SampleQueue.h"
#include "io/SimulatorSource.h" // WallClock

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <thread>

namespace gridtwin {

class ReplaySource : public LiveSource {
public:
    explicit ReplaySource(std::unique_ptr<ReplayLog> log, WallClock clock = WallClock::system(),
                          std::size_t queue_capacity = kDefaultQueueCapacity);
    ~ReplaySource() override;

    static constexpr std::size_t kDefaultQueueCapacity = 1u << 18;
    static constexpr std::int64_t kMaxSleepMs = 20;     // so commands are seen promptly
    static constexpr std::size_t kMaxBatchSteps = 4096; // records between two command checks

    std::string name() const override;
    void start() override;
    void stop() override;
    void setSpeed(double factor) override;
    double speed() const override;
    void setPaused(bool paused) override;
    void stepOnce() override;
    std::size_t drain(std::vector<StepRecord>& out) override;
    SourceState state() const override;
    std::string stateText() const override;
    std::uint64_t generation() const override;

    /// Thread-safe; may be called before start() or after the end of the log (replay resumes).
    void seek(std::int64_t time_ms);
    std::int64_t firstMs() const { return first_ms_; }
    std::int64_t lastMs() const { return last_ms_; }
    /// Time of the newest record handed to the queue (firstMs() before the first one).
    std::int64_t positionMs() const { return position_ms_.load(std::memory_order_relaxed); }
    std::uint64_t producedCount() const { return produced_.load(std::memory_order_relaxed); }
    std::uint64_t droppedCount() const { return queue_.droppedCount(); }

private:
    void runLoop(std::stop_token stop);
    void setState(SourceState s, std::string detail = {});
    /// Queues records read in generation gen; drops them when a seek came in between.
    void push(std::span<const StepRecord> batch, std::uint64_t gen);

    std::unique_ptr<ReplayLog> log_; // used by the producer thread only once started
    std::string description_;
    std::int64_t first_ms_;
    std::int64_t last_ms_;
    WallClock clock_;
    SampleQueue queue_;

    // Commands from other threads, guarded by cmd_mutex_; cmd_cv_ wakes a waiting producer.
    // Lock order: cmd_mutex_ before the queue's own mutex.
    mutable std::mutex cmd_mutex_;
    std::condition_variable_any cmd_cv_;
    double speed_ = 1.0;
    bool paused_ = false;
    std::uint64_t single_steps_ = 0;
    std::uint64_t command_epoch_ = 0; // speed, pause or seek changed: the producer re-anchors
    std::uint64_t generation_ = 0;
    std::optional<std::int64_t> seek_to_;

    mutable std::mutex state_mutex_;
    SourceState state_ = SourceState::Stopped;
    std::string state_detail_;

    std::atomic<std::int64_t> position_ms_;
    std::atomic<std::uint64_t> produced_{0};
    std::jthread thread_;
};

} // namespace gridtwin
