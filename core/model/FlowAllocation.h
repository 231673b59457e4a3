#pragma once
// Split of one site step into the flows drawn by the live flow diagram (docs/flow-allocation.md).
//
// Allocation rule (priority order; it never invents a flow):
//   consumption C = max(0, load_kw + bess_aux_kw)      (BESS auxiliaries count as site load)
//   PV  P = max(0, pv_kw);  BESS discharge D = max(0, bess_kw), charge Q = max(0, -bess_kw)
//   1. PV serves consumption first:        pv_to_load  = min(P, C)
//   2. PV surplus then charges the BESS:   pv_to_bess  = min(P - pv_to_load, Q)
//   3. the rest of the PV surplus exports: pv_to_grid  = P - pv_to_load - pv_to_bess
//   4. BESS discharge serves what is left: bess_to_load = min(D, C - pv_to_load)
//   5. the rest of the discharge exports:  bess_to_grid = D - bess_to_load
//   6. grid import serves what is left:    grid_to_load = C - pv_to_load - bess_to_load
//   7. grid charges the BESS only beyond the PV surplus: grid_to_bess = Q - pv_to_bess
// Every flow is >= 0. The PV, BESS and consumption node balances hold exactly by construction;
// the grid node takes any measurement residual (net grid = C - P - bess_kw, which equals grid_kw
// on a balanced record, see balanceResidualKw).

#include "model/StepRecord.h"

namespace gridtwin {

struct PowerFlows {
    double pv_to_load_kw = 0;
    double pv_to_bess_kw = 0;
    double pv_to_grid_kw = 0;
    double grid_to_load_kw = 0;
    double grid_to_bess_kw = 0;
    double bess_to_load_kw = 0;
    double bess_to_grid_kw = 0;
};

PowerFlows allocateFlows(const StepRecord& r);

/// Net grid power implied by the flows (> 0 import).
double netGridKw(const PowerFlows& f);

/// Noise threshold below which a flow is drawn but not animated: max(1 % of rating, 5 kW).
/// (Victron gui-v2 animates only above ~30 W on a house; 5 kW is the same order relative to MW
/// nodes, and 1 % of the node rating keeps small sites sensible.)
inline constexpr double kAnimateMinKw = 5.0;
inline constexpr double kAnimateRatingFraction = 0.01;
double animationThresholdKw(double rating_kw);
bool isAnimated(double flow_kw, double rating_kw);

} // namespace gridtwin
