#include "model/FlowAllocation.h"

#include <algorithm>

namespace gridtwin {

PowerFlows allocateFlows(const StepRecord& r) {
    // Measurement noise can make a node slightly negative; a negative source or sink has no flow.
    const double consumption = std::max(0.0, r.load_kw + r.bess_aux_kw);
    const double pv = std::max(0.0, r.pv_kw);
    const double discharge = std::max(0.0, r.bess_kw);
    const double charge = std::max(0.0, -r.bess_kw);

    PowerFlows f;
    f.pv_to_load_kw = std::min(pv, consumption);
    const double pv_surplus = pv - f.pv_to_load_kw;
    f.pv_to_bess_kw = std::min(pv_surplus, charge);
    f.pv_to_grid_kw = pv_surplus - f.pv_to_bess_kw;
    const double unserved = consumption - f.pv_to_load_kw;
    f.bess_to_load_kw = std::min(discharge, unserved);
    f.bess_to_grid_kw = discharge - f.bess_to_load_kw;
    f.grid_to_load_kw = unserved - f.bess_to_load_kw;
    f.grid_to_bess_kw = charge - f.pv_to_bess_kw;
    return f;
}

double netGridKw(const PowerFlows& f) {
    return (f.grid_to_load_kw + f.grid_to_bess_kw) - (f.pv_to_grid_kw + f.bess_to_grid_kw);
}

double animationThresholdKw(double rating_kw) {
    return std::max(kAnimateRatingFraction * std::max(0.0, rating_kw), kAnimateMinKw);
}

bool isAnimated(double flow_kw, double rating_kw) {
    return flow_kw > animationThresholdKw(rating_kw);
}

} // namespace gridtwin
