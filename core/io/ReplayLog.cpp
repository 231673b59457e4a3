#include "io/ReplayLog.h"

#include "model/InputError.h"

#include <algorithm>

namespace gridtwin {

CsvReplayLog::CsvReplayLog(std::string path, Quality quality) : path_(std::move(path)) {
    options_.quality = quality;
    TimeSeriesCsvReader scan(path_, options_);
    TimeSeriesRow row;
    for (;;) {
        const std::int64_t offset = scan.tellNext();
        const std::int64_t lines = scan.linesRead();
        if (!scan.next(row)) break;
        if (rows_ % kIndexStride == 0) index_.push_back({row.step.time_ms, offset, lines});
        if (rows_ == 0) first_ms_ = row.step.time_ms;
        last_ms_ = row.step.time_ms;
        ++rows_;
    }
    if (rows_ == 0)
        throw InputError(path_, "line 2", "at least one data row after the header", "end of file");
    reader_.emplace(path_, options_);
}

std::string CsvReplayLog::description() const {
    const std::size_t slash = path_.find_last_of('/');
    return "log: " + (slash == std::string::npos ? path_ : path_.substr(slash + 1));
}

void CsvReplayLog::seek(std::int64_t time_ms) {
    // Last indexed row at or before the target; the rest is skipped row by row (< kIndexStride).
    auto it = std::upper_bound(index_.begin(), index_.end(), time_ms,
                               [](std::int64_t t, const IndexEntry& e) { return t < e.time_ms; });
    if (it != index_.begin()) --it;
    reader_->seekTo(it->offset, it->lines_read);
    peeked_.reset();
    while (reader_->next(row_)) {
        if (row_.step.time_ms >= time_ms) {
            peeked_ = row_.step;
            return;
        }
    }
}

bool CsvReplayLog::next(StepRecord& out) {
    if (peeked_) {
        out = *peeked_;
        peeked_.reset();
        return true;
    }
    if (!reader_->next(row_)) return false;
    out = row_.step;
    return true;
}

} // namespace gridtwin
