#pragma once
// Solar position by the NREL Solar Position Algorithm (Reda & Andreas 2004, NREL/TP-560-34302),
// stated accuracy +-0.0003 deg for years -2000..6000. Pure functions, no allocation per call.
// Dates are proleptic Gregorian (as TimeUtc); delta UT1 is taken as 0.
// Bad input (non-finite values, latitude outside [-90, 90], ...) throws gridtwin::InputError.

#include <cstdint>

namespace gridtwin::pv {

struct SolarPositionInput {
    std::int64_t time_ms = 0; // UTC, ms since the Unix epoch
    double latitude_deg = 0;  // [-90, 90]
    double longitude_deg = 0; // east positive, [-180, 180]
    double elevation_m = 0;
    double pressure_mbar = 1013.25;    // annual mean local pressure, for refraction
    double temperature_c = 12.0;       // annual mean local temperature, for refraction
    double delta_t_s = 69.0;           // TT - UT1
    double atmos_refract_deg = 0.5667; // refraction at sunrise/sunset
};

struct SolarPosition {
    double zenith_deg;             // topocentric, no refraction
    double apparent_zenith_deg;    // with refraction
    double elevation_deg;          // 90 - zenith_deg
    double apparent_elevation_deg; // 90 - apparent_zenith_deg
    double azimuth_deg;            // navigators', 0 = N, clockwise
    double earth_sun_distance_au;
    double declination_deg; // geocentric
    double equation_of_time_min;
};

/// Every intermediate of SPA section 3, in the paper's order (degrees unless noted).
struct SpaIntermediates {
    double jd, jde, jc, jce, jme; // Julian day / ephemeris day / centuries / millennium
    double l_deg, b_deg, r_au;    // heliocentric longitude, latitude, radius vector
    double theta_deg, beta_deg;   // geocentric longitude and latitude
    double x0, x1, x2, x3, x4;    // nutation arguments (deg)
    double delta_psi_deg, delta_epsilon_deg;
    double epsilon0_arcsec, epsilon_deg; // mean and true obliquity of the ecliptic
    double delta_tau_deg, lambda_deg;    // aberration, apparent sun longitude
    double nu0_deg, nu_deg;              // mean and apparent sidereal time at Greenwich
    double alpha_deg, delta_deg;         // geocentric right ascension, declination
    double h_deg;                        // observer local hour angle
    double xi_deg, delta_alpha_deg;      // equatorial horizontal parallax, RA parallax
    double alpha_prime_deg, delta_prime_deg, h_prime_deg; // topocentric RA, decl., hour angle
    double e0_deg, delta_e_deg, e_deg; // elevation without/with refraction, refraction
    double gamma_deg;                  // astronomers' azimuth (from south, westward)
    double sun_mean_longitude_deg;     // M, for the equation of time
    SolarPosition position;
};

SolarPosition computeSolarPosition(const SolarPositionInput& in);
SpaIntermediates computeSolarPositionDetailed(const SolarPositionInput& in);

/// Angle of incidence on a surface of the given slope, azimuth rotation measured from south
/// (east negative), as SPA eq. 47 with the apparent zenith.
double incidenceAngleDeg(const SolarPosition& sp, double slope_deg, double azimuth_rotation_deg);

/// TT - UT in seconds by the Espenak-Meeus polynomials (NASA eclipse site), y = year +
/// (month-0.5)/12.
double deltaTSeconds(double year, double month);

struct SunRiseSetTransit {
    // hours after 00:00 of the given day in the local time of tz_offset_h; NaN for sunrise and
    // sunset when the sun does not cross the horizon (polar day or night).
    double sunrise_h, sunset_h, transit_h;
};

/// SPA appendix A.2, as NREL spa.c: the events around 0h UT of the given date, each wrapped into
/// [0, 24) local hours (so an event on the neighbouring local day shows its time of day).
SunRiseSetTransit sunRiseSetTransit(int year, int month, int day, double tz_offset_h,
                                    double latitude_deg, double longitude_deg, double delta_t_s);

} // namespace gridtwin::pv
