#include "sim/pv/Irradiance.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace gridtwin::pv {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
double rad(double deg) { return deg * std::numbers::pi / 180.0; }
double deg(double r) { return r * 180.0 / std::numbers::pi; }
double cosd(double d) { return std::cos(rad(d)); }
double sind(double d) { return std::sin(rad(d)); }
} // namespace

double extraterrestrialIrradiance(int day_of_year, ExtraRadiationMethod method) {
    const double doy = static_cast<double>(day_of_year);
    if (method == ExtraRadiationMethod::Asce) // pvlib get_extra_radiation(method='asce')
        return kSolarConstantWm2 * (1.0 + 0.033 * std::cos(2.0 * std::numbers::pi * doy / 365.0));
    // Spencer (1971) Fourier series, pvlib get_extra_radiation(method='spencer')
    const double b = 2.0 * std::numbers::pi / 365.0 * (doy - 1.0);
    return kSolarConstantWm2 * (1.00011 + 0.034221 * std::cos(b) + 0.00128 * std::sin(b) +
                                0.000719 * std::cos(2.0 * b) + 0.000077 * std::sin(2.0 * b));
}

double extraterrestrialIrradianceNrel(double earth_sun_distance_au) {
    // pvlib get_extra_radiation(method='nrel'): 1/R² scaling with the SPA radius vector
    return kSolarConstantWm2 / (earth_sun_distance_au * earth_sun_distance_au);
}

double relativeAirmass(double zenith_deg, AirmassModel model) {
    if (!(zenith_deg <= 90.0)) return kNaN; // pvlib sets zenith > 90 to NaN
    const double c = cosd(zenith_deg);
    switch (model) {
    case AirmassModel::Simple: return 1.0 / c;
    case AirmassModel::Kasten1966: // Kasten (1966), pvlib 'kasten1966'
        return 1.0 / (c + 0.15 * std::pow(93.885 - zenith_deg, -1.253));
    case AirmassModel::KastenYoung1989: // Kasten & Young (1989), pvlib 'kastenyoung1989'
        break;
    }
    return 1.0 / (c + 0.50572 * std::pow(6.07995 + (90.0 - zenith_deg), -1.6364));
}

double absoluteAirmass(double relative_airmass, double pressure_pa) {
    return relative_airmass * pressure_pa / 101325.0; // pvlib get_absolute_airmass
}

double alt2pres(double altitude_m) {
    return 100.0 * std::pow((44331.514 - altitude_m) / 11880.516, 1.0 / 0.1902632); // pvlib alt2pres
}

double pres2alt(double pressure_pa) {
    return 44331.5 - 4946.62 * std::pow(pressure_pa, 0.190263); // pvlib pres2alt
}

ClearSky clearSkyIneichen(double apparent_zenith_deg, double airmass_absolute,
                          double linke_turbidity, double altitude_m, double dni_extra_w_m2,
                          bool perez_enhancement) {
    // Ineichen & Perez (2002), as pvlib clearsky.ineichen
    if (std::isnan(airmass_absolute) || std::isnan(apparent_zenith_deg)) return {};
    const double tl = linke_turbidity;
    const double cos_z = std::max(cosd(apparent_zenith_deg), 0.0);
    const double fh1 = std::exp(-altitude_m / 8000.0);
    const double fh2 = std::exp(-altitude_m / 1250.0);
    const double cg1 = 5.09e-05 * altitude_m + 0.868;
    const double cg2 = 3.92e-05 * altitude_m + 0.0387;
    double ghi = std::exp(-cg2 * airmass_absolute * (fh1 + fh2 * (tl - 1.0)));
    if (perez_enhancement) ghi *= std::exp(0.01 * std::pow(airmass_absolute, 1.8));
    ghi = cg1 * dni_extra_w_m2 * cos_z * std::max(ghi, 0.0);
    const double b = 0.664 + 0.163 / fh1;
    const double bnci = dni_extra_w_m2 * std::max(b * std::exp(-0.09 * airmass_absolute * (tl - 1.0)), 0.0);
    double bnci2 = (1.0 - (0.1 - 0.2 * std::exp(-tl)) / (0.1 + 0.882 / fh1)) / cos_z;
    bnci2 = ghi * std::min(std::max(bnci2, 0.0), 1e20);
    ClearSky out;
    out.ghi_w_m2 = ghi;
    out.dni_w_m2 = std::min(bnci, bnci2);
    out.dhi_w_m2 = ghi - out.dni_w_m2 * cos_z;
    if (std::isnan(out.dni_w_m2)) out = {}; // cos z = 0 gives 0/0 as in pvlib's fillna(0)
    return out;
}

double clearSkyHaurwitzGhi(double apparent_zenith_deg) {
    const double c = cosd(apparent_zenith_deg); // Haurwitz (1945), pvlib clearsky.haurwitz
    return c > 0.0 ? 1098.0 * c * std::exp(-0.059 / c) : 0.0;
}

double aoiProjection(double surface_tilt_deg, double surface_azimuth_deg, double solar_zenith_deg,
                     double solar_azimuth_deg) {
    // pvlib irradiance.aoi_projection
    const double p = cosd(surface_tilt_deg) * cosd(solar_zenith_deg) +
                     sind(surface_tilt_deg) * sind(solar_zenith_deg) *
                         cosd(solar_azimuth_deg - surface_azimuth_deg);
    return std::clamp(p, -1.0, 1.0);
}

