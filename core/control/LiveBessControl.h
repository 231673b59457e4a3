#pragma once
// The site's battery controller run on measurements (issue 5 item 6): fed one measured StepRecord
// at a time (meter grid_kw, PCS bess_kw, soc_pct, time), it keeps the billing-interval bookkeeping
// with the engine's DemandTracker, builds the ControlInput as the engine does (live,
// grid_without_bess = meter + battery, OpenEMS ControllerEssPeakShavingImpl), runs the same
// Controller, applies the grid caps and the throughput-aux scaling of the engine, clamps to the
// PCS rating and returns the setpoint with its Reason. SoC window limits are the device's own
// (its BMS/PCS enforce them); the engine models them, so live and simulated power agree except
// where the engine's battery reports Reason::SocLimit.
//
// A record of Bad or Stale quality (or with a non-finite value) gives Release: the battery is
// handed back to the device's own control rather than held at a setpoint computed from a meter
// that can no longer be seen (a held discharge could export or drain the reserve unnoticed).
// Such a record does not enter the interval mean either. Time is the records' own.

#include "control/Controller.h"
#include "model/SiteConfig.h"
#include "model/StepRecord.h"
#include "sim/DemandTracker.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace gridtwin {

enum class LiveBessAction : std::uint8_t {
    Set,     // write setpoint_kw
    Release, // hand the battery back to its own control (untrusted measurement)
    Skip     // record ignored (not after the previous one): keep what is in force
};

struct LiveBessDecision {
    LiveBessAction action = LiveBessAction::Skip;
    std::int64_t time_ms = 0;
    double setpoint_kw = 0; // PCS AC power, > 0 discharge (action Set only)
    Reason reason = Reason::Idle;
    ControlInput input; // what the controller saw (action Set only)
    std::string note;   // why Release or Skip ("measurement quality bad", ...)
};

struct LiveBessControlOptions {
    /// A record stands for the power until the next one, but at most this long (a gap in the
    /// measurements is not counted into the interval mean).
    std::int64_t max_record_span_ms = 60'000;
    /// dt_h of the first record, before a spacing is known (the source's sample interval).
    std::int64_t first_step_ms = 1'000;
};

class LiveBessControl {
public:
    /// Throws InputError for a site whose tariff or time zone the DemandTracker refuses (checked
    /// here, not at the first record) or a non-positive option.
    explicit LiveBessControl(const SiteConfig& site, LiveBessControlOptions options = {});
    ~LiveBessControl();
    LiveBessControl(LiveBessControl&&) noexcept;
    LiveBessControl& operator=(LiveBessControl&&) noexcept;

    /// One measured record, in time order.
    LiveBessDecision step(const StepRecord& measured);

    /// min(power_kw, max_c_rate x capacity): the PCS rating the setpoint is clamped to.
    double pcsLimitKw() const { return pcs_limit_kw_; }
    const SiteConfig& site() const { return site_; }
    const char* controllerName() const { return controller_->name(); }
    /// Billing bookkeeping so far (0 before the first good record).
    double intervalMeanSoFarKw() const;
    double periodPeakKw() const;

private:
    void ensureTracker(std::int64_t t_ms);

    SiteConfig site_;
    LiveBessControlOptions options_;
    std::unique_ptr<Controller> controller_;
    double pcs_limit_kw_ = 0;
    std::optional<DemandTracker> demand_;
    std::int64_t tracker_end_ms_ = 0;
    std::optional<std::int64_t> last_time_ms_; // last record seen (any quality)
    std::optional<StepRecord> pending_;        // last good record, not yet in the mean
    std::int64_t observed_from_ms_ = 0;        // start of the unbroken run of good records
};

} // namespace gridtwin
