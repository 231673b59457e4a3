#pragma once
// Battery (BESS) as an energy reservoir behind a PCS (reference/physics.md section 3.1): charge and
// discharge efficiencies from the round trip, a PCS curve of the PVWatts inverter form, power and
// C-rate limits, a SoC window with linear derating near both ends, self-discharge and an auxiliary
// load. Signs as OpenEMS: AC power > 0 discharges. step() is the simulation hot path (millions of
// calls a year at 1 s): it allocates nothing, throws nothing and calls no std::pow.

#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace gridtwin {

/// One direction of the PCS as a PVWatts-form converter (pvlib inverter.pvwatts):
/// out = k (0.9858 in - 0.0162 in^2 / R - 0.0059 R), k = eta_nom / 0.9637, R = input rating,
/// clipped at 0. At in = R it delivers eta_nom R. A lossless PCS is out = in.
struct PcsCurve {
    double c1 = 1.0;       // k * 0.9858
    double c2_per_r = 0.0; // k * 0.0162 / R
    double c0_r = 0.0;     // k * 0.0059 * R (the tare: no output below it)

    static PcsCurve pvwatts(double eta_nom, double input_rating_kw);
    static PcsCurve lossless() { return {}; }

    /// Output for an input >= 0 (monotone for in <= R).
    double output(double in) const {
        const double out = c1 * in - c2_per_r * in * in - c0_r;
        return out > 0.0 ? out : 0.0;
    }
    /// Input needed for an output >= 0 (the smaller root of the quadratic; 0 for 0).
    double input(double out) const {
        if (!(out > 0.0)) return 0.0;
        // Smaller root of c2/R x^2 - c1 x + (c0 R + out) = 0, in the form that stays exact when c2
        // = 0.
        const double c = c0_r + out;
        const double disc = c1 * c1 - 4.0 * c2_per_r * c;
        return 2.0 * c / (c1 + std::sqrt(disc > 0.0 ? disc : 0.0));
    }
};

class Battery {
public:
    /// Throws InputError (where "$.bess.<field>", file config_file) for an impossible config.
    explicit Battery(const BessConfig& cfg, const std::string& config_file = {});

    /// Checks a config without building a battery; same errors as the constructor.
    static void validate(const BessConfig& cfg, const std::string& config_file = {});

    /// Magnitudes >= 0; Reason::PowerLimit when the PCS rating or C-rate bounds the power,
    /// Reason::SocLimit when a window end, its derating band or the energy left for the step does.
    struct PowerLimits {
        double max_discharge_kw;
        double max_charge_kw;
        Reason discharge_limit;
        Reason charge_limit;
    };
    /// Feasible AC power for a step of dt_h hours (dt_h > 0).
    PowerLimits limits(double dt_h) const {
        if (dt_h == cached_dt_h_) return limitsFor(cached_inv_dt_h_); // the usual fixed step
        if (!(dt_h > 0)) return {0.0, 0.0, Reason::PowerLimit, Reason::PowerLimit};
        return limitsFor(1.0 / dt_h);
    }

    /// ac_kw clamped to limits(dt_h); reason is set when a limit bound it (the limit's reason).
    /// Evaluates only the limit on the side of the request (both are >= 0).
    double clampToLimits(double ac_kw, double dt_h, Reason& reason) const;

    struct StepResult {
        double ac_kw;              // > 0 discharge, < 0 charge (after clamping to limits())
        double aux_kw;             // drawn from the site bus
        double self_discharge_kwh; // lost at rest over the step
    };
    /// Clamps to limits(), moves energy, applies self-discharge. A non-positive or NaN dt_h or a
    /// NaN request moves nothing (and still draws the fixed aux load for dt_h > 0).
    StepResult step(double requested_ac_kw, double dt_h);
    /// As step() for a caller that already clamped ac_kw to limits(dt_h) of the present state
    /// (the engine, which records which limit bound): no second clamp, and the running totals
    /// below are left alone (the engine accounts from its records). dt_h > 0.
    StepResult stepWithinLimits(double ac_kw, double dt_h);

