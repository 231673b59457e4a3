#pragma once
// Background tuning with latest-request-wins: submit() supersedes (cancels) whatever is running
// and queued, so only the newest request's result is ever published. The debounce timer lives in
// the UI. Completion and progress leave core through Boost.Signals2 on the worker thread; slots
// only set a flag and the UI pulls progress(), latest() and lastError() (style.md rules 2 and 3).

#include "tune/TuningRun.h"

#include <boost/signals2/signal.hpp>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace gridtwin {

enum class TuningState { Idle, Running, Finished, Cancelled, Failed };

class TuningSession {
public:
    TuningSession();
    ~TuningSession(); // cancels and joins the worker
    TuningSession(const TuningSession&) = delete;
    TuningSession& operator=(const TuningSession&) = delete;

    /// Queues request, cancelling the running one; returns its id (1, 2, ...).
    std::uint64_t submit(TuningRequest request);
    /// Cancels the running and the queued request (the last published result stays).
    void cancel();
    /// Blocks until nothing is queued or running (tests, CLI); false on timeout.
    bool waitIdle(std::chrono::milliseconds timeout = std::chrono::milliseconds::max());

    TuningState state() const;
    double progress() const;                // 0..1 of the request being run
    std::uint64_t runningId() const;        // 0 when idle
    /// The newest completed result (nullptr before the first); results of superseded requests
    /// are never published.
    std::shared_ptr<const TuningResult> latest() const;
    /// Message of the last failed request (an InputError text), empty after a success.
    std::string lastError() const;
    std::uint64_t lastErrorId() const;

    /// Worker thread; throttled to about 1 % steps. Slots only set a flag.
    boost::signals2::signal<void(double)> progressChanged;
    /// Worker thread, after latest() / lastError() changed or a request was cancelled.
    boost::signals2::signal<void(std::uint64_t id, TuningState)> finished;

private:
    void workerLoop();

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::optional<TuningRequest> pending_;
    std::uint64_t pending_id_ = 0;
    std::uint64_t next_id_ = 1;
    std::uint64_t running_id_ = 0;
    std::atomic<bool> cancel_running_{false};
    std::atomic<double> progress_{0.0};
    TuningState state_ = TuningState::Idle;
    std::shared_ptr<const TuningResult> latest_;
    std::string last_error_;
    std::uint64_t last_error_id_ = 0;
    bool quit_ = false;
    std::thread worker_; // last: started after every other member exists
};

} // namespace gridtwin
