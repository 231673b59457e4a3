#include "model/Decimator.h"

#include <algorithm>
#include <cmath>

namespace gridtwin {

namespace {

// One column's extremes, in the order they occurred (LabPlot XYCurvePrivate::addUniqueLine idea).
struct Column {
    std::size_t first = 0, last = 0, min = 0, max = 0;
    bool open = false;
};

void flush(const Column& c, std::span<const double> x, std::span<const double> y,
           std::vector<XYPoint>& out) {
    if (!c.open) return;
    std::size_t idx[4] = {c.first, c.min, c.max, c.last};
    std::sort(std::begin(idx), std::end(idx));
    for (std::size_t k = 0; k < 4; ++k) {
        if (k > 0 && idx[k] == idx[k - 1]) continue;
        out.push_back({x[idx[k]], y[idx[k]]});
    }
}

} // namespace

void decimateMinMax(std::span<const double> x, std::span<const double> y, double x_from,
                    double x_to, int columns, std::vector<XYPoint>& out) {
    out.clear();
    const std::size_t n = std::min(x.size(), y.size());
    if (n == 0 || columns <= 0 || !(x_to > x_from)) return;
    const double width = (x_to - x_from) / columns;
    // Include one sample either side of the range so the line reaches the plot edges.
    auto lo = static_cast<std::size_t>(
        std::lower_bound(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(n), x_from) -
        x.begin());
    auto hi = static_cast<std::size_t>(
        std::upper_bound(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(n), x_to) - x.begin());
    if (lo > 0) --lo;
    if (hi < n) ++hi;

    Column col;
    long current = 0;
    bool in_gap = false;
    for (std::size_t i = lo; i < hi; ++i) {
        if (std::isnan(y[i])) {
            flush(col, x, y, out);
            col.open = false;
            if (!in_gap) out.push_back({x[i], y[i]});  // one NaN marks the break
            in_gap = true;
            continue;
        }
        in_gap = false;
        long c = static_cast<long>(std::floor((x[i] - x_from) / width));
        // x_to itself belongs to the last column; neighbours outside the range keep their own.
        if (x[i] >= x_from && x[i] <= x_to) c = std::clamp(c, 0L, static_cast<long>(columns) - 1);
        if (!col.open || c != current) {
            flush(col, x, y, out);
            col = Column{i, i, i, i, true};
            current = c;
            continue;
        }
        col.last = i;
        if (y[i] < y[col.min]) col.min = i;
        if (y[i] > y[col.max]) col.max = i;
    }
    flush(col, x, y, out);
}

TimeSeriesBuffer::TimeSeriesBuffer(std::int64_t window_ms, std::size_t max_samples)
    : window_ms_(window_ms), max_samples_(std::max<std::size_t>(1, max_samples)) {}

void TimeSeriesBuffer::append(std::int64_t t_ms, double v) {
    if (!empty() && static_cast<double>(t_ms) < t_.back()) {
        ++out_of_order_;
        return;
    }
    t_.push_back(static_cast<double>(t_ms));
    v_.push_back(v);
    if (size() > max_samples_) dropFront(size() - max_samples_);
    trim(t_ms);
}

void TimeSeriesBuffer::trim(std::int64_t newest_ms) {
    const double oldest_kept = static_cast<double>(newest_ms - window_ms_);
    const auto first = std::lower_bound(t_.begin() + static_cast<std::ptrdiff_t>(head_), t_.end(),
                                        oldest_kept);
    dropFront(static_cast<std::size_t>(first - t_.begin()) - head_);
}

void TimeSeriesBuffer::clear() {
    t_.clear();
    v_.clear();
    head_ = 0;
}

void TimeSeriesBuffer::dropFront(std::size_t n) {
    head_ += n;
    // Compact lazily so a trim costs amortised O(1) per sample and the views stay contiguous.
    if (head_ > 4096 && head_ * 2 > t_.size()) {
        t_.erase(t_.begin(), t_.begin() + static_cast<std::ptrdiff_t>(head_));
        v_.erase(v_.begin(), v_.begin() + static_cast<std::ptrdiff_t>(head_));
        head_ = 0;
    }
}

std::size_t TimeSeriesBuffer::indexAt(std::int64_t t_ms) const {
    if (empty()) return npos;
    const auto ts = times();
    const auto it = std::upper_bound(ts.begin(), ts.end(), static_cast<double>(t_ms));
    if (it == ts.begin()) return 0;
    return static_cast<std::size_t>(it - ts.begin()) - 1;
}

} // namespace gridtwin
