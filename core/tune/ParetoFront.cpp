#include "tune/ParetoFront.h"

#include <cmath>
#include <stdexcept>

namespace gridtwin {

namespace {
// NaN is worse than any number, so a run that produced no value never wins a comparison.
bool better(double a, double b) { return !std::isnan(a) && (std::isnan(b) || a < b); }
bool worse(double a, double b) { return better(b, a); }
} // namespace

bool dominates(std::span<const double> a, std::span<const double> b) {
    if (a.size() != b.size()) throw std::invalid_argument("dominates: objective vectors of different length");
    bool strictly = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (worse(a[i], b[i])) return false;
        if (better(a[i], b[i])) strictly = true;
    }
    return strictly;
}

std::vector<bool> paretoFront(const std::vector<std::vector<double>>& points) {
    std::vector<bool> on(points.size(), true);
    for (std::size_t i = 0; i < points.size(); ++i) {
        for (double v : points[i])
            if (std::isnan(v)) on[i] = false;
    }
    // O(n^2 m): sweeps have at most kMaxSweepVariants points, a few hundred in practice.
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!on[i]) continue;
        for (std::size_t j = 0; j < points.size(); ++j) {
            if (i != j && dominates(points[j], points[i])) {
                on[i] = false;
                break;
            }
        }
    }
    return on;
}

std::vector<std::size_t> paretoIndices(const std::vector<std::vector<double>>& points) {
    const std::vector<bool> on = paretoFront(points);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < on.size(); ++i)
        if (on[i]) out.push_back(i);
    return out;
}

} // namespace gridtwin
