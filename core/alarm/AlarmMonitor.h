#pragma once
// Operator alarms and events raised by core rules (never by widgets), kept in memory with a
// bounded history. Each rule raises on one level and clears on another (hysteresis), so an alarm
// does not chatter when a value hovers around its limit:
//  - ThresholdBreach, Critical: the billing-interval mean so far exceeds
//    controller.peak_threshold_kw (what the demand charge bills); clears below threshold - band.
//  - ThresholdBreach, Warning: the instantaneous grid import exceeds the threshold; clears below
//    threshold - band. band = max(2 % of threshold, 10 kW). The message says which one.
//  - SocBelowReserve, Warning: soc_pct < controller.soc_reserve_pct; clears at reserve + 2 points.
//  - ExportLimitHit, Warning: grid_kw <= -(export_limit_kw - tol) with tol = max(0.5 % of the
//    limit, 1 kW), or pv_curtailed_kw > 0.01 kW; clears when export < limit - 5 % and no
//    curtailment.
//  - DataStale, Warning: no sample for longer than staleAfterMs() (default 3 steps) or a sample
//    of Quality::Stale; clears on the next fresh sample.
//  - SourceFault, Critical: reported by the source; cleared by sourceRecovered().

#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <boost/signals2/signal.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gridtwin {

enum class AlarmKind { ThresholdBreach, SocBelowReserve, ExportLimitHit, DataStale, SourceFault };
enum class Severity { Info, Warning, Critical };

const char* alarmKindCode(AlarmKind k);   // "threshold_breach", ...
const char* severityCode(Severity s);     // "info", "warning", "critical"

struct Alarm {
    std::uint64_t id = 0;
    AlarmKind kind = AlarmKind::ThresholdBreach;
    Severity severity = Severity::Warning;
    std::int64_t raised_ms = 0;
    std::int64_t cleared_ms = 0;   // 0 = active
    bool acknowledged = false;
    std::string message;           // English, with values and units; the UI translates by kind
    double value = 0;              // the value that raised it (kW, %, s)
    double limit = 0;              // the limit it crossed
    bool active() const { return cleared_ms == 0; }
};

class AlarmMonitor {
public:
    explicit AlarmMonitor(const SiteConfig& site);

    static constexpr std::size_t kDefaultHistory = 1000;
    static constexpr int kStaleSteps = 3;

    /// Applies every sample rule to one record (time = r.time_ms).
    void evaluate(const StepRecord& r);
    /// Raises DataStale when now_ms - last_sample_ms > staleAfterMs(); clears it otherwise.
    void checkStale(std::int64_t now_ms, std::int64_t last_sample_ms);
    void sourceFault(std::int64_t t_ms, const std::string& what);
    void sourceRecovered(std::int64_t t_ms);
    /// Marks an alarm acknowledged; false when the id is unknown or already acknowledged.
    bool acknowledge(std::uint64_t id);

    /// Puts back an alarm of an earlier session (from the historian) with a new id, which it
    /// returns; no signal. An active one takes its rule's place, so the rule clears it as usual.
    /// Call before the first sample, oldest first.
    std::uint64_t restore(Alarm alarm);

    /// Newest last; bounded (the oldest cleared alarms are forgotten first).
    const std::vector<Alarm>& alarms() const { return alarms_; }
    std::size_t activeCount() const;
    std::size_t unacknowledgedActiveCount() const;

    void setStaleAfterMs(std::int64_t ms) {
        stale_after_ms_ = ms;
        stale_after_set_ = true;
    }
    std::int64_t staleAfterMs() const { return stale_after_ms_; }
    void setHistoryLimit(std::size_t n) { history_limit_ = n; }

    boost::signals2::signal<void(const Alarm&)> raised;
    boost::signals2::signal<void(const Alarm&)> cleared;

private:
    enum Slot { InstantPeak, IntervalPeak, Soc, Export, Stale, Fault, SlotCount };
    void raise(Slot slot, AlarmKind kind, Severity sev, std::int64_t t_ms, double value,
               double limit, std::string message);
    void clear(Slot slot, std::int64_t t_ms);
    bool isActive(Slot slot) const { return active_id_[slot] != 0; }
    void evaluatePeak(const StepRecord& r);
    void evaluateExport(const StepRecord& r);
    Alarm* find(std::uint64_t id);
    void trimHistory();

    double peak_threshold_kw_;
    double soc_reserve_pct_;
    double export_limit_kw_;
    std::int64_t billing_interval_ms_;
    std::int64_t stale_after_ms_ = 3000;
    std::size_t history_limit_ = kDefaultHistory;

    bool stale_after_set_ = false;   // false: 3 x the observed sample spacing

    // Billing-interval mean so far: mean of the equally spaced samples since the interval start
    // (intervals aligned to UTC multiples of the interval length).
    std::int64_t interval_index_ = 0;
    double interval_sum_kw_ = 0;
    std::int64_t interval_samples_ = 0;
    bool have_sample_ = false;
    std::int64_t last_time_ms_ = 0;

    std::vector<Alarm> alarms_;
    std::uint64_t next_id_ = 1;
    std::uint64_t active_id_[SlotCount] = {};
};

} // namespace gridtwin
