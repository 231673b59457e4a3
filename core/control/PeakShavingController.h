#pragma once
#include "control/Controller.h"

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

} // namespace gridtwin
