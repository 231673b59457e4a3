#pragma once
// Non-dominated set over objective vectors, every objective minimised. Point a dominates b when
// a is no worse in every objective and strictly better in at least one; so exact duplicates do
// not dominate each other and are all on the front. Pure functions.

#include <cstddef>
#include <span>
#include <vector>

namespace gridtwin {

/// true when a dominates b (same length; NaN compares as worse than any number).
bool dominates(std::span<const double> a, std::span<const double> b);

/// For each point, whether it is on the Pareto front. points[i] holds the objective values of
/// point i (all of the same length >= 1); a point containing NaN is never on the front.
std::vector<bool> paretoFront(const std::vector<std::vector<double>>& points);

/// Indices of the front, ascending.
std::vector<std::size_t> paretoIndices(const std::vector<std::vector<double>>& points);

} // namespace gridtwin
