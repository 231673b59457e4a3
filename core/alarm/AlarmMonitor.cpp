#include "alarm/AlarmMonitor.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gridtwin {

namespace {

constexpr double kPeakBandFraction = 0.02;
constexpr double kPeakBandMinKw = 10.0;
constexpr double kSocBandPct = 2.0;
constexpr double kExportTolFraction = 0.005;
constexpr double kExportTolMinKw = 1.0;
constexpr double kExportBandFraction = 0.05;
constexpr double kCurtailedEpsKw = 0.01;

// A number with a fixed count of decimals, for messages ("11600", "19.9").
std::string num(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

} // namespace

const char* alarmKindCode(AlarmKind k) {
    switch (k) {
    case AlarmKind::ThresholdBreach: return "threshold_breach";
    case AlarmKind::SocBelowReserve: return "soc_below_reserve";
    case AlarmKind::ExportLimitHit: return "export_limit_hit";
    case AlarmKind::DataStale: return "data_stale";
    case AlarmKind::SourceFault: return "source_fault";
    }
    return "unknown";
}

const char* severityCode(Severity s) {
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Critical: return "critical";
    }
    return "unknown";
}

AlarmMonitor::AlarmMonitor(const SiteConfig& site)
    : peak_threshold_kw_(site.controller.peak_threshold_kw),
      soc_reserve_pct_(site.controller.soc_reserve_pct),
      export_limit_kw_(site.grid.export_limit_kw),
      billing_interval_ms_(std::max<std::int64_t>(1, site.grid.tariff.billing_interval_s) *
                           1000) {}

void AlarmMonitor::evaluate(const StepRecord& r) {
    if (have_sample_ && r.time_ms > last_time_ms_ && !stale_after_set_)
        stale_after_ms_ = kStaleSteps * (r.time_ms - last_time_ms_);
    have_sample_ = true;
    last_time_ms_ = r.time_ms;

    evaluatePeak(r);

    if (!isActive(Soc) && r.soc_pct < soc_reserve_pct_) {
        raise(Soc, AlarmKind::SocBelowReserve, Severity::Warning, r.time_ms, r.soc_pct,
              soc_reserve_pct_,
              "Battery SoC " + num(r.soc_pct, 1) + " % below the reserve " +
                  num(soc_reserve_pct_, 1) + " %");
    } else if (isActive(Soc) && r.soc_pct >= soc_reserve_pct_ + kSocBandPct) {
        clear(Soc, r.time_ms);
    }

    evaluateExport(r);

    if (r.quality == Quality::Stale) {
        if (!isActive(Stale))
            raise(Stale, AlarmKind::DataStale, Severity::Warning, r.time_ms, 0, 0,
                  "Sample flagged stale by the source");
    } else if (isActive(Stale)) {
        clear(Stale, r.time_ms);
    }
}

void AlarmMonitor::evaluatePeak(const StepRecord& r) {
    const double import_kw = std::max(0.0, r.grid_kw);
    const std::int64_t index = r.time_ms >= 0 ? r.time_ms / billing_interval_ms_
                                              : (r.time_ms + 1) / billing_interval_ms_ - 1;
    if (interval_samples_ == 0 || index != interval_index_) {
        interval_index_ = index;
        interval_sum_kw_ = 0;
        interval_samples_ = 0;
    }
    interval_sum_kw_ += import_kw;
    ++interval_samples_;
    const double mean_kw = interval_sum_kw_ / static_cast<double>(interval_samples_);
    const double clear_kw =
        peak_threshold_kw_ - std::max(kPeakBandFraction * peak_threshold_kw_, kPeakBandMinKw);

    struct PeakRule {
        Slot slot;
        Severity severity;
        double kw;
        const char* what;
        const char* which;
    };
    const PeakRule rules[] = {
        {InstantPeak, Severity::Warning, import_kw, "Grid import now ", " (instantaneous)"},
        {IntervalPeak, Severity::Critical, mean_kw, "Billing-interval mean so far ", ""}};
    for (const PeakRule& rule : rules) {
        if (!isActive(rule.slot) && rule.kw > peak_threshold_kw_) {
            raise(rule.slot, AlarmKind::ThresholdBreach, rule.severity, r.time_ms, rule.kw,
                  peak_threshold_kw_,
                  rule.what + num(rule.kw, 0) + " kW above the peak threshold " +
                      num(peak_threshold_kw_, 0) + " kW" + rule.which);
        } else if (isActive(rule.slot) && rule.kw < clear_kw) {
            clear(rule.slot, r.time_ms);
        }
    }
}

