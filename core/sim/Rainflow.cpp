#include "sim/Rainflow.h"

#include "model/InputError.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace gridtwin {

namespace {

using Point = RainflowCounter::Point;

RainflowCycle cycleOf(const Point& a, const Point& b, double count) {
    return {std::abs(b.value - a.value), (a.value + b.value) / 2.0, count, a.index};
}

// ASTM E1049-85 5.4.4: with X the newest range and Y the one before, X < Y waits for more points;
// otherwise Y is a half cycle when it holds the start of the stack, else a full cycle removed.
template <class Emit>
void reduce(std::vector<Point>& stack, Emit&& emit) {
    while (stack.size() >= 3) {
        const std::size_t n = stack.size();
        const double x = std::abs(stack[n - 1].value - stack[n - 2].value);
        const double y = std::abs(stack[n - 2].value - stack[n - 3].value);
        if (x < y) return;
        if (n == 3) {
            emit(cycleOf(stack[0], stack[1], 0.5));
            stack.erase(stack.begin());
        } else {
            emit(cycleOf(stack[n - 3], stack[n - 2], 1.0));
            stack.erase(stack.end() - 3, stack.end() - 1);
        }
    }
}

// ASTM E1049-85 5.4.4 (d): what is left on the stack counts as half cycles.
template <class Emit>
void emitResidue(const std::vector<Point>& stack, Emit&& emit) {
    for (std::size_t i = 0; i + 1 < stack.size(); ++i) emit(cycleOf(stack[i], stack[i + 1], 0.5));
}

} // namespace

std::vector<RainflowCycle> rainflowCycles(std::span<const double> series, RainflowEnds ends) {
    // Plateaus first collapse to their first sample; a point is then a reversal when the slopes on
    // either side have opposite signs.
    std::vector<Point> distinct;
    for (std::size_t i = 0; i < series.size(); ++i)
        if (distinct.empty() || series[i] != distinct.back().value)
            distinct.push_back({series[i], static_cast<double>(i)});

    std::vector<RainflowCycle> out;
    auto emit = [&out](const RainflowCycle& c) { out.push_back(c); };
    std::vector<Point> stack;
    const bool with_ends = ends == RainflowEnds::Reversals;
    for (std::size_t k = 0; k < distinct.size(); ++k) {
        const bool end_point = k == 0 || k + 1 == distinct.size();
        bool reversal = with_ends && end_point;
        if (!end_point)
            reversal = (distinct[k].value - distinct[k - 1].value) *
                           (distinct[k + 1].value - distinct[k].value) < 0;
        if (!reversal) continue;
        stack.push_back(distinct[k]);
        reduce(stack, emit);
    }
    emitResidue(stack, emit);
    return out;
}

double equivalentFullCycles(std::span<const double> series) {
    double sum = 0.0;
    for (std::size_t i = 1; i < series.size(); ++i) sum += std::abs(series[i] - series[i - 1]);
    return sum / 2.0;
}

RainflowCounter::RainflowCounter(RainflowEnds ends) : ends_(ends) {}

RainflowCounter::RainflowCounter(CycleSink sink, RainflowEnds ends)
    : ends_(ends), sink_(std::move(sink)) {}

void RainflowCounter::emit(const RainflowCycle& c) {
    if (sink_) sink_(c);
    else closed_.push_back(c);
}

void RainflowCounter::add(double value) {
    const Point p{value, count_};
    count_ += 1.0;
    if (count_ == 1.0) {
        last_value_ = value;
        candidate_ = p;
        if (ends_ == RainflowEnds::Reversals) stack_.push_back(p);
        return;
    }
    abs_sum_ += std::abs(value - last_value_);
    last_value_ = value;
    if (value == candidate_.value) return; // plateau
    const int dir = value > candidate_.value ? 1 : -1;
    if (dir != direction_ && direction_ != 0) {
        // The direction flipped: the candidate was a peak or valley.
        stack_.push_back(candidate_);
        reduce(stack_, [this](const RainflowCycle& c) { emit(c); });
    }
    direction_ = dir;
    candidate_ = p;
}

std::vector<RainflowCycle> RainflowCounter::finish() const {
    std::vector<RainflowCycle> out = closed_;
    auto collect = [&out](const RainflowCycle& c) { out.push_back(c); };
    std::vector<Point> stack = stack_;
    if (ends_ == RainflowEnds::Reversals && direction_ != 0) {
        stack.push_back(candidate_);
        reduce(stack, collect);
    }
    emitResidue(stack, collect);
    return out;
}

std::vector<RainflowBin> aggregateCycles(std::span<const RainflowCycle> cycles, double bin_width) {
    if (!(bin_width >= 0) || !std::isfinite(bin_width))
        throw InputError({}, "bin_width", "a number >= 0", std::to_string(bin_width));
    std::map<double, double> bins;
    for (const RainflowCycle& c : cycles) {
        const double key = bin_width > 0 ? std::ceil(c.range / bin_width) * bin_width : c.range;
        bins[key] += c.count;
    }
    std::vector<RainflowBin> out;
    out.reserve(bins.size());
    for (const auto& [range, count] : bins) out.push_back({range, count});
    return out;
}

double totalCycles(std::span<const RainflowCycle> cycles) {
    double sum = 0.0;
    for (const RainflowCycle& c : cycles) sum += c.count;
    return sum;
}

} // namespace gridtwin
