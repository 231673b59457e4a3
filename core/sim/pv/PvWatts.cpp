#include "sim/pv/PvWatts.h"

#include <algorithm>
#include <array>

namespace gridtwin::pv {

double pvwattsDc(double effective_irradiance_w_m2, double temp_cell_c, double pdc0,
                 double gamma_pdc_per_c, double temp_ref_c, std::optional<double> marion_k,
                 bool cap_adjustment) {
    const double g = effective_irradiance_w_m2;
    // pvlib pvsystem.pvwatts_dc (PVWatts v5)
    double pdc = g * 0.001 * pdc0 * (1.0 + gamma_pdc_per_c * (temp_cell_c - temp_ref_c));
    if (!marion_k) return pdc;
    // Marion low-light error term, as pvlib pvwatts_dc(k=..., cap_adjustment=...)
    const double k = *marion_k;
    double err = 0.0;
    if (g <= 200.0) {
        const double x = 1.0 - g / 200.0;
        err = k * (1.0 - x * x * x * x);
    } else {
        err = k * (1000.0 - g) / (1000.0 - 200.0);
    }
    if (cap_adjustment && g >= 1000.0) err = 0.0;
    pdc -= pdc0 * err;
    return std::max(pdc, 0.0);
}

double pvwattsLossesPct(const PvWattsLosses& l) {
    const std::array<double, 10> all{l.soiling,     l.shading,          l.snow, l.mismatch,
                                     l.wiring,      l.connections,      l.lid,  l.nameplate_rating,
                                     l.age,         l.availability};
    double keep = 1.0; // pvlib pvsystem.pvwatts_losses
    for (const double pct : all) keep *= 1.0 - pct / 100.0;
    return 100.0 * (1.0 - keep);
}

double pvwattsInverter(double pdc, double pdc0, double eta_inv_nom, double eta_inv_ref) {
    if (pdc == 0.0) return 0.0; // pvlib inverter.pvwatts treats zero DC as zero efficiency
    const double pac0 = eta_inv_nom * pdc0;
    const double zeta = pdc / pdc0;
    const double eta = eta_inv_nom / eta_inv_ref * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
    return std::max(0.0, std::min(pac0, eta * pdc));
}

} // namespace gridtwin::pv