    double socPct() const { return energy_kwh_ * pct_per_kwh_; } // every step: no division
    double energyKwh() const { return energy_kwh_; }
    double capacityKwh() const { return capacity_kwh_; }
    double minEnergyKwh() const { return e_min_kwh_; }
    double maxEnergyKwh() const { return e_max_kwh_; }

    // Running totals of step() since construction.
    double chargedAcKwh() const { return charged_ac_kwh_; }
    double dischargedAcKwh() const { return discharged_ac_kwh_; }
    double lossesKwh() const { return losses_kwh_; } // conversion + self-discharge
    double selfDischargeKwh() const { return self_discharge_kwh_; }

    /// For tests and live resync; throws InputError for a value outside 0..100 %.
    void setSocPct(double soc_pct);
    /// Capacity after fade (kWh > 0); the SoC window and C-rate limit follow, energy is kept
    /// (clamped to the new capacity).
    void setCapacityKwh(double capacity_kwh);

    /// PCS efficiency at an AC power: > 0 discharge (AC out / DC in), < 0 charge (DC out / AC in);
    /// 0 where the tare swallows all of it, and 1 at 0 kW for a lossless PCS.
    double pcsEfficiency(double ac_kw) const;
    double chargeEfficiency() const { return eta_c_; }
    double dischargeEfficiency() const { return eta_d_; }
    /// Energy kept after one hour at rest: (1 - pct/100)^(1/720).
    double hourlyRetention() const { return retention_per_h_; }

private:
    void updateCapacityTerms();
    PowerLimits limitsFor(double inv_dt_h) const;
    double dischargeLimitKw(double inv_dt_h) const;
    double chargeLimitKw(double inv_dt_h) const;
    void cacheStep(double dt_h);

    BessConfig cfg_;
    double capacity_kwh_ = 0;
    double energy_kwh_ = 0;
    double e_min_kwh_ = 0;
    double e_max_kwh_ = 0;
    double base_limit_kw_ = 0; // min(power_kw, max_c_rate * capacity)
    double inv_band_kwh_ = 0;  // 1 / derating band in kWh (huge when the band is 0)
    double pct_per_kwh_ = 0;   // 100 / capacity
    double eta_c_ = 1;
    double eta_d_ = 1;
    double inv_eta_c_ = 1;
    double inv_eta_d_ = 1;
    double ln_retention_per_h_ = 0;
    double retention_per_h_ = 1;
    PcsCurve charge_curve_;            // AC in -> DC out, rated input power_kw
    PcsCurve discharge_curve_;         // DC in -> AC out, rated input power_kw / eta_nom
    double discharge_dc_rated_kw_ = 0; // DC input at rated AC output
    double charge_dc_rated_kw_ = 0;    // DC output at rated AC input

    // Cached for the last dt seen by step() so that a fixed-step run pays no exp() or division
    // per step (NaN: nothing cached yet, equal to no dt).
    double cached_dt_h_ = std::numeric_limits<double>::quiet_NaN();
    double cached_inv_dt_h_ = 0;
    double cached_retention_ = 1;
    double cached_discharge_kwh_per_kw_ = 0; // energy out per kW of PCS DC input: dt / eta_d
    double cached_charge_kwh_per_kw_ = 0;    // energy in per kW of PCS DC output: eta_c dt

    double charged_ac_kwh_ = 0;
    double discharged_ac_kwh_ = 0;
    double losses_kwh_ = 0;
    double self_discharge_kwh_ = 0;
};

// The hot path, inline: the engine calls these once per step.

