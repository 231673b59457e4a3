#pragma once
// Demand charge bookkeeping: billing-interval means of grid import and their peak per billing
// period (physics.md 5.1-5.2: highest 15-min or 1-h mean, per month or per year, with ratchet).
// Billing intervals are UTC multiples of billing_interval_s; billing periods start at local
// midnight on the 1st of the month (or on Jan 1) in the site's time zone. All period boundaries
// are computed once in the constructor, so add() is a few integer compares per step.

#include "model/IntervalSoFar.h"
#include "model/SiteConfig.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace gridtwin {

struct BillingPeriodResult {
    std::int64_t start_ms = 0;     // UTC instant of the local period start
    std::int64_t end_ms = 0;       // exclusive
    std::string local_start;       // "2024-03-01T00:00:00+01:00"
    double peak_kw = 0.0;          // highest billing-interval mean in the period
    std::int64_t peak_time_ms = 0; // start of that interval (UTC); start_ms when no data
    double billed_kw = 0.0;        // max(peak, ratchet_fraction x highest earlier peak of the year)
    double demand_charge_eur = 0.0; // billed_kw x demand_charge_eur_per_kw (not prorated)
};

class DemandTracker {
public:
    /// Throws InputError for an unknown time zone, a billing interval that does not divide a day,
    /// or end_ms <= start_ms.
    DemandTracker(const TariffConfig& tariff, const std::string& time_zone, std::int64_t start_ms,
                  std::int64_t end_ms);

    /// One step [t_ms, t_ms + dt_ms) of grid power; steps arrive in order (gaps allowed, overlaps
    /// throw std::invalid_argument) and must end by end_ms. Exports count as 0 import. A step
    /// that crosses an interval boundary is split.
    void add(std::int64_t t_ms, std::int64_t dt_ms, double grid_import_kw) {
        if (t_ms >= cursor_ms_ && t_ms + dt_ms <= interval_end_ms_ && dt_ms > 0) {
            const double kw = grid_import_kw > 0.0 ? grid_import_kw : 0.0;
            energy_kw_ms_ += kw * static_cast<double>(dt_ms);
            covered_ms_ += dt_ms;
            cursor_ms_ = t_ms + dt_ms;
            if (cursor_ms_ == interval_end_ms_) closeInterval();
            return;
        }
        addSlow(t_ms, dt_ms, grid_import_kw);
    }

    /// A run of steps inside the open interval, added by the caller on a copy of the interval's
    /// accumulators (which a step loop keeps in registers) and handed back with endRun().
    /// runEndMs(t_ms): the latest end a step of a run from t_ms may have - the steps follow the
    /// last one directly and end before the interval does (the step that ends it goes through
    /// add()). The copy's remaining_ms counts from the last step's end, so it is what
    /// intervalSoFar() gives for the run's next step.
    std::int64_t runEndMs(std::int64_t t_ms) const {
        return t_ms == cursor_ms_ ? interval_end_ms_ - 1 : std::numeric_limits<std::int64_t>::min();
    }
    IntervalSoFar beginRun() const {
        return {interval_end_ms_ - cursor_ms_, covered_ms_, energy_kw_ms_};
    }
    /// One step of the run, as add() would take it.
    static void addToRun(IntervalSoFar& run, std::int64_t dt_ms, double grid_import_kw) {
        const double kw = grid_import_kw > 0.0 ? grid_import_kw : 0.0;
        run.energy_kw_ms += kw * static_cast<double>(dt_ms);
        run.covered_ms += dt_ms;
        run.remaining_ms -= dt_ms;
    }
    void endRun(const IntervalSoFar& run) {
        energy_kw_ms_ = run.energy_kw_ms;
        covered_ms_ = run.covered_ms;
        cursor_ms_ = interval_end_ms_ - run.remaining_ms;
    }
    /// Mean import of the current billing interval over its elapsed (covered) time; 0 at its start.
    double intervalMeanSoFarKw() const {
        return IntervalSoFar{0, covered_ms_, energy_kw_ms_}.meanKw();
    }
    /// The open interval as a controller deciding the step [t_ms, t_ms + dt_ms) sees it. No
    /// interval credit (all zero: shave to the threshold) for a step that ends after the
    /// interval: its power also counts in the next interval, where nothing is earned yet.
    IntervalSoFar intervalSoFar(std::int64_t t_ms, std::int64_t dt_ms) const {
        if (t_ms >= interval_start_ms_ && t_ms < interval_end_ms_ &&
            t_ms + dt_ms <= interval_end_ms_)
            return {interval_end_ms_ - t_ms, covered_ms_, energy_kw_ms_};
        return {};
    }
    /// Interval mean if the remainder of the interval (from the last step's end) imports
    /// import_kw_rest.
    double intervalProjectedMeanKw(double import_kw_rest) const;
    std::int64_t intervalEndMs() const { return interval_end_ms_; }
    /// Highest completed billing-interval mean in the current billing period (0 if none yet).
    double periodPeakKw() const { return period_peak_kw_; }

    /// Closes the open interval and the remaining periods; one result per billing period that
    /// overlaps [start_ms, end_ms). Call once.
    std::vector<BillingPeriodResult> finish();
    /// Sum of the demand charges of the periods closed so far (all of them after finish()).
    double totalDemandChargeEur() const;

private:
    void addSlow(std::int64_t t_ms, std::int64_t dt_ms, double grid_import_kw);
    void closeInterval();
    void closePeriod();
    void openIntervalAt(std::int64_t t_ms);

    TariffConfig tariff_;
    std::int64_t interval_ms_;
    std::int64_t end_ms_;
    std::vector<std::int64_t> boundaries_; // period starts, plus the end of the last period
    std::vector<std::string> local_starts_;
    std::vector<int> local_years_;
    std::size_t period_ = 0; // index of the current period
    std::int64_t interval_start_ms_ = 0;
    std::int64_t interval_end_ms_ = 0;
    std::int64_t cursor_ms_ = 0;
    std::int64_t covered_ms_ = 0;
    double energy_kw_ms_ = 0.0;
    double period_peak_kw_ = 0.0;
    std::int64_t period_peak_time_ms_ = 0;
    std::vector<BillingPeriodResult> results_;
    bool finished_ = false;
};

} // namespace gridtwin
