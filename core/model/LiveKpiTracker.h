#pragma once
// KPI tiles of the live console, accumulated from the stream of samples. "Today" is the site's
// local calendar day (site.location.time_zone); the billing-interval mean and the month peak come
// from DemandTracker (the same rules the bill uses).

#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <cstdint>
#include <limits>
#include <memory>

namespace gridtwin {

struct LiveKpiSnapshot {
    std::int64_t time_ms = 0;
    double grid_import_kw = 0;          // now, > 0 import (negative = export)
    double peak_threshold_kw = 0;
    double month_peak_kw = 0;           // billing-period peak of interval means so far
    double interval_mean_so_far_kw = 0;
    double soc_pct = 0;
    double time_to_empty_h = std::numeric_limits<double>::quiet_NaN();       // NaN when not discharging
    double time_to_full_h = std::numeric_limits<double>::quiet_NaN();        // NaN when not charging
    double import_today_kwh = 0;
    double export_today_kwh = 0;
    double pv_today_kwh = 0;
    double cost_today_eur = 0;          // energy only: import x price - export x export price
    double carbon_now_g_per_kwh = 0;
    double emissions_today_kg = 0;      // location-based Scope 2: import x grid intensity
};

/// Hours until the BESS reaches its SoC window end at AC power bess_kw (> 0 discharge):
/// stored energy to soc_min (or soc_max) times the reservoir efficiency sqrt(RTE) (discharge) or
/// divided by it (charge); PCS losses neglected. NaN when idle or in the other direction.
double timeToEmptyH(const BessConfig& bess, double soc_pct, double bess_kw);
double timeToFullH(const BessConfig& bess, double soc_pct, double bess_kw);

class DemandTracker;
class LocalTime;

class LiveKpiTracker {
public:
    explicit LiveKpiTracker(const SiteConfig& site);
    ~LiveKpiTracker();
    LiveKpiTracker(const LiveKpiTracker&) = delete;
    LiveKpiTracker& operator=(const LiveKpiTracker&) = delete;

    /// Throws InputError for an unknown site.location.time_zone.
    /// Adds one sample that holds for dt_ms from r.time_ms. Samples must come in time order; one
    /// that starts before the end of the previous one is ignored. A step belongs to the local day
    /// in which it starts. The demand bookkeeping restarts after about a year of samples.
    void add(const StepRecord& r, std::int64_t dt_ms);
    LiveKpiSnapshot snapshot() const;

private:
    void rollDay(std::int64_t t_ms);

    SiteConfig site_;
    std::unique_ptr<LocalTime> local_;
    std::unique_ptr<DemandTracker> demand_;
    std::int64_t demand_end_ms_ = 0;
    LiveKpiSnapshot snap_;
    std::int64_t day_end_ms_ = 0;   // UTC ms of the next local midnight
    bool have_sample_ = false;
};

} // namespace gridtwin
