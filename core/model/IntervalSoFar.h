#pragma once
// The open billing interval as far as a step has seen it. Kept as the raw counts, so that a
// controller step that does not need the elapsed fraction or the mean so far (most steps of a
// year: the grid is below the threshold) pays no division for them.

#include <cstdint>

namespace gridtwin {

struct IntervalSoFar {
    std::int64_t remaining_ms = 0; // from the step start to the interval end
    std::int64_t covered_ms = 0;   // the part before the step with import data
    double energy_kw_ms = 0;       // import over the covered part

    /// The covered part's share of the covered part and the rest, as the interval's mean is
    /// billed over its covered time: 0 at the interval start (and with no interval credit), < 1.
    double elapsedFraction() const {
        const std::int64_t known_ms = covered_ms + remaining_ms;
        return known_ms > 0 ? static_cast<double>(covered_ms) / static_cast<double>(known_ms) : 0.0;
    }
    /// Mean import over the covered part; 0 with nothing covered. Energy times the reciprocal of
    /// the covered time: the reciprocal depends on the step clock only, so no division sits in
    /// the engine's step-to-step chain of grid import.
    double meanKw() const {
        return covered_ms > 0 ? energy_kw_ms * (1.0 / static_cast<double>(covered_ms)) : 0.0;
    }
};

} // namespace gridtwin
