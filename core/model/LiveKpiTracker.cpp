#include "model/LiveKpiTracker.h"

#include "model/LocalTime.h"
#include "sim/DemandTracker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gridtwin {

namespace {

constexpr double kMsPerHourD = 3'600'000.0;
// The demand tracker is built for this span from the first sample and rebuilt after it.
constexpr std::int64_t kDemandSpanMs = 400 * kMsPerDay;

double nan() { return std::numeric_limits<double>::quiet_NaN(); }

} // namespace

double timeToEmptyH(const BessConfig& bess, double soc_pct, double bess_kw) {
    if (!(bess_kw > 0)) return nan();
    // Reservoir discharge efficiency eta_d = sqrt(RTE) (the BESS model's symmetric split).
    const double usable_kwh =
        std::max(0.0, soc_pct - bess.soc_min_pct) / 100.0 * bess.capacity_kwh;
    return usable_kwh * std::sqrt(bess.round_trip_efficiency) / bess_kw;
}

double timeToFullH(const BessConfig& bess, double soc_pct, double bess_kw) {
    if (!(bess_kw < 0)) return nan();
    const double room_kwh = std::max(0.0, bess.soc_max_pct - soc_pct) / 100.0 * bess.capacity_kwh;
    return room_kwh / (std::sqrt(bess.round_trip_efficiency) * -bess_kw);
}

LiveKpiTracker::LiveKpiTracker(const SiteConfig& site)
    : site_(site), local_(std::make_unique<LocalTime>(site.location.time_zone)) {
    snap_.peak_threshold_kw = site_.controller.peak_threshold_kw;
    snap_.soc_pct = site_.bess.soc_initial_pct;
}

LiveKpiTracker::~LiveKpiTracker() = default;

void LiveKpiTracker::rollDay(std::int64_t t_ms) {
    snap_.import_today_kwh = 0;
    snap_.export_today_kwh = 0;
    snap_.pv_today_kwh = 0;
    snap_.cost_today_eur = 0;
    snap_.emissions_today_kg = 0;
    // Next local midnight: the local date plus one day, mapped back to UTC (DST-safe).
    const CivilTime local = local_->toLocal(t_ms);
    const CivilTime next_date =
        civilFromMs(msFromCivil(CivilTime{local.year, local.month, local.day, 0, 0, 0, 0}) +
                    kMsPerDay);
    day_end_ms_ = local_->toUtc(next_date);
}

void LiveKpiTracker::add(const StepRecord& r, std::int64_t dt_ms) {
    if (dt_ms <= 0) return;
    if (have_sample_ && r.time_ms < snap_.time_ms) return;  // out of order
    if (!have_sample_ || r.time_ms >= day_end_ms_) rollDay(r.time_ms);

    if (!demand_ || r.time_ms + dt_ms > demand_end_ms_) {
        demand_end_ms_ = r.time_ms + kDemandSpanMs;
        demand_ = std::make_unique<DemandTracker>(site_.grid.tariff, site_.location.time_zone,
                                                  r.time_ms, demand_end_ms_);
    }
    const double import_kw = std::max(0.0, r.grid_kw);
    const double export_kw = std::max(0.0, -r.grid_kw);
    try {
        demand_->add(r.time_ms, dt_ms, import_kw);
    } catch (const std::invalid_argument&) {
        return;  // overlaps the previous step: a duplicate sample, counted once
    }
    have_sample_ = true;

    const double dt_h = static_cast<double>(dt_ms) / kMsPerHourD;
    const double import_kwh = import_kw * dt_h;
    const double export_kwh = export_kw * dt_h;
    snap_.import_today_kwh += import_kwh;
    snap_.export_today_kwh += export_kwh;
    snap_.pv_today_kwh += std::max(0.0, r.pv_kw) * dt_h;
    snap_.cost_today_eur += (import_kwh * r.price_eur_per_mwh -
                             export_kwh * site_.grid.tariff.export_price_eur_per_mwh) /
                            1000.0;
    // GHG Protocol Scope 2 location-based: purchased kWh x grid average intensity.
    snap_.emissions_today_kg += import_kwh * r.carbon_g_per_kwh / 1000.0;

    snap_.time_ms = r.time_ms;
    snap_.grid_import_kw = r.grid_kw;
    snap_.soc_pct = r.soc_pct;
    snap_.time_to_empty_h = timeToEmptyH(site_.bess, r.soc_pct, r.bess_kw);
    snap_.time_to_full_h = timeToFullH(site_.bess, r.soc_pct, r.bess_kw);
    snap_.carbon_now_g_per_kwh = r.carbon_g_per_kwh;
    snap_.interval_mean_so_far_kw = demand_->intervalMeanSoFarKw();
    snap_.month_peak_kw = demand_->periodPeakKw();
}

LiveKpiSnapshot LiveKpiTracker::snapshot() const { return snap_; }

} // namespace gridtwin
