#pragma once
// A recorded log as a time-ordered cursor with seek, read lazily: the replay source pulls one
// record at a time, so a week of 1-s data never sits in memory (BRIEF.md section 4: every output
// of the simulator, an export or a recording can be replayed).

#include "io/TimeSeriesCsvReader.h"
#include "model/StepRecord.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gridtwin {

class ReplayLog {
public:
    virtual ~ReplayLog() = default;
    ReplayLog() = default;
    ReplayLog(const ReplayLog&) = delete;
    ReplayLog& operator=(const ReplayLog&) = delete;

    /// Short text for the status bar ("log: run.csv").
    virtual std::string description() const = 0;
    /// Time of the first and of the last record (UTC ms).
    virtual std::int64_t firstMs() const = 0;
    virtual std::int64_t lastMs() const = 0;
    /// Positions the cursor so that next() returns the first record with time_ms >= time_ms.
    virtual void seek(std::int64_t time_ms) = 0;
    /// The next record in time order; false at the end.
    virtual bool next(StepRecord& out) = 0;
};

/// The project time-series CSV (docs/time-series-csv.md). The constructor reads the file through
/// once with the strict reader, so a bad file fails at once with the reader's InputError (file,
/// line, column), and keeps a sparse index (time, byte offset) of every kIndexStride-th row for
/// seeking; playback then reads rows on demand.
class CsvReplayLog : public ReplayLog {
public:
    static constexpr std::size_t kIndexStride = 4096;

    /// Rows get `quality` (Good for a measured log).
    explicit CsvReplayLog(std::string path, Quality quality = Quality::Good);

    std::string description() const override;
    std::int64_t firstMs() const override { return first_ms_; }
    std::int64_t lastMs() const override { return last_ms_; }
    void seek(std::int64_t time_ms) override;
    bool next(StepRecord& out) override;

    std::size_t rowCount() const { return rows_; }
    std::size_t indexSize() const { return index_.size(); }

private:
    struct IndexEntry {
        std::int64_t time_ms;
        std::int64_t offset;
        std::int64_t lines_read;
    };
    std::string path_;
    CsvReadOptions options_;
    std::vector<IndexEntry> index_;
    std::size_t rows_ = 0;
    std::int64_t first_ms_ = 0;
    std::int64_t last_ms_ = 0;
    std::optional<TimeSeriesCsvReader> reader_;
    TimeSeriesRow row_;
    std::optional<StepRecord> peeked_; // first row at or after a seek target, read ahead
};

} // namespace gridtwin
