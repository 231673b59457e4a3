#pragma once
// What the grid connection and the battery's own auxiliary load do to a controller's request,
// used by the simulation engine's step loop and by LiveBessControl alike, so that a live setpoint
// is the power the engine would have run. Header-only so the step loop inlines it.

#include "control/Controller.h"
#include "model/SiteConfig.h"

#include <algorithm>

namespace gridtwin {

/// The most the battery may charge without importing beyond the import limit
/// (grid_without_bess_kw > 0 import with the battery idle).
inline double gridChargeCapKw(const GridConfig& grid, double grid_without_bess_kw) {
    return std::max(0.0, grid.import_limit_kw - grid_without_bess_kw);
}

/// The most the battery may discharge without exporting beyond the export limit.
inline double gridDischargeCapKw(const GridConfig& grid, double grid_without_bess_kw) {
    return std::max(0.0, grid_without_bess_kw + grid.export_limit_kw);
}

/// Never charge above the import limit, never discharge into export beyond the export limit.
inline void applyGridCaps(BessRequest& request, double grid_without_bess_kw,
                          const GridConfig& grid) {
    request.limitCharge(gridChargeCapKw(grid, grid_without_bess_kw), Reason::ImportCap);
    request.limitDischarge(gridDischargeCapKw(grid, grid_without_bess_kw), Reason::ExportCap);
}

/// The PCS power that moves the grid by a target when the battery's aux load grows with its
/// throughput (aux = aux_per_throughput x |P_ac|): discharge more, charge less, i.e. divide by
/// 1 - a or 1 + a. The reciprocals are kept so a step loop multiplies (no division in its
/// step-to-step chain).
struct AuxThroughputScale {
    explicit AuxThroughputScale(double aux_per_throughput)
        : discharge_factor(1.0 / (1.0 - aux_per_throughput)),
          charge_factor(1.0 / (1.0 + aux_per_throughput)),
          discharge_grid_per_kw(aux_per_throughput - 1.0),
          charge_grid_per_kw(-(1.0 + aux_per_throughput)) {}
    double pcsPowerKw(double target_kw) const {
        return target_kw * (target_kw > 0 ? discharge_factor : charge_factor);
    }
    /// The reverse: how far a PCS power moves the grid, -ac + aux_per_throughput x |ac|. In one
    /// multiply, so the engine's step-to-step chain through the grid import stays short.
    double gridDeltaKw(double ac_kw) const {
        return ac_kw * (ac_kw > 0 ? discharge_grid_per_kw : charge_grid_per_kw);
    }
    double discharge_factor;
    double charge_factor;
    double discharge_grid_per_kw; // aux_per_throughput - 1
    double charge_grid_per_kw;    // -(1 + aux_per_throughput)
};

} // namespace gridtwin
