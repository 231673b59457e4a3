#include "sim/pv/SolarPosition.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "sim/pv/SpaTables.h"

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <initializer_list>
#include <limits>
#include <numbers>
#include <string>

namespace gridtwin::pv {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kUnixEpochJd = 2440587.5;
constexpr double kJ2000Jd = 2451545.0;
constexpr double kSunRadiusDeg = 0.26667; // SPA: apparent solar radius used at the horizon

double deg2rad(double d) {
    return d * kPi / 180.0;
}
double rad2deg(double r) {
    return r * 180.0 / kPi;
}

double limitDegrees(double d) {
    double l = std::fmod(d, 360.0);
    return l < 0.0 ? l + 360.0 : l;
}

double limitDegrees180pm(double d) {
    double l = std::fmod(d, 360.0);
    if (l < -180.0) l += 360.0;
    if (l > 180.0) l -= 360.0;
    return l;
}

double limitZeroToOne(double v) {
    double l = v - std::floor(v);
    return l;
}

std::string numberText(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

void require(bool ok, const char* field, const char* expected, double found) {
    if (!ok) throw InputError("", field, expected, numberText(found));
}

// SPA eq. 9-11: sum of a*cos(b + c*JME) over one table.
template <std::size_t N> double sumTerms(const spa_tables::EarthTerm (&terms)[N], double jme) {
    double s = 0.0;
    for (const auto& t : terms)
        s += t.a * std::cos(t.b + t.c * jme);
    return s;
}

// SPA eq. 12: polynomial in JME of the per-table sums, scaled by 1e-8.
double earthValue(const double* sums, int count, double jme) {
    double v = 0.0;
    for (int i = count - 1; i >= 0; --i)
        v = v * jme + sums[i];
    return v / 1.0e8;
}

// SPA steps 3.1-3.8: everything that depends on time only (no observer).
void computeGeocentric(double jd, double delta_t_s, SpaIntermediates& s) {
    using namespace spa_tables;
    s.jd = jd;
    s.jde = jd + delta_t_s / 86400.0;     // SPA eq. 5
    s.jc = (jd - kJ2000Jd) / 36525.0;     // eq. 6
    s.jce = (s.jde - kJ2000Jd) / 36525.0; // eq. 7
    s.jme = s.jce / 10.0;                 // eq. 8
    const double jme = s.jme;

    const double l_sums[6] = {sumTerms(kL0, jme), sumTerms(kL1, jme), sumTerms(kL2, jme),
                              sumTerms(kL3, jme), sumTerms(kL4, jme), sumTerms(kL5, jme)};
    s.l_deg = limitDegrees(rad2deg(earthValue(l_sums, 6, jme))); // eq. 12-14
    const double b_sums[2] = {sumTerms(kB0, jme), sumTerms(kB1, jme)};
    s.b_deg = rad2deg(earthValue(b_sums, 2, jme));
    const double r_sums[5] = {sumTerms(kR0, jme), sumTerms(kR1, jme), sumTerms(kR2, jme),
                              sumTerms(kR3, jme), sumTerms(kR4, jme)};
    s.r_au = earthValue(r_sums, 5, jme);

    s.theta_deg = limitDegrees(s.l_deg + 180.0); // eq. 13
    s.beta_deg = -s.b_deg;                       // eq. 14

    const double t = s.jce; // eq. 15-19, Meeus' nutation arguments
    s.x0 = 297.85036 + t * (445267.111480 + t * (-0.0019142 + t / 189474.0));
    s.x1 = 357.52772 + t * (35999.050340 + t * (-0.0001603 - t / 300000.0));
    s.x2 = 134.96298 + t * (477198.867398 + t * (0.0086972 + t / 56250.0));
    s.x3 = 93.27191 + t * (483202.017538 + t * (-0.0036825 + t / 327270.0));
    s.x4 = 125.04452 + t * (-1934.136261 + t * (0.0020708 + t / 450000.0));

    double sum_psi = 0.0; // eq. 20-23
    double sum_eps = 0.0;
    for (const auto& n : kNutation) {
        const double arg =
            deg2rad(n.y0 * s.x0 + n.y1 * s.x1 + n.y2 * s.x2 + n.y3 * s.x3 + n.y4 * s.x4);
        sum_psi += (n.a + n.b * t) * std::sin(arg);
        sum_eps += (n.c + n.d * t) * std::cos(arg);
    }
    s.delta_psi_deg = sum_psi / 36000000.0;
    s.delta_epsilon_deg = sum_eps / 36000000.0;

    const double u = jme / 10.0; // eq. 24, Laskar's mean obliquity in arcseconds
    s.epsilon0_arcsec =
        84381.448 +
        u * (-4680.93 +
             u * (-1.55 +
                  u * (1999.25 +
                       u * (-51.38 +
                            u * (-249.67 +
                                 u * (-39.05 +
                                      u * (7.12 + u * (27.87 + u * (5.79 + u * 2.45)))))))));
    s.epsilon_deg = s.epsilon0_arcsec / 3600.0 + s.delta_epsilon_deg; // eq. 25

    s.delta_tau_deg = -20.4898 / (3600.0 * s.r_au);                 // eq. 26
    s.lambda_deg = s.theta_deg + s.delta_psi_deg + s.delta_tau_deg; // eq. 27

    s.nu0_deg = limitDegrees(280.46061837 + 360.98564736629 * (jd - kJ2000Jd) +
                             s.jc * s.jc * (0.000387933 - s.jc / 38710000.0)); // eq. 28
    const double eps_rad = deg2rad(s.epsilon_deg);
    s.nu_deg = s.nu0_deg + s.delta_psi_deg * std::cos(eps_rad); // eq. 29

    const double lambda_rad = deg2rad(s.lambda_deg);
    const double beta_rad = deg2rad(s.beta_deg);
    s.alpha_deg = limitDegrees(rad2deg(std::atan2(std::sin(lambda_rad) * std::cos(eps_rad) -
                                                      std::tan(beta_rad) * std::sin(eps_rad),
                                                  std::cos(lambda_rad)))); // eq. 30
    s.delta_deg =
        rad2deg(std::asin(std::sin(beta_rad) * std::cos(eps_rad) +
                          std::cos(beta_rad) * std::sin(eps_rad) * std::sin(lambda_rad))); // eq. 31
}

void validateInput(const SolarPositionInput& in) {
    require(std::isfinite(in.latitude_deg) && std::fabs(in.latitude_deg) <= 90.0,
            "SolarPositionInput.latitude_deg", "a latitude in [-90, 90] degrees", in.latitude_deg);
    require(std::isfinite(in.longitude_deg) && std::fabs(in.longitude_deg) <= 180.0,
            "SolarPositionInput.longitude_deg", "a longitude in [-180, 180] degrees",
            in.longitude_deg);
    // Limits as NREL spa.c validate_inputs.
    require(std::isfinite(in.elevation_m) && in.elevation_m >= -6500000.0,
            "SolarPositionInput.elevation_m", "an elevation >= -6500000 m", in.elevation_m);
    require(std::isfinite(in.pressure_mbar) && in.pressure_mbar >= 0.0 &&
                in.pressure_mbar <= 5000.0,
            "SolarPositionInput.pressure_mbar", "a pressure in [0, 5000] mbar", in.pressure_mbar);
    require(
        std::isfinite(in.temperature_c) && in.temperature_c > -273.0 && in.temperature_c <= 6000.0,
        "SolarPositionInput.temperature_c", "a temperature in (-273, 6000] degC", in.temperature_c);
    require(std::isfinite(in.delta_t_s) && std::fabs(in.delta_t_s) <= 8000.0,
            "SolarPositionInput.delta_t_s", "a delta T in [-8000, 8000] s", in.delta_t_s);
    require(std::isfinite(in.atmos_refract_deg) && std::fabs(in.atmos_refract_deg) <= 5.0,
            "SolarPositionInput.atmos_refract_deg", "an atmospheric refraction in [-5, 5] degrees",
            in.atmos_refract_deg);
}

} // namespace

SpaIntermediates computeSolarPositionDetailed(const SolarPositionInput& in) {
    validateInput(in);
    SpaIntermediates s{};

    // Julian day from Unix time; whole days and the fraction are kept apart for precision.
    const std::int64_t days =
        in.time_ms >= 0 ? in.time_ms / kMsPerDay : -((-in.time_ms + kMsPerDay - 1) / kMsPerDay);
    const std::int64_t ms_of_day = in.time_ms - days * kMsPerDay;
    const double jd = kUnixEpochJd + static_cast<double>(days) +
                      static_cast<double>(ms_of_day) / static_cast<double>(kMsPerDay);
    computeGeocentric(jd, in.delta_t_s, s);

    const double lat_rad = deg2rad(in.latitude_deg);
    s.h_deg = limitDegrees(s.nu_deg + in.longitude_deg - s.alpha_deg); // eq. 32
    s.xi_deg = 8.794 / (3600.0 * s.r_au);                              // eq. 33

    // eq. 34-38: observer's geocentric position terms and topocentric parallax.
    const double u = std::atan(0.99664719 * std::tan(lat_rad));
    const double x = std::cos(u) + in.elevation_m / 6378140.0 * std::cos(lat_rad);
    const double y = 0.99664719 * std::sin(u) + in.elevation_m / 6378140.0 * std::sin(lat_rad);
    const double xi_rad = deg2rad(s.xi_deg);
    const double h_rad = deg2rad(s.h_deg);
    const double delta_rad = deg2rad(s.delta_deg);
    const double denom = std::cos(delta_rad) - x * std::sin(xi_rad) * std::cos(h_rad);
    const double delta_alpha_rad = std::atan2(-x * std::sin(xi_rad) * std::sin(h_rad), denom);
    s.delta_alpha_deg = rad2deg(delta_alpha_rad);
    s.alpha_prime_deg = s.alpha_deg + s.delta_alpha_deg;
    s.delta_prime_deg = rad2deg(std::atan2(
        (std::sin(delta_rad) - y * std::sin(xi_rad)) * std::cos(delta_alpha_rad), denom));
    s.h_prime_deg = s.h_deg - s.delta_alpha_deg;

    const double dp_rad = deg2rad(s.delta_prime_deg);
    const double hp_rad = deg2rad(s.h_prime_deg);
    s.e0_deg =
        rad2deg(std::asin(std::sin(lat_rad) * std::sin(dp_rad) +
                          std::cos(lat_rad) * std::cos(dp_rad) * std::cos(hp_rad))); // eq. 41

    // eq. 42, applied only while the sun is above the refracted horizon (as spa.c).
    s.delta_e_deg = 0.0;
    if (s.e0_deg >= -(kSunRadiusDeg + in.atmos_refract_deg)) {
        s.delta_e_deg = (in.pressure_mbar / 1010.0) * (283.0 / (273.0 + in.temperature_c)) * 1.02 /
                        (60.0 * std::tan(deg2rad(s.e0_deg + 10.3 / (s.e0_deg + 5.11))));
    }
    s.e_deg = s.e0_deg + s.delta_e_deg; // eq. 43

    s.gamma_deg = limitDegrees(rad2deg(std::atan2(
        std::sin(hp_rad),
        std::cos(hp_rad) * std::sin(lat_rad) - std::tan(dp_rad) * std::cos(lat_rad)))); // eq. 45

    const double jme = s.jme; // appendix A.1 eq. A2, sun's mean longitude
    s.sun_mean_longitude_deg = limitDegrees(
        280.4664567 +
        jme * (360007.6982779 +
               jme * (0.03032028 +
                      jme * (1.0 / 49931.0 + jme * (-1.0 / 15300.0 + jme * (-1.0 / 2000000.0))))));
    // eq. A1, in minutes, folded into (-20, 20] as spa.c limit_minutes.
    double eot_min = 4.0 * limitDegrees(s.sun_mean_longitude_deg - 0.0057183 - s.alpha_deg +
                                        s.delta_psi_deg * std::cos(deg2rad(s.epsilon_deg)));
    if (eot_min > 20.0) eot_min -= 1440.0;

    SolarPosition& p = s.position;
    p.elevation_deg = s.e0_deg;
    p.apparent_elevation_deg = s.e_deg;
    p.zenith_deg = 90.0 - s.e0_deg;
    p.apparent_zenith_deg = 90.0 - s.e_deg;            // eq. 44
    p.azimuth_deg = limitDegrees(s.gamma_deg + 180.0); // eq. 46
    p.earth_sun_distance_au = s.r_au;
    p.declination_deg = s.delta_deg;
    p.equation_of_time_min = eot_min;
    return s;
}

SolarPosition computeSolarPosition(const SolarPositionInput& in) {
    return computeSolarPositionDetailed(in).position;
}

double incidenceAngleDeg(const SolarPosition& sp, double slope_deg, double azimuth_rotation_deg) {
    // SPA eq. 47 with the astronomers' azimuth Gamma = Phi - 180.
    const double zen = deg2rad(sp.apparent_zenith_deg);
    const double slope = deg2rad(slope_deg);
    const double gamma_astro = deg2rad(sp.azimuth_deg - 180.0);
    const double cos_i =
        std::cos(zen) * std::cos(slope) +
        std::sin(slope) * std::sin(zen) * std::cos(gamma_astro - deg2rad(azimuth_rotation_deg));
    return rad2deg(std::acos(std::fmax(-1.0, std::fmin(1.0, cos_i))));
}

double deltaTSeconds(double year, double month) {
    require(std::isfinite(year), "deltaTSeconds.year", "a finite year", year);
    require(std::isfinite(month) && month >= 1.0 && month <= 12.0, "deltaTSeconds.month",
            "a month in [1, 12]", month);
    // Espenak & Meeus, "Polynomial expressions for Delta T" (NASA eclipse web site).
    const double y = year + (month - 0.5) / 12.0;
    auto poly = [](double t, std::initializer_list<double> c) {
        double v = 0.0;
        for (auto it = c.end(); it != c.begin();)
            v = v * t + *--it;
        return v;
    };
    const double long_term = -20.0 + 32.0 * ((y - 1820.0) / 100.0) * ((y - 1820.0) / 100.0);
    if (year < -500.0) return long_term;
    if (year < 500.0)
        return poly(y / 100.0, {10583.6, -1014.41, 33.78311, -5.952053, -0.1798452, 0.022174192,
                                0.0090316521});
    if (year < 1600.0)
        return poly((y - 1000.0) / 100.0,
                    {1574.2, -556.01, 71.23472, 0.319781, -0.8503463, -0.005050998, 0.0083572073});
    if (year < 1700.0) return poly(y - 1600.0, {120.0, -0.9808, -0.01532, 1.0 / 7129.0});
    if (year < 1800.0)
        return poly(y - 1700.0, {8.83, 0.1603, -0.0059285, 0.00013336, -1.0 / 1174000.0});
    if (year < 1860.0)
        return poly(y - 1800.0, {13.72, -0.332447, 0.0068612, 0.0041116, -0.00037436, 0.0000121272,
                                 -0.0000001699, 0.000000000875});
    if (year < 1900.0)
        return poly(y - 1860.0,
                    {7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1.0 / 233174.0});
    if (year < 1920.0) return poly(y - 1900.0, {-2.79, 1.494119, -0.0598939, 0.0061966, -0.000197});
    if (year < 1941.0) return poly(y - 1920.0, {21.20, 0.84493, -0.076100, 0.0020936});
    if (year < 1961.0) return poly(y - 1950.0, {29.07, 0.407, -1.0 / 233.0, 1.0 / 2547.0});
    if (year < 1986.0) return poly(y - 1975.0, {45.45, 1.067, -1.0 / 260.0, -1.0 / 718.0});
    if (year < 2005.0)
        return poly(y - 2000.0, {63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599});
    if (year < 2050.0) return poly(y - 2000.0, {62.92, 0.32217, 0.005589});
    if (year < 2150.0) return long_term - 0.5628 * (2150.0 - y);
    return long_term;
}

SunRiseSetTransit sunRiseSetTransit(int year, int month, int day, double tz_offset_h,
                                    double latitude_deg, double longitude_deg, double delta_t_s) {
    require(month >= 1 && month <= 12, "sunRiseSetTransit.month", "a month in [1, 12]", month);
    static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int month_days = kDaysInMonth[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
    require(day >= 1 && day <= month_days, "sunRiseSetTransit.day", "a day of the given month",
            day);
    require(std::isfinite(tz_offset_h) && std::fabs(tz_offset_h) <= 18.0,
            "sunRiseSetTransit.tz_offset_h", "a time zone offset in [-18, 18] h", tz_offset_h);
    require(std::isfinite(latitude_deg) && std::fabs(latitude_deg) <= 90.0,
            "sunRiseSetTransit.latitude_deg", "a latitude in [-90, 90] degrees", latitude_deg);
    require(std::isfinite(longitude_deg) && std::fabs(longitude_deg) <= 180.0,
            "sunRiseSetTransit.longitude_deg", "a longitude in [-180, 180] degrees", longitude_deg);
    require(std::isfinite(delta_t_s) && std::fabs(delta_t_s) <= 8000.0,
            "sunRiseSetTransit.delta_t_s", "a delta T in [-8000, 8000] s", delta_t_s);

    // Appendix A.2: sidereal time at 0h UT, and alpha/delta at 0h TT of days D-1, D, D+1.
    const double jd0 = kUnixEpochJd + static_cast<double>(daysFromCivil(year, month, day));
    SpaIntermediates g{};
    computeGeocentric(jd0, delta_t_s, g);
    const double nu = g.nu_deg;
    double alpha[3];
    double delta[3];
    for (int i = 0; i < 3; ++i) {
        computeGeocentric(jd0 + (i - 1), 0.0, g);
        alpha[i] = g.alpha_deg;
        delta[i] = g.delta_deg;
    }

    const double h0_prime = -(kSunRadiusDeg + 0.5667); // spa.c default atmos_refract
    const double lat_rad = deg2rad(latitude_deg);
    const double m_transit = (alpha[1] - longitude_deg - nu) / 360.0; // eq. A3

    // eq. A8-A9: interpolate alpha or delta to fraction n of the day.
    auto interpolate = [](const double(&v)[3], double n) {
        double a = v[1] - v[0];
        double b = v[2] - v[1];
        if (std::fabs(a) >= 2.0) a = limitZeroToOne(a);
        if (std::fabs(b) >= 2.0) b = limitZeroToOne(b);
        return v[1] + n * (a + b + (b - a) * n) / 2.0;
    };
    struct Event {
        double m, h_prime_deg, h_deg, delta_prime_deg;
    };
    auto evaluate = [&](double m) {
        Event ev{};
        ev.m = m;
        const double nu_i = nu + 360.985647 * m;  // eq. A6
        const double n = m + delta_t_s / 86400.0; // eq. A7
        const double alpha_p = interpolate(alpha, n);
        ev.delta_prime_deg = interpolate(delta, n);
        ev.h_prime_deg = limitDegrees180pm(nu_i + longitude_deg - alpha_p); // eq. A10
        const double dp = deg2rad(ev.delta_prime_deg);
        ev.h_deg = rad2deg(std::asin(std::sin(lat_rad) * std::sin(dp) +
                                     std::cos(lat_rad) * std::cos(dp) *
                                         std::cos(deg2rad(ev.h_prime_deg)))); // eq. A11
        return ev;
    };
    auto toLocalHours = [&](double day_fraction) {
        return 24.0 * limitZeroToOne(day_fraction + tz_offset_h / 24.0);
    };
    // eq. A13-A14: correct the approximate rise/set time by the altitude error.
    auto riseSet = [&](const Event& ev) {
        return ev.m +
               (ev.h_deg - h0_prime) / (360.0 * std::cos(deg2rad(ev.delta_prime_deg)) *
                                        std::cos(lat_rad) * std::sin(deg2rad(ev.h_prime_deg)));
    };

    SunRiseSetTransit out{};
    const Event transit = evaluate(limitZeroToOne(m_transit));
    out.transit_h = toLocalHours(transit.m - transit.h_prime_deg / 360.0); // eq. A12

    // eq. A4: local hour angle at rise/set; no crossing means polar day or night.
    const double cos_h0 =
        (std::sin(deg2rad(h0_prime)) - std::sin(lat_rad) * std::sin(deg2rad(delta[1]))) /
        (std::cos(lat_rad) * std::cos(deg2rad(delta[1])));
    if (!(std::fabs(cos_h0) <= 1.0)) {
        out.sunrise_h = out.sunset_h = std::numeric_limits<double>::quiet_NaN();
        return out;
    }
    const double h0_frac = rad2deg(std::acos(cos_h0)) / 360.0; // eq. A4-A5
    out.sunrise_h = toLocalHours(riseSet(evaluate(limitZeroToOne(m_transit - h0_frac))));
    out.sunset_h = toLocalHours(riseSet(evaluate(limitZeroToOne(m_transit + h0_frac))));
    return out;
}

} // namespace gridtwin::pv
