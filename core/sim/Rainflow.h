#pragma once
// Rainflow cycle counting, ASTM E1049-85 section 5.4.4 (three-point method, half cycles for the
// residue), as reference/physics.md 3.2 (c) describes it, plus equivalent full cycles
// EFC = sum |dSoC| / 2. Batch (rainflowCycles) and streaming (RainflowCounter) give the same
// cycles; the streaming counter keeps only the turning points of the residue.

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

namespace gridtwin {

struct RainflowCycle {
    double range;        // |peak - valley|
    double mean;         // (peak + valley) / 2
    double count;        // 0.5 or 1.0
    double start_index;  // index in the series of the cycle's first point (first of a plateau)
};

/// Whether the first and last points of the series enter the count as reversals. Counting them
/// (the default, as the `rainflow` package and BLAST-Lite do) keeps the opening and closing swings:
/// RF-2, RF-3 and RF-4 of physics.md need it. Ignoring them gives RF-1 on the zero-padded ASTM
/// series [0, -2, ..., -2, 0].
enum class RainflowEnds { Reversals, Ignored };

/// All cycles of a series in order of detection (closed cycles, then the residue halves).
std::vector<RainflowCycle> rainflowCycles(std::span<const double> series,
                                          RainflowEnds ends = RainflowEnds::Reversals);

/// Equivalent full cycles: sum of |x[i+1] - x[i]| / 2 (feed SoC as a fraction of 1).
double equivalentFullCycles(std::span<const double> series);

class RainflowCounter {
public:
    using CycleSink = std::function<void(const RainflowCycle&)>;

    explicit RainflowCounter(RainflowEnds ends = RainflowEnds::Reversals);
    /// Closed cycles go to sink as they are found and are not kept (bounded memory for a year
    /// at 1 s); finish() then returns only the residue halves.
    RainflowCounter(CycleSink sink, RainflowEnds ends = RainflowEnds::Reversals);

    /// Next sample; a repeated value (plateau) adds nothing.
    void add(double value);
    /// Kept closed cycles in order of detection, then the halves of the residue as if the series
    /// ended now. The counter can go on after it.
    std::vector<RainflowCycle> finish() const;
    double equivalentFullCycles() const { return abs_sum_ / 2.0; }

    std::size_t sampleCount() const { return static_cast<std::size_t>(count_); }
    std::size_t residueSize() const { return stack_.size(); }

    struct Point {
        double value;
        double index;
    };

private:
    void emit(const RainflowCycle& c);

    RainflowEnds ends_;
    CycleSink sink_;
    std::vector<Point> stack_;   // turning points not yet closed (the residue)
    std::vector<RainflowCycle> closed_;
    Point candidate_{0.0, 0.0};  // last distinct value: a turning point once the direction flips
    int direction_ = 0;          // +1 rising, -1 falling, 0 not yet known
    double count_ = 0;
    double last_value_ = 0;
    double abs_sum_ = 0;
};

/// Cycles summed per range: bin_width 0 groups equal ranges; bin_width > 0 labels each bin with
/// its upper edge k * bin_width (k = ceil(range / bin_width)). Sorted by range.
struct RainflowBin {
    double range;
    double count;
};
std::vector<RainflowBin> aggregateCycles(std::span<const RainflowCycle> cycles,
                                         double bin_width = 0.0);

/// Sum of counts (full cycles) over the cycles.
double totalCycles(std::span<const RainflowCycle> cycles);

} // namespace gridtwin
