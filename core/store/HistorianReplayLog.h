#pragma once
// A site's samples in a historian file as a replay log: the standard channels (pv_kw .. reason)
// are joined by time into StepRecords, one hour of samples at a time, so long recordings are never
// loaded whole. Read-only: the file is opened with SQLITE_OPEN_READONLY (WAL readers do not block
// a writer).

#include "io/ReplayLog.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

struct sqlite3;

namespace gridtwin {

class HistorianReplayLog : public ReplayLog {
public:
    static constexpr std::int64_t kChunkMs = 3600 * 1000;

    /// Throws InputError (file = db_path) when the file does not exist, is not a GridTwin
    /// historian, has no site called site_name (the message lists the stored sites) or the site
    /// has no samples on a standard channel.
    HistorianReplayLog(std::string db_path, const std::string& site_name);
    ~HistorianReplayLog() override;

    std::string description() const override;
    std::int64_t firstMs() const override { return first_ms_; }
    std::int64_t lastMs() const override { return last_ms_; }
    void seek(std::int64_t time_ms) override;
    bool next(StepRecord& out) override;

private:
    /// Loads the records of [from, from + kChunkMs), skipping empty hours; false at the end.
    bool loadFrom(std::int64_t from_ms);

    std::string path_;
    std::string site_name_;
    sqlite3* db_ = nullptr;
    std::vector<int> channel_ids_;    // standard channels of the site
    std::vector<int> channel_field_;  // field index (stepFieldName) of each
    std::string id_list_;             // "3,4,5" for the IN clauses
    std::int64_t first_ms_ = 0;
    std::int64_t last_ms_ = 0;
    std::int64_t cursor_ms_ = 0;      // everything before it has been loaded
    std::deque<StepRecord> buffer_;
};

} // namespace gridtwin
