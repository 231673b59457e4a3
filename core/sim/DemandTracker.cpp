#include "sim/DemandTracker.h"

#include "model/InputError.h"
#include "model/LocalTime.h"

#include <algorithm>
#include <stdexcept>

namespace gridtwin {

namespace {
std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
} // namespace

DemandTracker::DemandTracker(const TariffConfig& tariff, const std::string& time_zone,
                             std::int64_t start_ms, std::int64_t end_ms)
    : tariff_(tariff),
      interval_ms_(static_cast<std::int64_t>(tariff.billing_interval_s) * kMsPerSecond),
      end_ms_(end_ms) {
    if (tariff.billing_interval_s <= 0 || 86400 % tariff.billing_interval_s != 0)
        throw InputError("", "grid.tariff.billing_interval_s",
                         "a billing interval in s that divides a day (900 or 3600)",
                         std::to_string(tariff.billing_interval_s));
    if (end_ms <= start_ms)
        throw InputError("", "billing period", "an end after the start",
                         formatIsoUtc(start_ms) + " .. " + formatIsoUtc(end_ms));
    const LocalTime zone(time_zone);
    const bool annual = tariff.demand_period == DemandPeriod::Annual;
    CivilTime c = zone.toLocal(start_ms);
    c = CivilTime{c.year, annual ? 1 : c.month, 1, 0, 0, 0, 0};
    // Boundaries from the period containing start_ms to the first one at or after end_ms.
    for (;;) {
        const std::int64_t b = zone.toUtc(c);
        boundaries_.push_back(b);
        local_starts_.push_back(zone.formatIsoLocal(b));
        local_years_.push_back(c.year);
        if (b >= end_ms) break;
        if (annual || c.month == 12) {
            ++c.year;
            c.month = 1;
        } else {
            ++c.month;
        }
    }
    openIntervalAt(start_ms);
    cursor_ms_ = start_ms;
    period_peak_time_ms_ = boundaries_[0];
}

void DemandTracker::openIntervalAt(std::int64_t t_ms) {
    interval_start_ms_ = floorDiv(t_ms, interval_ms_) * interval_ms_;
    interval_end_ms_ = interval_start_ms_ + interval_ms_;
    covered_ms_ = 0;
    energy_kw_ms_ = 0.0;
}

void DemandTracker::addSlow(std::int64_t t_ms, std::int64_t dt_ms, double grid_import_kw) {
    if (finished_) throw std::logic_error("DemandTracker::add after finish()");
    if (dt_ms <= 0) throw std::invalid_argument("DemandTracker::add: step length must be > 0");
    if (t_ms < cursor_ms_)
        throw std::invalid_argument("DemandTracker::add: step at " + formatIsoUtc(t_ms) +
                                    " overlaps the previous one ending " +
                                    formatIsoUtc(cursor_ms_));
    if (t_ms + dt_ms > end_ms_)
        throw std::invalid_argument("DemandTracker::add: step ends after the tracked period");
    const double kw = grid_import_kw > 0.0 ? grid_import_kw : 0.0;
    // A gap: close the intervals the gap leaves behind, then open the one containing t_ms.
    if (t_ms >= interval_end_ms_) {
        if (covered_ms_ > 0) closeInterval();
        if (t_ms >= interval_end_ms_) {
            while (period_ + 1 < boundaries_.size() && t_ms >= boundaries_[period_ + 1])
                closePeriod();
            openIntervalAt(t_ms);
        }
    }
    std::int64_t t = t_ms;
    const std::int64_t t_end = t_ms + dt_ms;
    while (t < t_end) {
        const std::int64_t piece_end = std::min(t_end, interval_end_ms_);
        energy_kw_ms_ += kw * static_cast<double>(piece_end - t);
        covered_ms_ += piece_end - t;
        cursor_ms_ = piece_end;
        t = piece_end;
        if (cursor_ms_ == interval_end_ms_) closeInterval();
    }
}

void DemandTracker::closeInterval() {
    if (covered_ms_ > 0) {
        const double mean = energy_kw_ms_ / static_cast<double>(covered_ms_);
        if (mean > period_peak_kw_) {
            period_peak_kw_ = mean;
            period_peak_time_ms_ = interval_start_ms_;
        }
    }
    const std::int64_t next = interval_end_ms_;
    // An interval belongs to the period holding its start; move on when the next one does not.
    while (period_ + 1 < boundaries_.size() && next >= boundaries_[period_ + 1] && next < end_ms_)
        closePeriod();
    openIntervalAt(next);
}

void DemandTracker::closePeriod() {
    BillingPeriodResult r;
    r.start_ms = boundaries_[period_];
    r.end_ms = boundaries_[period_ + 1];
    r.local_start = local_starts_[period_];
    r.peak_kw = period_peak_kw_;
    r.peak_time_ms = period_peak_time_ms_;
    // Ratchet: billed peak >= fraction x highest earlier peak of the same local year.
    double earlier = 0.0;
    for (std::size_t i = 0; i < results_.size(); ++i)
        if (local_years_[i] == local_years_[period_])
            earlier = std::max(earlier, results_[i].peak_kw);
    r.billed_kw = std::max(r.peak_kw, tariff_.ratchet_fraction * earlier);
    r.demand_charge_eur = r.billed_kw * tariff_.demand_charge_eur_per_kw;
    results_.push_back(r);
    ++period_;
    period_peak_kw_ = 0.0;
    period_peak_time_ms_ = period_ < boundaries_.size() ? boundaries_[period_] : 0;
}

double DemandTracker::intervalProjectedMeanKw(double import_kw_rest) const {
    const std::int64_t rest_ms = interval_end_ms_ - std::max(cursor_ms_, interval_start_ms_);
    const double rest_kw = import_kw_rest > 0.0 ? import_kw_rest : 0.0;
    const std::int64_t total = covered_ms_ + rest_ms;
    if (total <= 0) return 0.0;
    return (energy_kw_ms_ + rest_kw * static_cast<double>(rest_ms)) / static_cast<double>(total);
}

std::vector<BillingPeriodResult> DemandTracker::finish() {
    if (finished_) return results_;
    if (covered_ms_ > 0) {
        const double mean = energy_kw_ms_ / static_cast<double>(covered_ms_);
        if (mean > period_peak_kw_) {
            period_peak_kw_ = mean;
            period_peak_time_ms_ = interval_start_ms_;
        }
        covered_ms_ = 0;
        energy_kw_ms_ = 0.0;
    }
    while (period_ + 1 < boundaries_.size())
        closePeriod();
    finished_ = true;
    interval_end_ms_ = cursor_ms_; // any later add() takes the checked path and throws
    return results_;
}

double DemandTracker::totalDemandChargeEur() const {
    double sum = 0.0;
    for (const auto& r : results_)
        sum += r.demand_charge_eur;
    return sum;
}

} // namespace gridtwin
