#include "io/SampleQueue.h"

#include <algorithm>

namespace gridtwin {

SampleQueue::SampleQueue(std::size_t capacity) : ring_(std::max<std::size_t>(1, capacity)) {}

bool SampleQueue::push(std::span<const StepRecord> batch) {
    const std::size_t cap = ring_.size();
    // Only the newest `cap` records of an oversized batch can survive; skip the rest up front.
    std::uint64_t dropped = 0;
    if (batch.size() > cap) {
        dropped += batch.size() - cap;
        batch = batch.last(cap);
    }
    std::lock_guard lock(mutex_);
    const bool was_empty = count_ == 0;
    for (const StepRecord& r : batch) {
        if (count_ == cap) {  // drop the oldest rather than block the producer
            head_ = (head_ + 1) % cap;
            --count_;
            ++dropped;
        }
        ring_[(head_ + count_) % cap] = r;
        ++count_;
    }
    if (dropped) dropped_.fetch_add(dropped, std::memory_order_relaxed);
    return was_empty && count_ > 0;
}

std::size_t SampleQueue::drain(std::vector<StepRecord>& out) {
    std::lock_guard lock(mutex_);
    const std::size_t cap = ring_.size();
    const std::size_t n = count_;
    out.reserve(out.size() + n);
    for (std::size_t k = 0; k < n; ++k) out.push_back(ring_[(head_ + k) % cap]);
    head_ = 0;
    count_ = 0;
    return n;
}

std::size_t SampleQueue::size() const {
    std::lock_guard lock(mutex_);
    return count_;
}

} // namespace gridtwin
