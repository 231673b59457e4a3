#include "tune/TuningSession.h"

#include "model/InputError.h"

#include <cmath>
#include <exception>

namespace gridtwin {

TuningSession::TuningSession() : worker_([this] { workerLoop(); }) {}

TuningSession::~TuningSession() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        pending_.reset();
        cancel_running_ = true;
    }
    wake_.notify_all();
    worker_.join();
}

std::uint64_t TuningSession::submit(TuningRequest request) {
    std::uint64_t id = 0;
    {
        std::lock_guard lock(mutex_);
        id = next_id_++;
        pending_ = std::move(request); // a queued older request is simply replaced
        pending_id_ = id;
        cancel_running_ = running_id_ != 0;
    }
    wake_.notify_all();
    return id;
}

void TuningSession::cancel() {
    std::lock_guard lock(mutex_);
    pending_.reset();
    pending_id_ = 0;
    if (running_id_ != 0) cancel_running_ = true;
}

bool TuningSession::waitIdle(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    const auto idle = [this] { return !pending_ && running_id_ == 0; };
    if (timeout == std::chrono::milliseconds::max()) {
        idle_.wait(lock, idle);
        return true;
    }
    return idle_.wait_for(lock, timeout, idle);
}

TuningState TuningSession::state() const {
    std::lock_guard lock(mutex_);
    return state_;
}

double TuningSession::progress() const { return progress_.load(); }

std::uint64_t TuningSession::runningId() const {
    std::lock_guard lock(mutex_);
    return running_id_;
}

std::shared_ptr<const TuningResult> TuningSession::latest() const {
    std::lock_guard lock(mutex_);
    return latest_;
}

std::string TuningSession::lastError() const {
    std::lock_guard lock(mutex_);
    return last_error_;
}

std::uint64_t TuningSession::lastErrorId() const {
    std::lock_guard lock(mutex_);
    return last_error_id_;
}

void TuningSession::workerLoop() {
    std::shared_ptr<const SimulationInputs> inputs_cache; // only this thread touches it
    for (;;) {
        TuningRequest request;
        std::uint64_t id = 0;
        std::shared_ptr<const TuningResult> reuse;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return quit_ || pending_.has_value(); });
            if (quit_) return;
            request = std::move(*pending_);
            pending_.reset();
            id = pending_id_;
            running_id_ = id;
            cancel_running_ = false;
            state_ = TuningState::Running;
            reuse = latest_;
        }
        progress_ = 0.0;
        progressChanged(0.0);
        auto result = std::make_shared<TuningResult>();
        result->request_id = id;
        double reported = 0.0;
        const auto on_progress = [&](double p) {
            progress_ = p;
            if (p - reported >= 0.01 || p >= 1.0) { // about 100 signals per run at most
                reported = p;
                progressChanged(p);
            }
        };
        TuningState outcome = TuningState::Finished;
        std::string error;
        try {
            if (!runTuning(request, *result, cancel_running_, on_progress, reuse.get(), &inputs_cache))
                outcome = TuningState::Cancelled;
        } catch (const std::exception& e) {
            outcome = TuningState::Failed;
            error = e.what();
        }
        {
            std::lock_guard lock(mutex_);
            // A newer request arrived while this one ran: its result is never published.
            if (outcome == TuningState::Finished && pending_.has_value()) outcome = TuningState::Cancelled;
            if (outcome == TuningState::Finished) {
                latest_ = std::move(result);
                last_error_.clear();
            } else if (outcome == TuningState::Failed) {
                last_error_ = error;
                last_error_id_ = id;
            }
            state_ = outcome;
            running_id_ = 0;
        }
        finished(id, outcome);
        idle_.notify_all();
    }
}

} // namespace gridtwin
