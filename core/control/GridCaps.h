#pragma once
// What the grid connection and the battery's own auxiliary load do to a controller's request,
// the same way the simulation engine (sim/SiteSimulation.cpp runSteps) applies them, so that a
// live setpoint is the power the engine would have run. Header-only so the engine can adopt it.

#include "control/Controller.h"
#include "model/SiteConfig.h"

#include <algorithm>

namespace gridtwin {

/// Never charge above the import limit, never discharge into export beyond the export limit
/// (grid_without_bess_kw > 0 import with the battery idle).
inline void applyGridCaps(BessRequest& request, double grid_without_bess_kw,
                          const GridConfig& grid) {
    request.limitCharge(std::max(0.0, grid.import_limit_kw - grid_without_bess_kw),
                        Reason::ImportCap);
    request.limitDischarge(std::max(0.0, grid_without_bess_kw + grid.export_limit_kw),
                           Reason::ExportCap);
}

/// The PCS power that moves the grid by target_kw when the battery's aux load grows with its
/// throughput (aux = aux_per_throughput x |P_ac|): discharge more, charge less.
inline double pcsPowerForGridChangeKw(double target_kw, double aux_per_throughput) {
    return target_kw / (target_kw > 0 ? (1.0 - aux_per_throughput) : (1.0 + aux_per_throughput));
}

} // namespace gridtwin
