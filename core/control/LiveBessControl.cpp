#include "control/LiveBessControl.h"

#include "control/GridCaps.h"
#include "model/InputError.h"

#include <algorithm>
#include <cmath>

namespace gridtwin {

namespace {

// Month boundaries are precomputed per tracker; ten years of them is cheap, and a loop that
// outlives it starts a new tracker (losing only that moment's month-to-date peak).
constexpr std::int64_t kTrackerHorizonMs = 3'653LL * 86'400'000LL;

bool finite(const StepRecord& r) {
    return std::isfinite(r.grid_kw) && std::isfinite(r.bess_kw) && std::isfinite(r.soc_pct) &&
           std::isfinite(r.price_eur_per_mwh) && std::isfinite(r.carbon_g_per_kwh);
}

} // namespace

LiveBessControl::LiveBessControl(const SiteConfig& site, LiveBessControlOptions options)
    : site_(site), options_(options), controller_(makeController(site.controller)),
      pcs_limit_kw_(std::max(
          0.0, std::min(site.bess.power_kw, site.bess.max_c_rate * site.bess.capacity_kwh))) {
    if (options_.max_record_span_ms <= 0)
        throw InputError("", "max_record_span_ms", "a span > 0 ms",
                         std::to_string(options_.max_record_span_ms));
    if (options_.first_step_ms <= 0)
        throw InputError("", "first_step_ms", "a step > 0 ms",
                         std::to_string(options_.first_step_ms));
    // The tariff and time zone are checked now, not at the first measurement.
    static_cast<void>(DemandTracker(site_.grid.tariff, site_.location.time_zone, 0, 1));
}

LiveBessControl::~LiveBessControl() = default;
LiveBessControl::LiveBessControl(LiveBessControl&&) noexcept = default;
LiveBessControl& LiveBessControl::operator=(LiveBessControl&&) noexcept = default;

double LiveBessControl::intervalMeanSoFarKw() const {
    return demand_ ? demand_->intervalMeanSoFarKw() : 0.0;
}
double LiveBessControl::periodPeakKw() const {
    return demand_ ? demand_->periodPeakKw() : 0.0;
}

void LiveBessControl::ensureTracker(std::int64_t t_ms) {
    if (demand_ && t_ms < tracker_end_ms_) return;
    tracker_end_ms_ = t_ms + kTrackerHorizonMs;
    demand_.emplace(site_.grid.tariff, site_.location.time_zone, t_ms, tracker_end_ms_);
}

LiveBessDecision LiveBessControl::step(const StepRecord& measured) {
    LiveBessDecision d;
    d.time_ms = measured.time_ms;
    const std::int64_t t = measured.time_ms;
    if (last_time_ms_ && t <= *last_time_ms_) {
        d.note = "record not after the previous one";
        return d;
    }
    const std::optional<std::int64_t> previous_ms = last_time_ms_;
    last_time_ms_ = t;

    // The last good record stands for the power until now (at most max_record_span_ms).
    bool continuous = false;
    if (pending_) {
        const std::int64_t span = std::min(t - pending_->time_ms, options_.max_record_span_ms);
        ensureTracker(pending_->time_ms + span);
        demand_->add(pending_->time_ms, span, std::max(0.0, pending_->grid_kw));
        continuous = span == t - pending_->time_ms;
        pending_.reset();
    }

    const bool trusted =
        measured.quality == Quality::Good || measured.quality == Quality::Simulated;
    if (!trusted || !finite(measured)) {
        d.action = LiveBessAction::Release;
        d.note = !trusted ? std::string("measurement quality ") +
                                (measured.quality == Quality::Bad ? "bad" : "stale")
                          : std::string("measurement not a finite number");
        return d;
    }
    pending_ = measured;
    if (!continuous) observed_from_ms_ = t;
    ensureTracker(t);

    ControlInput& in = d.input;
    in.time_ms = t;
    const std::int64_t dt_ms = previous_ms ? t - *previous_ms : options_.first_step_ms;
    in.dt_h = static_cast<double>(dt_ms) / 3.6e6;
    in.grid_without_bess_kw = measured.grid_kw + measured.bess_kw; // OpenEMS: meter + battery
    in.soc_pct = measured.soc_pct;
    // As the engine; an interval not observed from its start gets no interval credit (f = 0:
    // shave to the threshold itself), since its unobserved part may have imported anything.
    const std::int64_t interval_ms =
        static_cast<std::int64_t>(site_.grid.tariff.billing_interval_s) * 1000;
    if (observed_from_ms_ <= demand_->intervalEndMs() - interval_ms)
        in.interval = demand_->intervalSoFar(t, dt_ms); // the setpoint holds about as long
    in.period_peak_kw = demand_->periodPeakKw();
    in.price_eur_per_mwh = measured.price_eur_per_mwh;
    in.carbon_g_per_kwh = measured.carbon_g_per_kwh;

    BessRequest req;
    controller_->apply(in, req);
    applyGridCaps(req, in.grid_without_bess_kw, site_.grid);
    double kw = AuxThroughputScale(site_.bess.aux_per_throughput).pcsPowerKw(req.target_kw);
    d.reason = req.reason;
    if (kw > pcs_limit_kw_ || -kw > pcs_limit_kw_) {
        kw = std::clamp(kw, -pcs_limit_kw_, pcs_limit_kw_);
        d.reason = Reason::PowerLimit;
    }
    d.action = LiveBessAction::Set;
    d.setpoint_kw = kw > 0.0 || kw < 0.0 ? kw : 0.0; // NaN or -0 asks for nothing, as the engine
    return d;
}

} // namespace gridtwin