// As OpenEMS: the allowed power falls linearly to 0 across the band at each window end; then the
// energy left in the window for this step, seen from the AC side, bounds it.
inline double Battery::dischargeLimitKw(double inv_dt_h) const {
    const double f = std::clamp((energy_kwh_ - e_min_kwh_) * inv_band_kwh_, 0.0, 1.0);
    const double dc_max = std::max(0.0, energy_kwh_ - e_min_kwh_) * eta_d_ * inv_dt_h;
    if (dc_max >= discharge_dc_rated_kw_) return base_limit_kw_ * f; // energy cannot bind
    return std::min(base_limit_kw_ * f,
                    discharge_curve_.output(std::min(dc_max, discharge_dc_rated_kw_)));
}

inline double Battery::chargeLimitKw(double inv_dt_h) const {
    const double f = std::clamp((e_max_kwh_ - energy_kwh_) * inv_band_kwh_, 0.0, 1.0);
    const double chg = base_limit_kw_ * f;
    const double dc_max = std::max(0.0, e_max_kwh_ - energy_kwh_) * inv_eta_c_ * inv_dt_h;
    if (dc_max >= charge_dc_rated_kw_) return chg; // energy cannot bind
    return charge_curve_.output(chg) > dc_max ? charge_curve_.input(dc_max) : chg;
}

inline Battery::PowerLimits Battery::limitsFor(double inv_dt_h) const {
    const double dis = dischargeLimitKw(inv_dt_h);
    const double chg = chargeLimitKw(inv_dt_h);
    return {dis, chg, dis < base_limit_kw_ ? Reason::SocLimit : Reason::PowerLimit,
            chg < base_limit_kw_ ? Reason::SocLimit : Reason::PowerLimit};
}

inline double Battery::clampToLimits(double ac_kw, double dt_h, Reason& reason) const {
    if (dt_h != cached_dt_h_) { // first step, or a new step length
        const PowerLimits l = limits(dt_h);
        if (ac_kw > l.max_discharge_kw) {
            reason = l.discharge_limit;
            return l.max_discharge_kw;
        }
        if (-ac_kw > l.max_charge_kw) {
            reason = l.charge_limit;
            return -l.max_charge_kw;
        }
        return ac_kw;
    }
    if (ac_kw > 0) {
        const double dis = dischargeLimitKw(cached_inv_dt_h_);
        if (ac_kw > dis) {
            reason = dis < base_limit_kw_ ? Reason::SocLimit : Reason::PowerLimit;
            return dis;
        }
    } else if (ac_kw < 0) {
        const double chg = chargeLimitKw(cached_inv_dt_h_);
        if (-ac_kw > chg) {
            reason = chg < base_limit_kw_ ? Reason::SocLimit : Reason::PowerLimit;
            return -chg;
        }
    }
    return ac_kw;
}

inline Battery::StepResult Battery::stepWithinLimits(double ac, double dt_h) {
    if (dt_h != cached_dt_h_) {
        if (!(dt_h > 0)) return {0.0, 0.0, 0.0};
        cacheStep(dt_h);
    }
    const double e0 = energy_kwh_;
    double e = e0;
    if (ac > 0) {
        // physics.md 3.1 discharge: E -= P / (eta_pcs eta_d) dt, with P / eta_pcs the DC input.
        e -= discharge_curve_.input(ac) * cached_discharge_kwh_per_kw_;
        if (e < e_min_kwh_ && e0 >= e_min_kwh_) e = e_min_kwh_; // rounding at the energy limit
    } else if (ac < 0) {
        // physics.md 3.1 charge: E += -P eta_pcs eta_c dt, with -P eta_pcs the DC output.
        e += charge_curve_.output(-ac) * cached_charge_kwh_per_kw_;
        if (e > e_max_kwh_ && e0 <= e_max_kwh_) e = e_max_kwh_;
    }
    // physics.md 3.1 idle loss E *= (1 - sigma)^dt; it stops at soc_min, the model's empty point.
    const double e_rest = std::max(e * cached_retention_, std::min(e, e_min_kwh_));
    energy_kwh_ = e_rest;
    return {ac, cfg_.aux_fixed_kw + cfg_.aux_per_throughput * std::abs(ac), e - e_rest};
}

} // namespace gridtwin
