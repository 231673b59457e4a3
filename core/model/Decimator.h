#pragma once
// Display reduction for live charts (style.md rule 7): per pixel column keep the first, min, max
// and last sample in time order, so a single-sample spike stays visible; NaN gaps split the line.
// And a bounded, time-ordered ring per signal with binary search for the cursor.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace gridtwin {

struct XYPoint {
    double x;
    double y;
};

/// Reduces the samples with x in [x_from, x_to] (x ascending) to at most 4 points per column of
/// `columns`. A NaN y splits the line: a point {x, NaN} is emitted where the gap is, and columns
/// do not merge samples across it. out is cleared first.
void decimateMinMax(std::span<const double> x, std::span<const double> y, double x_from,
                    double x_to, int columns, std::vector<XYPoint>& out);

class TimeSeriesBuffer {
public:
    static constexpr std::size_t kDefaultMaxSamples = 2'000'000;
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

    explicit TimeSeriesBuffer(std::int64_t window_ms, std::size_t max_samples = kDefaultMaxSamples);

    /// Appends one sample; t_ms must not go backwards (an older sample is ignored and counted).
    /// Samples older than the newest minus the window, or beyond max_samples, are trimmed.
    void append(std::int64_t t_ms, double v);
    /// Drops samples with time < t_ms - window (called by append with the newest time).
    void trim(std::int64_t newest_ms);
    void clear();

    /// Index of the last sample with time <= t_ms (the sample under the cursor); 0 when t_ms is
    /// before the first sample; npos when empty.
    std::size_t indexAt(std::int64_t t_ms) const;

    std::size_t size() const { return t_.size() - head_; }
    bool empty() const { return size() == 0; }
    std::int64_t window() const { return window_ms_; }
    std::int64_t timeAt(std::size_t i) const { return static_cast<std::int64_t>(t_[head_ + i]); }
    double valueAt(std::size_t i) const { return v_[head_ + i]; }
    /// Contiguous views for decimateMinMax; times as double ms since epoch (exact below 2^53).
    std::span<const double> times() const { return {t_.data() + head_, size()}; }
    std::span<const double> values() const { return {v_.data() + head_, size()}; }
    std::uint64_t outOfOrderCount() const { return out_of_order_; }

private:
    void dropFront(std::size_t n);

    std::int64_t window_ms_;
    std::size_t max_samples_;
    std::vector<double> t_;
    std::vector<double> v_;
    std::size_t head_ = 0;   // logically removed prefix, compacted when it exceeds half
    std::uint64_t out_of_order_ = 0;
};

} // namespace gridtwin
