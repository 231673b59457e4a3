#include "sim/Battery.h"

#include "model/InputError.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace gridtwin {

namespace {

// pvlib inverter.pvwatts: eta_ref = 0.9637 and the curve coefficients of PVWatts v5 (Dobos 2014).
constexpr double kEtaRef = 0.9637;
constexpr double kA1 = 0.9858;
constexpr double kA2 = 0.0162;
constexpr double kA0 = 0.0059;
constexpr double kHoursPerMonth = 720.0; // self-discharge is quoted per 30-day month

std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

void require(bool ok, const std::string& file, const char* field, const std::string& expected,
             double found) {
    if (!ok) throw InputError(file, std::string("$.bess.") + field, expected, number(found));
}

bool finite(double v) {
    return std::isfinite(v);
}

} // namespace

PcsCurve PcsCurve::pvwatts(double eta_nom, double input_rating_kw) {
    const double k = eta_nom / kEtaRef;
    return PcsCurve{k * kA1, k * kA2 / input_rating_kw, k * kA0 * input_rating_kw};
}

void Battery::validate(const BessConfig& c, const std::string& file) {
    require(finite(c.capacity_kwh) && c.capacity_kwh > 0, file, "capacity_kwh",
            "a number > 0 (kWh)", c.capacity_kwh);
    require(finite(c.power_kw) && c.power_kw > 0, file, "power_kw", "a number > 0 (kW)",
            c.power_kw);
    require(finite(c.max_c_rate) && c.max_c_rate > 0, file, "max_c_rate", "a number > 0 (1/h)",
            c.max_c_rate);
    require(c.round_trip_efficiency > 0 && c.round_trip_efficiency <= 1, file,
            "round_trip_efficiency", "a fraction in (0, 1]", c.round_trip_efficiency);
    require(c.pcs_eta_nom > 0 && c.pcs_eta_nom <= 1, file, "pcs_eta_nom",
            "a fraction in (0, 1] (1 = lossless PCS)", c.pcs_eta_nom);
    require(c.soc_min_pct >= 0 && c.soc_min_pct < 100, file, "soc_min_pct",
            "a percentage in [0, 100)", c.soc_min_pct);
    require(c.soc_max_pct > c.soc_min_pct && c.soc_max_pct <= 100, file, "soc_max_pct",
            "a percentage in (soc_min_pct = " + number(c.soc_min_pct) + ", 100]", c.soc_max_pct);
    require(c.soc_initial_pct >= c.soc_min_pct && c.soc_initial_pct <= c.soc_max_pct, file,
            "soc_initial_pct",
            "a percentage in [" + number(c.soc_min_pct) + ", " + number(c.soc_max_pct) + "]",
            c.soc_initial_pct);
    require(c.derate_band_pct >= 0 && c.derate_band_pct <= c.soc_max_pct - c.soc_min_pct, file,
            "derate_band_pct",
            "a percentage in [0, soc_max_pct - soc_min_pct = " +
                number(c.soc_max_pct - c.soc_min_pct) + "]",
            c.derate_band_pct);
    require(finite(c.aux_fixed_kw) && c.aux_fixed_kw >= 0, file, "aux_fixed_kw",
            "a number >= 0 (kW)", c.aux_fixed_kw);
    require(c.aux_per_throughput >= 0 && c.aux_per_throughput < 1, file, "aux_per_throughput",
            "a fraction in [0, 1)", c.aux_per_throughput);
    require(c.self_discharge_pct_per_month >= 0 && c.self_discharge_pct_per_month < 100, file,
            "self_discharge_pct_per_month", "a percentage in [0, 100)",
            c.self_discharge_pct_per_month);
}

