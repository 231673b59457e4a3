#pragma once
// PV cell temperature models as in pvlib.temperature (SAPM, PVsyst, Faiman). °C, W/m², m/s.

namespace gridtwin::pv {

/// SAPM coefficients (King et al. 2004): Tm = E·exp(a + b·WS) + Ta, Tc = Tm + E/1000·ΔT.
struct SapmParams {
    double a = -3.47;
    double b = -0.0594;
    double delta_t_c = 3.0;
};

/// pvlib TEMPERATURE_MODEL_PARAMETERS['sapm'].
inline constexpr SapmParams kSapmOpenRackGlassGlass{-3.47, -0.0594, 3.0};
inline constexpr SapmParams kSapmCloseMountGlassGlass{-2.98, -0.0471, 1.0};
inline constexpr SapmParams kSapmOpenRackGlassPolymer{-3.56, -0.0750, 3.0};
inline constexpr SapmParams kSapmInsulatedBackGlassPolymer{-2.81, -0.0455, 0.0};

double sapmModuleTemperature(double poa_global, double temp_air_c, double wind_mps,
                             const SapmParams& p = kSapmOpenRackGlassGlass);
double sapmCellTemperature(double poa_global, double temp_air_c, double wind_mps,
                           const SapmParams& p = kSapmOpenRackGlassGlass);

/// PVsyst: Tc = Ta + α·E·(1 − η)/(Uc + Uv·WS) (pvlib temperature.pvsyst_cell).
struct PvsystParams {
    double u_c = 29.0;   // freestanding; semi_integrated 20, insulated 15
    double u_v = 0.0;
    double module_efficiency = 0.1;
    double alpha_absorption = 0.9;
};
double pvsystCellTemperature(double poa_global, double temp_air_c, double wind_mps = 1.0,
                             const PvsystParams& p = {});

/// Faiman (2008): Tc = Ta + E/(U0 + U1·WS) (pvlib temperature.faiman).
double faimanCellTemperature(double poa_global, double temp_air_c, double wind_mps = 1.0,
                             double u0 = 25.0, double u1 = 6.84);

} // namespace gridtwin::pv
