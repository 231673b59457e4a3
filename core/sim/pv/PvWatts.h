#pragma once
// PVWatts v5 DC model, loss budget and inverter (Dobos 2014), as pvlib pvsystem.pvwatts_dc,
// pvsystem.pvwatts_losses and inverter.pvwatts. Power in any unit, used consistently.

#include <optional>

namespace gridtwin::pv {

/// DC power; marion_k enables the Marion low-light correction, cap_adjustment drops it >= 1000 W/m².
double pvwattsDc(double effective_irradiance_w_m2, double temp_cell_c, double pdc0,
                 double gamma_pdc_per_c, double temp_ref_c = 25.0,
                 std::optional<double> marion_k = std::nullopt, bool cap_adjustment = false);

/// Loss percentages (pvlib defaults, summing multiplicatively to 14.0757 %).
struct PvWattsLosses {
    double soiling = 2.0;
    double shading = 3.0;
    double snow = 0.0;
    double mismatch = 2.0;
    double wiring = 2.0;
    double connections = 0.5;
    double lid = 1.5;
    double nameplate_rating = 1.0;
    double age = 0.0;
    double availability = 3.0;
};

/// Total loss in percent: 100·(1 − Π(1 − Li/100)).
double pvwattsLossesPct(const PvWattsLosses& losses = {});

inline constexpr double kPvWattsEtaInvRef = 0.9637;

/// AC power of the PVWatts inverter; pdc0 is its DC input limit, pac0 = eta_inv_nom·pdc0.
double pvwattsInverter(double pdc, double pdc0, double eta_inv_nom = 0.96,
                       double eta_inv_ref = kPvWattsEtaInvRef);

} // namespace gridtwin::pv