Battery::Battery(const BessConfig& cfg, const std::string& config_file) : cfg_(cfg) {
    validate(cfg, config_file);
    // physics.md 3.1: only the round trip is known, so eta_c = eta_d = sqrt(eta_rt).
    eta_c_ = std::sqrt(cfg.round_trip_efficiency);
    eta_d_ = eta_c_;
    inv_eta_c_ = 1.0 / eta_c_;
    inv_eta_d_ = 1.0 / eta_d_;
    // physics.md 3.1: hourly retention (1 - pct/100)^(1/720) for a 30-day month.
    ln_retention_per_h_ = std::log1p(-cfg.self_discharge_pct_per_month / 100.0) / kHoursPerMonth;
    retention_per_h_ = std::exp(ln_retention_per_h_);
    if (cfg.pcs_eta_nom >= 1.0) {
        charge_curve_ = PcsCurve::lossless();
        discharge_curve_ = PcsCurve::lossless();
        discharge_dc_rated_kw_ = cfg.power_kw;
    } else {
        // Charging takes AC in at the rating; discharging takes DC in at pdc0 = pac0 / eta_nom.
        charge_curve_ = PcsCurve::pvwatts(cfg.pcs_eta_nom, cfg.power_kw);
        discharge_dc_rated_kw_ = cfg.power_kw / cfg.pcs_eta_nom;
        discharge_curve_ = PcsCurve::pvwatts(cfg.pcs_eta_nom, discharge_dc_rated_kw_);
    }
    charge_dc_rated_kw_ = charge_curve_.output(cfg.power_kw);
    capacity_kwh_ = cfg.capacity_kwh;
    updateCapacityTerms();
    energy_kwh_ = cfg.soc_initial_pct / 100.0 * capacity_kwh_;
}

void Battery::updateCapacityTerms() {
    e_min_kwh_ = cfg_.soc_min_pct / 100.0 * capacity_kwh_;
    e_max_kwh_ = cfg_.soc_max_pct / 100.0 * capacity_kwh_;
    base_limit_kw_ = std::min(cfg_.power_kw, cfg_.max_c_rate * capacity_kwh_);
    const double band_kwh = cfg_.derate_band_pct / 100.0 * capacity_kwh_;
    // No band: the factor saturates at 1 anywhere inside the window (and 0 at the end itself).
    inv_band_kwh_ = band_kwh > 0 ? 1.0 / band_kwh : std::numeric_limits<double>::max();
    pct_per_kwh_ = 100.0 / capacity_kwh_;
}

void Battery::setSocPct(double soc_pct) {
    if (!(soc_pct >= 0 && soc_pct <= 100))
        throw InputError({}, "soc_pct", "a state of charge in [0, 100] %", number(soc_pct));
    energy_kwh_ = soc_pct / 100.0 * capacity_kwh_;
}

void Battery::setCapacityKwh(double capacity_kwh) {
    if (!(finite(capacity_kwh) && capacity_kwh > 0))
        throw InputError({}, "capacity_kwh", "a number > 0 (kWh)", number(capacity_kwh));
    capacity_kwh_ = capacity_kwh;
    updateCapacityTerms();
    energy_kwh_ = std::min(energy_kwh_, capacity_kwh_);
}

double Battery::pcsEfficiency(double ac_kw) const {
    if (ac_kw > 0) {
        const double dc = discharge_curve_.input(ac_kw);
        return dc > 0 ? ac_kw / dc : 0.0;
    }
    if (ac_kw < 0) return charge_curve_.output(-ac_kw) / -ac_kw;
    return charge_curve_.c0_r > 0 ? 0.0 : 1.0;
}

void Battery::cacheStep(double dt_h) {
    cached_dt_h_ = dt_h;
    cached_inv_dt_h_ = 1.0 / dt_h;
    cached_retention_ = std::exp(ln_retention_per_h_ * dt_h);
    cached_discharge_kwh_per_kw_ = inv_eta_d_ * dt_h;
    cached_charge_kwh_per_kw_ = eta_c_ * dt_h;
}

Battery::StepResult Battery::step(double requested_ac_kw, double dt_h) {
    if (!(dt_h > 0)) return {0.0, 0.0, 0.0};
    if (dt_h != cached_dt_h_) cacheStep(dt_h);
    Reason unused = Reason::Idle;
    const double clamped = clampToLimits(requested_ac_kw, dt_h, unused);
    const double ac = clamped > 0.0 || clamped < 0.0 ? clamped : 0.0; // NaN or -0 moves nothing
    const double e0 = energy_kwh_;
    const StepResult r = stepWithinLimits(ac, dt_h);
    if (ac > 0)
        discharged_ac_kwh_ += ac * dt_h;
    else if (ac < 0)
        charged_ac_kwh_ -= ac * dt_h;
    // Conversion and self-discharge: what the reservoir lost beyond what the AC side carried.
    losses_kwh_ += (e0 - energy_kwh_) - ac * dt_h;
    self_discharge_kwh_ += r.self_discharge_kwh;
    return r;
}

} // namespace gridtwin
