#pragma once
// A recorded IT load replayed as the site's load: a CSV in the project's time-series format
// (header; `time_utc` ISO 8601 first; a column `it_load_kw`; other columns ignored). Each sample
// holds from its timestamp to the next one; the last one holds for the spacing of the last two.

#include "sim/ItLoadModel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gridtwin {

class RecordedLoadSeries : public ItLoadModel {
public:
    /// Reads the file. Throws InputError naming file, line and column for a missing column, an
    /// unparsable time or number, a negative power, a time not after the previous one, and for a
    /// file that does not cover [start_ms, end_ms).
    RecordedLoadSeries(const std::string& csv_path, std::int64_t start_ms, std::int64_t end_ms);

    std::size_t sampleCount() const { return times_ms_.size(); }
    std::int64_t firstMs() const { return times_ms_.front(); }
    std::int64_t coveredEndMs() const { return covered_end_ms_; } // exclusive

protected:
    double meanItLoadKwFrom(Cursor& cursor, std::int64_t t0_ms, std::int64_t t1_ms) const override;

private:
    std::vector<std::int64_t> times_ms_;
    std::vector<double> kw_;
    std::int64_t covered_end_ms_ = 0;
};

} // namespace gridtwin
