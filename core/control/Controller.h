#pragma once
// Battery controllers: the same code decides live (from meters) and in simulation (from the
// engine). A controller narrows a BessRequest instead of writing an "equals" setpoint, so several
// controllers can be chained and later ones respect what earlier ones decided (OpenEMS#2637).

#include "model/IntervalSoFar.h"
#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>

namespace gridtwin {

/// What a controller sees in one cycle. Live, grid_without_bess_kw = meter + battery (OpenEMS
/// ControllerEssPeakShavingImpl); in simulation the engine computes it from load and PV.
struct ControlInput {
    std::int64_t time_ms = 0;
    double dt_h = 0;
    double grid_without_bess_kw = 0; // > 0 import the site would see with the battery idle
    double soc_pct = 0;
    IntervalSoFar interval;    // the open billing interval, elapsed part
    double period_peak_kw = 0; // highest billing-interval mean so far this period
    double price_eur_per_mwh = 0;
    double carbon_g_per_kwh = 0;
};

/// The battery power a chain of controllers asks for (> 0 discharge), with bounds that later
/// controllers must respect, and the reason the current target was chosen.
struct BessRequest {
    double target_kw = 0;
    double min_kw = -std::numeric_limits<double>::infinity();
    double max_kw = std::numeric_limits<double>::infinity();
    Reason reason = Reason::Idle;

    // Inline (as are the concrete controllers' apply()) so the engine's per-step call compiles
    // into its loop: at 1-s steps a year is 31.5 million calls.

    /// Sets the target, clamped to the bounds that earlier controllers wrote.
    void propose(double kw, Reason why) {
        target_kw = std::clamp(kw, min_kw, max_kw);
        reason = why;
    }
    /// max_kw = min(max_kw, value)
    void limitDischarge(double max_discharge_kw, Reason why) {
        if (max_discharge_kw < max_kw) max_kw = max_discharge_kw;
        if (min_kw > max_kw) min_kw = max_kw;
        if (target_kw > max_kw) {
            target_kw = max_kw;
            reason = why;
        }
    }
    /// min_kw = max(min_kw, -value)
    void limitCharge(double max_charge_kw, Reason why) {
        if (-max_charge_kw > min_kw) min_kw = -max_charge_kw;
        if (max_kw < min_kw) max_kw = min_kw;
        if (target_kw < min_kw) {
            target_kw = min_kw;
            reason = why;
        }
    }
};

class Controller {
public:
    virtual ~Controller() = default;
    virtual const char* name() const = 0;
    virtual void apply(const ControlInput& in, BessRequest& request) = 0;
};

/// Builds the controller chain that ControllerConfig describes.
std::unique_ptr<Controller> makeController(const ControllerConfig& cfg);

} // namespace gridtwin
