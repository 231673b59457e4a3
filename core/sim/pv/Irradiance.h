#pragma once
// Irradiance geometry and models as in pvlib (irradiance, atmosphere, clearsky, iam modules):
// pure functions of scalars. Angles in degrees, irradiance in W/m², pressure in Pa.

namespace gridtwin::pv {

inline constexpr double kSolarConstantWm2 = 1366.1;

enum class ExtraRadiationMethod { Spencer, Asce };

/// Extraterrestrial normal irradiance for a day of year (1..366); pvlib get_extra_radiation.
double extraterrestrialIrradiance(int day_of_year,
                                  ExtraRadiationMethod method = ExtraRadiationMethod::Spencer);
/// The 'nrel' method: solar constant over the squared SPA Earth-Sun distance.
double extraterrestrialIrradianceNrel(double earth_sun_distance_au);

enum class AirmassModel { KastenYoung1989, Kasten1966, Simple };

/// Relative (optical) air mass; NaN for zenith > 90 (pvlib atmosphere.get_relative_airmass).
double relativeAirmass(double zenith_deg, AirmassModel model = AirmassModel::KastenYoung1989);
/// Pressure-corrected air mass (pvlib get_absolute_airmass).
double absoluteAirmass(double relative_airmass, double pressure_pa = 101325.0);
double alt2pres(double altitude_m);
double pres2alt(double pressure_pa);

struct ClearSky {
    double ghi_w_m2 = 0.0;
    double dni_w_m2 = 0.0;
    double dhi_w_m2 = 0.0;
};

/// Ineichen & Perez (2002) clear sky; NaN air mass (night) gives zeros (pvlib clearsky.ineichen).
ClearSky clearSkyIneichen(double apparent_zenith_deg, double airmass_absolute,
                          double linke_turbidity, double altitude_m = 0.0,
                          double dni_extra_w_m2 = 1364.0, bool perez_enhancement = false);
/// Haurwitz (1945) clear-sky GHI (pvlib clearsky.haurwitz).
double clearSkyHaurwitzGhi(double apparent_zenith_deg);

/// Cosine of the angle of incidence, clipped to [-1, 1] (pvlib irradiance.aoi_projection).
double aoiProjection(double surface_tilt_deg, double surface_azimuth_deg, double solar_zenith_deg,
                     double solar_azimuth_deg);
/// Angle of incidence in degrees (pvlib irradiance.aoi).
double aoi(double surface_tilt_deg, double surface_azimuth_deg, double solar_zenith_deg,
           double solar_azimuth_deg);

/// Geometry and irradiance shared by the sky-diffuse models.
struct SkyInput {
    double surface_tilt_deg = 0.0;
    double surface_azimuth_deg = 180.0;
    double solar_zenith_deg = 0.0;   // pvlib's ModelChain passes the apparent zenith
    double solar_azimuth_deg = 180.0;
    double dni_w_m2 = 0.0;
    double ghi_w_m2 = 0.0;
    double dhi_w_m2 = 0.0;
    double dni_extra_w_m2 = kSolarConstantWm2;
    double airmass_relative = 1.0;   // Perez only; NaN means night
};

double skyDiffuseIsotropic(double surface_tilt_deg, double dhi_w_m2);
double skyDiffuseHayDavies(const SkyInput& in);
/// Perez et al. (1990), coefficient set 'allsitescomposite1990' (pvlib irradiance.perez).
double skyDiffusePerez(const SkyInput& in);
double groundDiffuse(double surface_tilt_deg, double ghi_w_m2, double albedo = 0.25);

struct PoaComponents {
    double poa_global = 0.0;
    double poa_direct = 0.0;
    double poa_diffuse = 0.0;
    double poa_sky_diffuse = 0.0;
    double poa_ground_diffuse = 0.0;
};

/// Sums beam, sky and ground parts on the plane (pvlib irradiance.poa_components).
PoaComponents poaComponents(double aoi_deg, double dni_w_m2, double poa_sky_diffuse,
                            double poa_ground_diffuse);

/// Physical (Fresnel + absorption) incidence-angle modifier (pvlib iam.physical); 0 for |aoi| >= 90.
double iamPhysical(double aoi_deg, double n = 1.526, double k_per_m = 4.0,
                   double thickness_m = 0.002);

} // namespace gridtwin::pv
