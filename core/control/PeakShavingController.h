#pragma once
#include "control/Controller.h"

#include <algorithm>

namespace gridtwin {

/// Peak shaving in OpenEMS form (grid without battery = meter + battery; discharge the excess
/// over the threshold; recharge below the recharge level), extended with:
///  - a month-to-date peak floor: once the billing period has a peak above the threshold,
///    shaving below it saves nothing, so the effective threshold rises to it;
///  - billing-interval awareness: the billed quantity is the interval mean, so the import allowed
///    for the rest of the interval is what keeps that mean at the threshold;
///  - a SoC reserve that other goals must not use (peak shaving itself may use it).
class PeakShavingController final : public Controller {
public:
    explicit PeakShavingController(const ControllerConfig& cfg) : cfg_(cfg) {}
    const char* name() const override { return "peak-shaving"; }
    void apply(const ControlInput& in, BessRequest& request) override;

private:
    ControllerConfig cfg_;
};

// Inline: the engine calls it through the final type, once per step.
inline void PeakShavingController::apply(const ControlInput& in, BessRequest& request) {
    double threshold_kw = cfg_.peak_threshold_kw;
    Reason shave_reason = Reason::PeakShave;
    if (cfg_.month_peak_floor && in.period_peak_kw > threshold_kw) {
        threshold_kw = in.period_peak_kw;
        shave_reason = Reason::MonthPeakFloor;
    }
    // Import allowed for the rest of the interval so that its mean ends at the threshold:
    // mean = f * so_far + (1 - f) * allowed  =>  allowed = (threshold - f * so_far) / (1 - f).
    // It is never below the threshold, so at or below it (most steps of a year) nothing is shaved
    // and the interval terms are not computed. In the form threshold/(1-f) - f/(1-f) x so_far the
    // coefficients do not depend on the import so far: the engine's step-to-step chain through it
    // is a multiply and a subtract.
    const double g = in.grid_without_bess_kw;
    double allowed_kw = threshold_kw;
    if (g > threshold_kw) {
        const double f = in.interval.elapsedFraction();
        if (f > 0) {
            const double inv_rest = 1.0 / (1.0 - f);
            allowed_kw = std::max(threshold_kw,
                                  threshold_kw * inv_rest - (f * inv_rest) * in.interval.meanKw());
        }
    }
    if (g > allowed_kw) {
        request.propose(g - allowed_kw, shave_reason);
    } else if (g < cfg_.recharge_below_kw) {
        // OpenEMS: setpoint = g - rechargePower (negative = charge up to the recharge level).
        request.propose(g - cfg_.recharge_below_kw, Reason::Recharge);
    } else {
        request.propose(0.0, Reason::Idle);
    }
}

} // namespace gridtwin
