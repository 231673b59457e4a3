#include "sim/Degradation.h"

#include <cmath>

namespace gridtwin {

double SamCalendarFade::rate(double temperature_k, double soc) const {
    // ssc lifetime_calendar: k_cal = a exp(b (1/T - 1/296)) exp(c (SoC/T - 1/296)).
    return p_.a * std::exp(p_.b * (1.0 / temperature_k - 1.0 / 296.0)) *
           std::exp(p_.c * (soc / temperature_k - 1.0 / 296.0));
}

void SamCalendarFade::advance(double dt_day, double temperature_k, double soc) {
    if (!(dt_day > 0)) return;
    const double k = rate(temperature_k, soc);
    // ssc: first step dq = k sqrt(dt); then dq += 0.5 k^2 / dq dt (dq = k sqrt(t) for varying k).
    if (dq_ <= 0.0) dq_ = k * std::sqrt(dt_day);
    else dq_ += 0.5 * k * k / dq_ * dt_day;
}

double blastAnodePotentialV(double soc) {
    // BLAST-Lite, Safari & Delacourt graphite curve with Xa = 0.0085 + SoC (0.78 - 0.0085).
    const double x = 0.0085 + soc * (0.78 - 0.0085);
    return 0.6379 + 0.5416 * std::exp(-305.5309 * x) + 0.044 * std::tanh(-(x - 0.1958) / 0.1088) -
           0.1978 * std::tanh((x - 1.0571) / 0.0854) - 0.6875 * std::tanh((x + 0.0117) / 0.0529) -
           0.0175 * std::tanh((x - 0.5692) / 0.0875);
}

double powerStateIncrement(double y0, double k, double p, double dx) {
    if (!(dx > 0) || !(k > 0)) return 0.0;
    // BLAST update_power_state: dy = k dx^p from rest, else dy = k p (y0/k)^((p-1)/p) dx.
    if (y0 <= 0.0) return k * std::pow(dx, p);
    return k * p * std::pow(y0 / k, (p - 1.0) / p) * dx;
}

double BlastLfpFade::calendarRate(double temperature_k, double soc) const {
    return std::abs(p_.p1) * std::exp(p_.p2 / temperature_k) *
           std::exp(p_.p3 * blastAnodePotentialV(soc) / temperature_k);
}

double BlastLfpFade::cycleRate(double temperature_k, double dod, double c_rate_per_h) const {
    return (p_.p4 + p_.p5 * dod + p_.p6 * c_rate_per_h) *
           (std::exp(p_.p7 / temperature_k) + std::exp(-p_.p8 / temperature_k));
}

void BlastLfpFade::advance(double dt_day, double efc, double temperature_k, double mean_soc,
                           double dod, double c_rate_per_h) {
    q_loss_t_ += powerStateIncrement(q_loss_t_, calendarRate(temperature_k, mean_soc), p_.pcal,
                                     dt_day);
    q_loss_efc_ += powerStateIncrement(q_loss_efc_, cycleRate(temperature_k, dod, c_rate_per_h),
                                       p_.pcyc, efc);
}

} // namespace gridtwin
