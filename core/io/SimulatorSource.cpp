#include "io/SimulatorSource.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>

namespace gridtwin {

WallClock WallClock::system() {
    return {[] {
                return static_cast<std::int64_t>(
                    std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now().time_since_epoch())
                        .count());
            },
            [](std::int64_t ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }};
}

namespace {

SimulationPeriod oneYearFrom(std::int64_t start_ms, std::int64_t step_ms) {
    if (step_ms <= 0)
        throw InputError("", "simulator step", "a step > 0 ms", std::to_string(step_ms));
    CivilTime end = civilFromMs(start_ms);
    ++end.year;  // same calendar instant one year later (Feb 29 rolls to Mar 1)
    return {start_ms, msFromCivil(end), step_ms};
}

} // namespace

SimulatorSource::SimulatorSource(SiteConfig site, std::int64_t start_ms, std::int64_t step_ms,
                                 StepEngineFactory factory, WallClock clock,
                                 std::size_t queue_capacity)
    : site_(std::move(site)), period_(oneYearFrom(start_ms, step_ms)),
      factory_(std::move(factory)), clock_(std::move(clock)), queue_(queue_capacity) {}

SimulatorSource::~SimulatorSource() {
    // No stateChanged from the destructor: its observers may already be gone.
    if (thread_.joinable()) {
        thread_.request_stop();
        thread_.join();
    }
}

std::string SimulatorSource::name() const { return "Simulator: " + site_.name; }

void SimulatorSource::start() {
    if (thread_.joinable()) {
        const SourceState s = state();
        if (s == SourceState::Running || s == SourceState::Paused) return;
        thread_.join();  // a finished or faulted run: start again from the beginning
    }
    produced_.store(0, std::memory_order_relaxed);
    thread_ = std::jthread([this](std::stop_token st) { runLoop(st); });
}

void SimulatorSource::stop() {
    if (thread_.joinable()) {
        thread_.request_stop();  // also wakes a paused producer (condition_variable_any + token)
        thread_.join();
    }
    if (state() != SourceState::Faulted) setState(SourceState::Stopped);
}

void SimulatorSource::setSpeed(double factor) {
    if (!std::isfinite(factor) || factor < 0)
        throw InputError("", "simulator speed", "a factor >= 0 (0 = as fast as possible)",
                         std::to_string(factor));
    {
        std::lock_guard lock(cmd_mutex_);
        speed_ = factor;
        ++command_epoch_;
    }
    cmd_cv_.notify_all();
}

double SimulatorSource::speed() const {
    std::lock_guard lock(cmd_mutex_);
    return speed_;
}

void SimulatorSource::setPaused(bool paused) {
    {
        std::lock_guard lock(cmd_mutex_);
        if (paused_ == paused) return;
        paused_ = paused;
        ++command_epoch_;
    }
    cmd_cv_.notify_all();
}

void SimulatorSource::stepOnce() {
    {
        std::lock_guard lock(cmd_mutex_);
        if (!paused_) return;  // single steps only make sense while paused
        ++single_steps_;
    }
    cmd_cv_.notify_all();
}

std::size_t SimulatorSource::drain(std::vector<StepRecord>& out) { return queue_.drain(out); }

SourceState SimulatorSource::state() const {
    std::lock_guard lock(state_mutex_);
    return state_;
}

std::string SimulatorSource::stateText() const {
    std::lock_guard lock(state_mutex_);
    std::string text = sourceStateName(state_);
    if (!state_detail_.empty()) text += ": " + state_detail_;
    return text;
}

void SimulatorSource::setState(SourceState s, std::string detail) {
    {
        std::lock_guard lock(state_mutex_);
        if (state_ == s && state_detail_ == detail) return;
        state_ = s;
        state_detail_ = std::move(detail);
    }
    stateChanged(s);  // outside the lock: a slot may call state()
}

void SimulatorSource::push(std::span<const StepRecord> batch) {
    produced_.fetch_add(batch.size(), std::memory_order_relaxed);
    if (queue_.push(batch)) samplesAvailable();
}

void SimulatorSource::runLoop(std::stop_token stop) {
    std::unique_ptr<StepEngine> engine;
    try {
        engine = factory_(site_, period_);
    } catch (const std::exception& e) {
        setState(SourceState::Faulted, e.what());
        return;
    }
    const auto sink = [this](std::span<const StepRecord> batch) { push(batch); };
    const double step_ms = static_cast<double>(period_.step_ms);
    std::uint64_t steps_done = 0;
    // Pacing anchor: at wall time anchor_wall the run had done anchor_steps steps; it is reset
    // whenever speed or pause changes so a change never causes a catch-up burst.
    std::uint64_t epoch = ~std::uint64_t{0};
    std::int64_t anchor_wall = 0;
    std::uint64_t anchor_steps = 0;

    const auto runSteps = [&](std::size_t n) -> bool {
        try {
            const std::size_t ran = engine->run(n, sink);
            steps_done += ran;
            if (ran == 0 && !engine->done()) {
                setState(SourceState::Faulted, "simulation made no progress");
                return false;
            }
        } catch (const std::exception& e) {
            setState(SourceState::Faulted, e.what());
            return false;
        }
        return true;
    };

    while (!stop.stop_requested()) {
        if (engine->done()) {
            setState(SourceState::Finished);
            return;
        }
        double speed = 1.0;
        bool paused = false;
        bool single = false;
        std::uint64_t cmd_epoch = 0;
        {
            std::lock_guard lock(cmd_mutex_);
            speed = speed_;
            paused = paused_;
            cmd_epoch = command_epoch_;
            single = paused && single_steps_ > 0;
            if (single) --single_steps_;
        }
        if (paused) {
            setState(SourceState::Paused);
            if (single) {
                if (!runSteps(1)) return;
                continue;
            }
            std::unique_lock lock(cmd_mutex_);
            cmd_cv_.wait(lock, stop, [&] {
                return !paused_ || single_steps_ > 0 || command_epoch_ != cmd_epoch;
            });
            continue;
        }
        setState(SourceState::Running);
        if (cmd_epoch != epoch) {
            epoch = cmd_epoch;
            anchor_wall = clock_.now_ms();
            anchor_steps = steps_done;
        }
        if (speed <= 0) {  // as fast as possible, in bounded batches so commands are seen
            if (!runSteps(kMaxBatchSteps)) return;
            continue;
        }
        const std::int64_t now = clock_.now_ms();
        // Step k after the anchor is due at wall offset k * step / speed.
        const double elapsed = static_cast<double>(now - anchor_wall);
        const auto due =
            anchor_steps + static_cast<std::uint64_t>(std::floor(elapsed * speed / step_ms)) + 1;
        if (due > steps_done) {
            if (!runSteps(static_cast<std::size_t>(
                    std::min<std::uint64_t>(due - steps_done, kMaxBatchSteps))))
                return;
            continue;
        }
        const double next_k = static_cast<double>(steps_done - anchor_steps);
        const auto next_wall =
            anchor_wall + static_cast<std::int64_t>(std::ceil(next_k * step_ms / speed));
        clock_.sleep_ms(std::clamp<std::int64_t>(next_wall - now, 1, kMaxSleepMs));
    }
}

} // namespace gridtwin