double aoi(double surface_tilt_deg, double surface_azimuth_deg, double solar_zenith_deg,
           double solar_azimuth_deg) {
    return deg(std::acos(aoiProjection(surface_tilt_deg, surface_azimuth_deg, solar_zenith_deg,
                                       solar_azimuth_deg)));
}

double skyDiffuseIsotropic(double surface_tilt_deg, double dhi_w_m2) {
    return dhi_w_m2 * (1.0 + cosd(surface_tilt_deg)) * 0.5; // pvlib irradiance.isotropic
}

double skyDiffuseHayDavies(const SkyInput& in) {
    // Hay & Davies (1980), pvlib irradiance.haydavies
    const double cos_tt = std::max(aoiProjection(in.surface_tilt_deg, in.surface_azimuth_deg,
                                                 in.solar_zenith_deg, in.solar_azimuth_deg), 0.0);
    const double rb = cos_tt / std::max(cosd(in.solar_zenith_deg), 0.01745);
    const double ai = in.dni_w_m2 / in.dni_extra_w_m2;
    const double iso = std::max(in.dhi_w_m2 * (1.0 - ai) * 0.5 * (1.0 + cosd(in.surface_tilt_deg)), 0.0);
    return iso + std::max(in.dhi_w_m2 * ai * rb, 0.0);
}

double skyDiffusePerez(const SkyInput& in) {
    // Perez et al. (1990) 'allsitescomposite1990' coefficients, rows = sky-clearness bins 1..8
    static constexpr std::array<std::array<double, 6>, 8> kCoeff{{
        {-0.0080, 0.5880, -0.0620, -0.0600, 0.0720, -0.0220},
        {0.1300, 0.6830, -0.1510, -0.0190, 0.0660, -0.0290},
        {0.3300, 0.4870, -0.2210, 0.0550, -0.0640, -0.0260},
        {0.5680, 0.1870, -0.2950, 0.1090, -0.1520, -0.0140},
        {0.8730, -0.3920, -0.3620, 0.2260, -0.4620, 0.0010},
        {1.1320, -1.2370, -0.4120, 0.2880, -0.8230, 0.0560},
        {1.0600, -1.6000, -0.3590, 0.2640, -1.1270, 0.1310},
        {0.6780, -0.3270, -0.2500, 0.1560, -1.3770, 0.2510},
    }};
    static constexpr std::array<double, 7> kEdges{1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2};
    // pvlib returns 0 at night (NaN air mass); no diffuse light gives no sky diffuse.
    if (std::isnan(in.airmass_relative) || !(in.dhi_w_m2 > 0.0)) return 0.0;
    constexpr double kappa = 1.041;
    const double z = rad(in.solar_zenith_deg);
    const double z3 = kappa * z * z * z;
    const double delta = in.dhi_w_m2 * in.airmass_relative / in.dni_extra_w_m2;
    const double eps = ((in.dhi_w_m2 + in.dni_w_m2) / in.dhi_w_m2 + z3) / (1.0 + z3);
    const auto bin = static_cast<std::size_t>(
        std::upper_bound(kEdges.begin(), kEdges.end(), eps) - kEdges.begin());
    const auto& f = kCoeff[bin];
    const double f1 = std::max(f[0] + f[1] * delta + f[2] * z, 0.0);
    const double f2 = f[3] + f[4] * delta + f[5] * z;
    const double a = std::max(aoiProjection(in.surface_tilt_deg, in.surface_azimuth_deg,
                                            in.solar_zenith_deg, in.solar_azimuth_deg), 0.0);
    const double b = std::max(cosd(in.solar_zenith_deg), cosd(85.0));
    const double sky = in.dhi_w_m2 * (0.5 * (1.0 - f1) * (1.0 + cosd(in.surface_tilt_deg)) +
                                      f1 * a / b + f2 * sind(in.surface_tilt_deg));
    return std::max(sky, 0.0);
}

double groundDiffuse(double surface_tilt_deg, double ghi_w_m2, double albedo) {
    return ghi_w_m2 * albedo * (1.0 - cosd(surface_tilt_deg)) * 0.5; // pvlib get_ground_diffuse
}

PoaComponents poaComponents(double aoi_deg, double dni_w_m2, double poa_sky_diffuse,
                            double poa_ground_diffuse) {
    PoaComponents p; // pvlib irradiance.poa_components
    p.poa_direct = std::max(dni_w_m2 * cosd(aoi_deg), 0.0);
    p.poa_sky_diffuse = poa_sky_diffuse;
    p.poa_ground_diffuse = poa_ground_diffuse;
    p.poa_diffuse = poa_sky_diffuse + poa_ground_diffuse;
    p.poa_global = p.poa_direct + p.poa_diffuse;
    return p;
}

double iamPhysical(double aoi_deg, double n, double k_per_m, double thickness_m) {
    // De Soto et al. (2006) Fresnel + Bouguer absorption, as pvlib iam.physical
    const double theta = rad(std::fabs(aoi_deg));
    if (std::fabs(aoi_deg) >= 90.0) return 0.0;
    const double r0 = (n - 1.0) / (n + 1.0);
    const double tau0 = std::exp(-k_per_m * thickness_m) * (1.0 - r0 * r0);
    if (theta == 0.0) return 1.0;
    const double theta_r = std::asin(std::sin(theta) / n);
    const double s = std::sin(theta_r - theta) / std::sin(theta_r + theta);
    const double t = std::tan(theta_r - theta) / std::tan(theta_r + theta);
    const double tau = std::exp(-k_per_m * thickness_m / std::cos(theta_r)) *
                       (1.0 - 0.5 * (s * s + t * t));
    return tau / tau0;
}

} // namespace gridtwin::pv
