#pragma once
// Optional capacity fade (reference/physics.md 3.2): the NREL SAM / ssc Li-ion calendar model and
// the NREL BLAST-Lite LFP/Gr 250 Ah prismatic model (calendar + throughput terms). Pure functions
// plus small accumulators that take stressors chunk by chunk (a day, or about one EFC).

namespace gridtwin {

/// SAM calendar model (ssc lifetime_calendar::runLithiumIonModel), T in K, SoC as a fraction.
struct SamCalendarParams {
    double a = 2.66e-3;   // 1/sqrt(day)
    double b = -7280.0;   // K
    double c = 930.0;     // K
    double q0 = 1.02;
};

class SamCalendarFade {
public:
    explicit SamCalendarFade(const SamCalendarParams& p = {}) : p_(p) {}
    /// k_cal = a exp(b (1/T - 1/296)) exp(c (SoC/T - 1/296)).
    double rate(double temperature_k, double soc) const;
    /// Advances dt_day days at constant conditions.
    void advance(double dt_day, double temperature_k, double soc);
    /// q = (q0 - dq) * 100; starts above 100 % (q0 = 1.02) as in SAM.
    double capacityPct() const { return (p_.q0 - dq_) * 100.0; }

private:
    SamCalendarParams p_;
    double dq_ = 0.0;
};

/// BLAST-Lite lfp_gr_250AhPrismatic_2019 (NREL/BLAST-Lite, doi:10.1016/j.est.2023.109042).
struct BlastLfpParams {
    double p1 = 8.37e4, p2 = -5.21e3, p3 = -3.56e3, pcal = 0.526;
    double p4 = 4.38e-8, p5 = 1.55e-8, p6 = 1.68e-7, p7 = 2.19e3, p8 = 1.55e5, pcyc = 0.828;
};

/// Graphite anode potential Ua(SoC) in V (Safari & Delacourt, as BLAST-Lite).
double blastAnodePotentialV(double soc);

/// BLAST update_power_state: the increment of y = k x^p from y0 over dx with the current k.
double powerStateIncrement(double y0, double k, double p, double dx);

class BlastLfpFade {
public:
    explicit BlastLfpFade(const BlastLfpParams& p = {}) : p_(p) {}
    /// kcal = |p1| exp(p2/T) exp(p3 Ua(SoC)/T).
    double calendarRate(double temperature_k, double soc) const;
    /// kcyc = (p4 + p5 DoD + p6 Crate) (exp(p7/T) + exp(-p8/T)).
    double cycleRate(double temperature_k, double dod, double c_rate_per_h) const;
    /// One chunk: its length in days, equivalent full cycles, and the chunk's stressors.
    void advance(double dt_day, double efc, double temperature_k, double mean_soc, double dod,
                 double c_rate_per_h);
    double calendarLoss() const { return q_loss_t_; }
    double cycleLoss() const { return q_loss_efc_; }
    /// q = 1 - q_loss_t - q_loss_EFC.
    double capacityFraction() const { return 1.0 - q_loss_t_ - q_loss_efc_; }

private:
    BlastLfpParams p_;
    double q_loss_t_ = 0.0;
    double q_loss_efc_ = 0.0;
};

} // namespace gridtwin
