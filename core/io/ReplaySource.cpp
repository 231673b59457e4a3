#include "io/ReplaySource.h"

#include "model/InputError.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <vector>

namespace gridtwin {

ReplaySource::ReplaySource(std::unique_ptr<ReplayLog> log, WallClock clock,
                           std::size_t queue_capacity)
    : log_(std::move(log)), description_(log_->description()), first_ms_(log_->firstMs()),
      last_ms_(log_->lastMs()), clock_(std::move(clock)), queue_(queue_capacity),
      position_ms_(first_ms_) {}

ReplaySource::~ReplaySource() {
    // No stateChanged from the destructor: its observers may already be gone.
    if (thread_.joinable()) {
        thread_.request_stop();
        thread_.join();
    }
}

std::string ReplaySource::name() const { return "Replay: " + description_; }

void ReplaySource::start() {
    if (thread_.joinable()) {
        const SourceState s = state();
        if (s != SourceState::Stopped && s != SourceState::Faulted) return;
        thread_.join();
    }
    thread_ = std::jthread([this](std::stop_token st) { runLoop(st); });
}

void ReplaySource::stop() {
    if (thread_.joinable()) {
        thread_.request_stop(); // also wakes a waiting producer (condition_variable_any + token)
        thread_.join();
    }
    if (state() != SourceState::Faulted) setState(SourceState::Stopped);
}

void ReplaySource::setSpeed(double factor) {
    if (!std::isfinite(factor) || factor < 0)
        throw InputError("", "replay speed", "a factor >= 0 (0 = as fast as possible)",
                         std::to_string(factor));
    {
        std::lock_guard lock(cmd_mutex_);
        speed_ = factor;
        ++command_epoch_;
    }
    cmd_cv_.notify_all();
}

double ReplaySource::speed() const {
    std::lock_guard lock(cmd_mutex_);
    return speed_;
}

void ReplaySource::setPaused(bool paused) {
    {
        std::lock_guard lock(cmd_mutex_);
        if (paused_ == paused) return;
        paused_ = paused;
        ++command_epoch_;
    }
    cmd_cv_.notify_all();
}

void ReplaySource::stepOnce() {
    {
        std::lock_guard lock(cmd_mutex_);
        if (!paused_) return; // single steps only make sense while paused
        ++single_steps_;
    }
    cmd_cv_.notify_all();
}

void ReplaySource::seek(std::int64_t time_ms) {
    {
        std::lock_guard lock(cmd_mutex_);
        seek_to_ = time_ms;
        ++generation_;
        ++command_epoch_;
        single_steps_ = 0;
        std::vector<StepRecord> stale;
        queue_.drain(stale); // nothing from before the seek may be drained after it
        position_ms_.store(std::clamp(time_ms, first_ms_, last_ms_), std::memory_order_relaxed);
    }
    cmd_cv_.notify_all();
}

std::uint64_t ReplaySource::generation() const {
    std::lock_guard lock(cmd_mutex_);
    return generation_;
}

std::size_t ReplaySource::drain(std::vector<StepRecord>& out) { return queue_.drain(out); }

SourceState ReplaySource::state() const {
    std::lock_guard lock(state_mutex_);
    return state_;
}

std::string ReplaySource::stateText() const {
    std::lock_guard lock(state_mutex_);
    std::string text = sourceStateName(state_);
    if (!state_detail_.empty()) text += ": " + state_detail_;
    return text;
}

void ReplaySource::setState(SourceState s, std::string detail) {
    {
        std::lock_guard lock(state_mutex_);
        if (state_ == s && state_detail_ == detail) return;
        state_ = s;
        state_detail_ = std::move(detail);
    }
    stateChanged(s); // outside the lock: a slot may call state()
}

void ReplaySource::push(std::span<const StepRecord> batch, std::uint64_t gen) {
    if (batch.empty()) return;
    bool notify = false;
    {
        std::lock_guard lock(cmd_mutex_);
        if (gen != generation_) return; // read before a seek that has already happened
        notify = queue_.push(batch);
        position_ms_.store(batch.back().time_ms, std::memory_order_relaxed);
    }
    produced_.fetch_add(batch.size(), std::memory_order_relaxed);
    if (notify) samplesAvailable();
}

void ReplaySource::runLoop(std::stop_token stop) {
    StepRecord pending;        // the next record, read ahead to know when it is due
    bool have_pending = false;
    bool at_end = false;
    std::vector<StepRecord> batch;
    std::uint64_t epoch = ~std::uint64_t{0};
    // Pacing anchor: at wall time anchor_wall the replay stood at log time anchor_log; reset on
    // every speed, pause or seek change so a change never causes a catch-up burst.
    std::int64_t anchor_wall = 0;
    std::int64_t anchor_log = 0;

    const auto readNext = [&]() -> bool {
        try {
            have_pending = log_->next(pending);
            at_end = !have_pending;
            return true;
        } catch (const std::exception& e) {
            setState(SourceState::Faulted, e.what());
            return false;
        }
    };

    while (!stop.stop_requested()) {
        double speed = 1.0;
        bool paused = false;
        bool single = false;
        std::uint64_t cmd_epoch = 0;
        std::uint64_t gen = 0;
        std::optional<std::int64_t> seek_to;
        {
            std::lock_guard lock(cmd_mutex_);
            speed = speed_;
            paused = paused_;
            cmd_epoch = command_epoch_;
            gen = generation_;
            seek_to = seek_to_;
            seek_to_.reset();
            single = paused && single_steps_ > 0;
            if (single) --single_steps_;
        }
        if (seek_to) {
            try {
                log_->seek(*seek_to);
            } catch (const std::exception& e) {
                setState(SourceState::Faulted, e.what());
                return;
            }
            have_pending = false;
            at_end = false;
        }
        if (!have_pending && !at_end && !readNext()) return;
        if (at_end) {
            setState(SourceState::Finished);
            std::unique_lock lock(cmd_mutex_);
            cmd_cv_.wait(lock, stop, [&] { return seek_to_.has_value(); });
            continue;
        }
        if (paused) {
            setState(SourceState::Paused);
            if (single) {
                push(std::span(&pending, 1), gen);
                have_pending = false;
                continue;
            }
            std::unique_lock lock(cmd_mutex_);
            cmd_cv_.wait(lock, stop, [&] { return command_epoch_ != cmd_epoch || single_steps_ > 0; });
            continue;
        }
        setState(SourceState::Running);
        if (cmd_epoch != epoch) {
            epoch = cmd_epoch;
            anchor_wall = clock_.now_ms();
            anchor_log = pending.time_ms;
        }
        // Log time reached by now; at speed 0 everything is due.
        const std::int64_t now = clock_.now_ms();
        const double due_log = speed <= 0 ? HUGE_VAL
                                          : static_cast<double>(anchor_log) +
                                                static_cast<double>(now - anchor_wall) * speed;
        if (static_cast<double>(pending.time_ms) <= due_log) {
            if (queue_.size() + kMaxBatchSteps > queue_.capacity()) {
                // A recording has no reason to lose steps: wait for the consumer rather than let
                // the queue drop the oldest (only at max speed or with a stalled consumer).
                std::unique_lock lock(cmd_mutex_);
                cmd_cv_.wait_for(lock, stop, std::chrono::milliseconds(kMaxSleepMs),
                                 [&] { return command_epoch_ != cmd_epoch; });
                continue;
            }
            batch.clear();
            while (have_pending && static_cast<double>(pending.time_ms) <= due_log &&
                   batch.size() < kMaxBatchSteps) {
                batch.push_back(pending);
                if (!readNext()) return;
            }
            push(batch, gen);
            continue;
        }
        const double wait_ms = (static_cast<double>(pending.time_ms) - due_log) / speed;
        clock_.sleep_ms(std::clamp<std::int64_t>(static_cast<std::int64_t>(std::ceil(wait_ms)), 1,
                                                 kMaxSleepMs));
    }
}

} // namespace gridtwin
