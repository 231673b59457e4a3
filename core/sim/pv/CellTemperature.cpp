#include "sim/pv/CellTemperature.h"

#include <cmath>

namespace gridtwin::pv {

double sapmModuleTemperature(double poa_global, double temp_air_c, double wind_mps,
                             const SapmParams& p) {
    return poa_global * std::exp(p.a + p.b * wind_mps) + temp_air_c; // pvlib sapm_module
}

double sapmCellTemperature(double poa_global, double temp_air_c, double wind_mps,
                           const SapmParams& p) {
    // pvlib sapm_cell_from_module with irrad_ref = 1000 W/m²
    return sapmModuleTemperature(poa_global, temp_air_c, wind_mps, p) +
           poa_global / 1000.0 * p.delta_t_c;
}

double pvsystCellTemperature(double poa_global, double temp_air_c, double wind_mps,
                             const PvsystParams& p) {
    // pvlib temperature.pvsyst_cell
    return temp_air_c + p.alpha_absorption * poa_global * (1.0 - p.module_efficiency) /
                            (p.u_c + p.u_v * wind_mps);
}

double faimanCellTemperature(double poa_global, double temp_air_c, double wind_mps, double u0,
                             double u1) {
    return temp_air_c + poa_global / (u0 + u1 * wind_mps); // pvlib temperature.faiman
}

} // namespace gridtwin::pv