void AlarmMonitor::evaluateExport(const StepRecord& r) {
    const double export_kw = std::max(0.0, -r.grid_kw);
    const double tol = std::max(kExportTolFraction * export_limit_kw_, kExportTolMinKw);
    const double raise_kw = std::max(export_limit_kw_ - tol, tol);
    const double clear_kw =
        std::max(export_limit_kw_ - std::max(kExportBandFraction * export_limit_kw_, 2 * tol), 0.0);
    const bool curtailed = r.pv_curtailed_kw > kCurtailedEpsKw;
    if (!isActive(Export) && (export_kw >= raise_kw || curtailed)) {
        raise(Export, AlarmKind::ExportLimitHit, Severity::Warning, r.time_ms, export_kw,
              export_limit_kw_,
              curtailed ? "PV curtailed by " + num(r.pv_curtailed_kw, 0) + " kW at the export limit " +
                        num(export_limit_kw_, 0) + " kW"
                        : "Grid export " + num(export_kw, 0) + " kW at the export limit " +
                        num(export_limit_kw_, 0) + " kW");
    } else if (isActive(Export) && export_kw <= clear_kw && !curtailed) {
        clear(Export, r.time_ms);
    }
}

void AlarmMonitor::checkStale(std::int64_t now_ms, std::int64_t last_sample_ms) {
    const std::int64_t age_ms = now_ms - last_sample_ms;
    if (age_ms > stale_after_ms_) {
        if (!isActive(Stale))
            raise(Stale, AlarmKind::DataStale, Severity::Warning, now_ms,
                  static_cast<double>(age_ms) / 1000.0, static_cast<double>(stale_after_ms_) / 1000.0,
                  "No data for " + num(static_cast<double>(age_ms) / 1000.0, 1) + " s (limit " +
                      num(static_cast<double>(stale_after_ms_) / 1000.0, 1) + " s)");
    } else if (isActive(Stale)) {
        clear(Stale, now_ms);
    }
}

void AlarmMonitor::sourceFault(std::int64_t t_ms, const std::string& what) {
    if (isActive(Fault)) return;
    raise(Fault, AlarmKind::SourceFault, Severity::Critical, t_ms, 0, 0,
          "Data source fault: " + what);
}

void AlarmMonitor::sourceRecovered(std::int64_t t_ms) {
    if (isActive(Fault)) clear(Fault, t_ms);
}

bool AlarmMonitor::acknowledge(std::uint64_t id) {
    Alarm* a = find(id);
    if (!a || a->acknowledged) return false;
    a->acknowledged = true;
    return true;
}

std::uint64_t AlarmMonitor::restore(Alarm alarm) {
    alarm.id = next_id_++;
    if (alarm.active()) {
        Slot slot = SlotCount;
        switch (alarm.kind) {
        case AlarmKind::ThresholdBreach:
            slot = alarm.severity == Severity::Critical ? IntervalPeak : InstantPeak;
            break;
        case AlarmKind::SocBelowReserve: slot = Soc; break;
        case AlarmKind::ExportLimitHit: slot = Export; break;
        case AlarmKind::DataStale: slot = Stale; break;
        case AlarmKind::SourceFault: slot = Fault; break;
        }
        if (slot != SlotCount && !isActive(slot)) active_id_[slot] = alarm.id;
    }
    alarms_.push_back(std::move(alarm));
    const std::uint64_t id = alarms_.back().id;
    trimHistory();
    return id;
}

std::size_t AlarmMonitor::activeCount() const {
    return static_cast<std::size_t>(
        std::count_if(alarms_.begin(), alarms_.end(), [](const Alarm& a) { return a.active(); }));
}

std::size_t AlarmMonitor::unacknowledgedActiveCount() const {
    return static_cast<std::size_t>(std::count_if(
        alarms_.begin(), alarms_.end(), [](const Alarm& a) { return a.active() && !a.acknowledged; }));
}

void AlarmMonitor::raise(Slot slot, AlarmKind kind, Severity sev, std::int64_t t_ms, double value,
                         double limit, std::string message) {
    Alarm a;
    a.id = next_id_++;
    a.kind = kind;
    a.severity = sev;
    a.raised_ms = t_ms;
    a.message = std::move(message);
    a.value = value;
    a.limit = limit;
    alarms_.push_back(a);
    active_id_[slot] = a.id;
    trimHistory();
    raised(a);  // a copy: a slot may add alarms and reallocate the history
}

void AlarmMonitor::clear(Slot slot, std::int64_t t_ms) {
    const std::uint64_t id = active_id_[slot];
    active_id_[slot] = 0;
    Alarm* a = find(id);
    if (!a) return;  // already pushed out of the history
    a->cleared_ms = t_ms != 0 ? t_ms : 1;  // 0 means active
    const Alarm copy = *a;
    cleared(copy);
}

Alarm* AlarmMonitor::find(std::uint64_t id) {
    // Ids grow with position, so the history is sorted by id.
    const auto it = std::lower_bound(alarms_.begin(), alarms_.end(), id,
                                     [](const Alarm& a, std::uint64_t v) { return a.id < v; });
    return it != alarms_.end() && it->id == id ? &*it : nullptr;
}

void AlarmMonitor::trimHistory() {
    while (alarms_.size() > std::max<std::size_t>(1, history_limit_)) {
        auto victim = std::find_if(alarms_.begin(), alarms_.end(),
                                   [](const Alarm& a) { return !a.active(); });
        if (victim == alarms_.end()) victim = alarms_.begin();
        for (auto& slot_id : active_id_)
            if (slot_id == victim->id) slot_id = 0;
        alarms_.erase(victim);
    }
}

} // namespace gridtwin
