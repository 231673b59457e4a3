#include "store/HistorianRecorder.h"

#include "store/Historian.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <future>

namespace gridtwin {

HistorianRecorder::HistorianRecorder(const std::string& db_path, const std::string& site_name,
                                     std::size_t capacity)
    : path_(db_path), site_name_(site_name), historian_(std::make_unique<Historian>(db_path)),
      capacity_(capacity) {
    site_id_ = historian_->siteId(site_name);
    thread_ = std::jthread([this](std::stop_token st) { writerLoop(st); });
}

HistorianRecorder::~HistorianRecorder() {
    thread_.request_stop(); // the writer drains the queue before it returns
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void HistorianRecorder::record(std::span<const StepRecord> steps) {
    if (steps.empty()) return;
    {
        std::lock_guard lock(mutex_);
        const std::size_t room = capacity_ > pending_.size() ? capacity_ - pending_.size() : 0;
        const std::size_t take = std::min(room, steps.size());
        pending_.insert(pending_.end(), steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(take));
        stats_.recorded += take;
        stats_.dropped += steps.size() - take;
    }
    cv_.notify_all();
}

void HistorianRecorder::post(Job job) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back({pending_.size(), std::move(job)});
    }
    cv_.notify_all();
}

void HistorianRecorder::call(const Job& job) {
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> result = done->get_future();
    post([&job, done](Historian& h) {
        try {
            job(h);
            done->set_value();
        } catch (...) {
            done->set_exception(std::current_exception());
        }
    });
    result.get();
}

void HistorianRecorder::flush() {
    call([](Historian& h) { h.flush(); });
}

RecorderStats HistorianRecorder::stats() const {
    std::lock_guard lock(mutex_);
    RecorderStats s = stats_;
    s.queued = pending_.size();
    return s;
}

void HistorianRecorder::writerLoop(std::stop_token stop) {
    std::vector<StepRecord> batch;
    bool dirty = false; // appended since the last commit
    for (;;) {
        std::deque<QueuedJob> jobs;
        batch.clear();
        {
            std::unique_lock lock(mutex_);
            const bool woke = cv_.wait_for(lock, stop, std::chrono::milliseconds(kIdleFlushMs),
                                           [&] { return !pending_.empty() || !jobs_.empty(); });
            if (!woke && stop.stop_requested() && pending_.empty() && jobs_.empty()) break;
            batch.swap(pending_);
            jobs.swap(jobs_);
        }
        // Records and jobs in the order they came: records queued before a job are written first.
        std::size_t written = 0;
        const auto writeUpTo = [&](std::size_t end) {
            if (end <= written) return;
            const std::span<const StepRecord> part(batch.data() + written, end - written);
            std::string error;
            try {
                historian_->appendSteps(site_id_, part);
                dirty = true;
            } catch (const std::exception& e) {
                error = e.what();
            }
            std::lock_guard lock(mutex_);
            ++stats_.batches;
            if (error.empty()) {
                stats_.written += part.size();
            } else {
                stats_.dropped += part.size();
                stats_.last_error = error;
            }
            written = end;
        };
        for (QueuedJob& j : jobs) {
            writeUpTo(std::min(j.after_records, batch.size()));
            try {
                j.job(*historian_);
            } catch (const std::exception& e) { // call() rethrows its own; a posted job only reports
                std::lock_guard lock(mutex_);
                stats_.last_error = e.what();
            }
            dirty = true;
        }
        writeUpTo(batch.size());
        if (dirty && (batch.empty() || stop.stop_requested())) {
            // Idle (or closing): commit now rather than wait for the next append.
            try {
                historian_->flush();
                dirty = false;
            } catch (const std::exception& e) {
                std::lock_guard lock(mutex_);
                stats_.last_error = e.what();
            }
        }
    }
    try {
        historian_->flush();
    } catch (const std::exception& e) {
        std::lock_guard lock(mutex_);
        stats_.last_error = e.what();
    }
}

} // namespace gridtwin
