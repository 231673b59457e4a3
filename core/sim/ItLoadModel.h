#pragma once
// The IT load of the compute site as the engine sees it: a mean power over each step. Two
// implementations: the parametric GPU-cluster job model (GpuClusterLoad) and a recorded series
// (RecordedLoadSeries). The facility load adds cooling (PUE) and fixed auxiliaries.

#include "model/SiteConfig.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace gridtwin {

class ItLoadModel {
public:
    virtual ~ItLoadModel() = default;

    /// Mean IT power over [t0_ms, t1_ms) in kW. Successive calls have non-decreasing t0_ms (the
    /// engine steps forward; going back is allowed but slower). Exact for piecewise-linear load:
    /// ramps and dips are integrated over the step, so a 15-min step sees the true mean and a
    /// 1-s step sees the detail. t1_ms <= t0_ms gives the power over the millisecond at t0_ms.
    double meanItLoadKw(std::int64_t t0_ms, std::int64_t t1_ms) {
        return meanItLoadKw(own_cursor_, t0_ms, t1_ms);
    }

    /// Where one reader stands in the model's data. The model itself is read-only, so many runs
    /// can share one model (prepared inputs), each with its own cursor. A model may also leave
    /// the linear piece [from_ms, to_ms) it last read in the cursor: steps inside it are then
    /// computed inline, without the virtual call (the engine's hot path at 1-s steps).
    struct Cursor {
        std::size_t index = 0;
        std::int64_t from_ms = 1; // empty piece until a model fills it
        std::int64_t to_ms = 0;
        double base_kw = 0; // power = base_kw + (v_kw + slope_kw_per_ms (t - from_ms))
        double v_kw = 0;
        double slope_kw_per_ms = 0;
    };
    /// As above, reading with the caller's cursor (same results whatever cursor is passed).
    double meanItLoadKw(Cursor& cursor, std::int64_t t0_ms, std::int64_t t1_ms) const {
        if (t0_ms >= cursor.from_ms && t1_ms <= cursor.to_ms && t1_ms > t0_ms)
            return meanInPieceKw(cursor, t0_ms, t1_ms);
        return meanItLoadKwFrom(cursor, t0_ms, t1_ms);
    }
    /// The latest end of a step from t0_ms on that lies inside the cursor's piece, so that
    /// meanInPieceKw gives its mean without the checks (below t0_ms: none does).
    static std::int64_t pieceEndMs(const Cursor& cursor, std::int64_t t0_ms) {
        return t0_ms >= cursor.from_ms ? cursor.to_ms : std::numeric_limits<std::int64_t>::min();
    }
    /// Mean over [t0_ms, t1_ms) inside the cursor's piece (t1_ms > t0_ms).
    static double meanInPieceKw(const Cursor& cursor, std::int64_t t0_ms, std::int64_t t1_ms) {
        const double len = static_cast<double>(t1_ms - t0_ms);
        return cursor.base_kw +
               (cursor.v_kw +
                cursor.slope_kw_per_ms * (static_cast<double>(t0_ms - cursor.from_ms) + 0.5 * len));
    }

protected:
    virtual double meanItLoadKwFrom(Cursor& cursor, std::int64_t t0_ms,
                                    std::int64_t t1_ms) const = 0;

private:
    Cursor own_cursor_;
};

/// PUE at an ambient temperature: pue_min + pue_slope_per_c * max(0, T - free_cooling_c)
/// (reference/physics.md 4.2 item 6).
inline double pueAt(const GpuClusterConfig& c, double ambient_c) {
    return c.pue_min + c.pue_slope_per_c * std::max(0.0, ambient_c - c.free_cooling_c);
}

/// Facility load in kW: IT x PUE(T) + facility_fixed_kw (reference/physics.md 4.2 item 6).
inline double facilityLoadKw(const GpuClusterConfig& c, double it_kw, double ambient_c) {
    return it_kw * pueAt(c, ambient_c) + c.facility_fixed_kw;
}

} // namespace gridtwin
