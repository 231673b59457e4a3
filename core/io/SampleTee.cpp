#include "io/SampleTee.h"

#include <algorithm>

namespace gridtwin {

SampleTee::SinkId SampleTee::addSink(Sink sink) {
    sinks_.push_back({next_id_, std::move(sink)});
    return next_id_++;
}

void SampleTee::removeSink(SinkId id) {
    std::erase_if(sinks_, [id](const Entry& e) { return e.id == id; });
}

std::size_t SampleTee::drain(LiveSource& source, std::vector<StepRecord>& out) {
    const std::size_t before = out.size();
    const std::size_t n = source.drain(out);
    pass(std::span<const StepRecord>(out.data() + before, out.size() - before));
    return n;
}

void SampleTee::pass(std::span<const StepRecord> records) {
    if (records.empty()) return;
    total_ += records.size();
    for (const Entry& e : sinks_) e.sink(records);
}

} // namespace gridtwin
