#pragma once
// The one ingest path (issue 4 item 2): whoever drains a LiveSource does it through a SampleTee,
// which hands the very same records, in the same order, to every sink (the historian recorder,
// a log writer) before the caller feeds them to its views. So the live view and the historian
// can never disagree about what was measured.

#include "io/LiveSource.h"
#include "model/StepRecord.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace gridtwin {

class SampleTee {
public:
    using Sink = std::function<void(std::span<const StepRecord>)>;
    using SinkId = std::uint64_t;

    /// Sinks run in the order added, on the draining thread; they must not block (queue instead).
    SinkId addSink(Sink sink);
    void removeSink(SinkId id);
    std::size_t sinkCount() const { return sinks_.size(); }

    /// Drains source, appends the new records to out and passes exactly those to every sink.
    /// Returns how many records were drained.
    std::size_t drain(LiveSource& source, std::vector<StepRecord>& out);
    /// Passes records that did not come from a source (tests, injected samples) the same way.
    void pass(std::span<const StepRecord> records);
    std::uint64_t total() const { return total_; }

private:
    struct Entry {
        SinkId id;
        Sink sink;
    };
    std::vector<Entry> sinks_;
    SinkId next_id_ = 1;
    std::uint64_t total_ = 0;
};

} // namespace gridtwin
