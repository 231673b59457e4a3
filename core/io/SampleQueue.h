#pragma once
// Bounded single-producer / single-consumer hand-over of StepRecords between a source thread and
// the UI timer. A mutex-protected ring: the producer appends whole batches under the lock, the
// consumer moves everything out under the lock, so each lock is held for a copy only.
// Memory ordering: every access to the ring happens under mutex_, whose unlock (release) in one
// thread and lock (acquire) in the other make the copied records visible; the counters read
// outside the lock are relaxed atomics (statistics only, nothing is published through them).
// When the consumer does not keep up, the oldest samples are dropped and counted; the producer
// never blocks except for the short critical section.

#include "model/StepRecord.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <span>
#include <vector>

namespace gridtwin {

class SampleQueue {
public:
    explicit SampleQueue(std::size_t capacity);
    SampleQueue(const SampleQueue&) = delete;            // one producer, one consumer: no copies
    SampleQueue& operator=(const SampleQueue&) = delete;

    /// Producer side. Returns true when the queue was empty before (the caller then notifies).
    bool push(std::span<const StepRecord> batch);
    /// Consumer side: appends all queued records to out in order; returns how many.
    std::size_t drain(std::vector<StepRecord>& out);

    std::size_t capacity() const { return ring_.size(); }
    std::size_t size() const;
    std::uint64_t droppedCount() const { return dropped_.load(std::memory_order_relaxed); }

private:
    mutable std::mutex mutex_;
    std::vector<StepRecord> ring_;
    std::size_t head_ = 0;   // oldest element
    std::size_t count_ = 0;
    std::atomic<std::uint64_t> dropped_{0};
};

} // namespace gridtwin
