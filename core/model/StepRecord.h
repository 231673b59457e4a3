#pragma once
// One simulated or measured step of the whole site, in the sign conventions of BRIEF.md section 4:
// grid > 0 import, bess > 0 discharge, pv and load >= 0, and
//   load_kw + bess_aux_kw = pv_kw + grid_kw + bess_kw
// holds at every step.

#include <cstdint>
#include <string_view>

namespace gridtwin {

/// Which rule or limit set the battery power in a step (the explanation shown to engineers).
enum class Reason : std::uint8_t {
    Idle,              // controller asked for nothing
    PeakShave,         // discharge of the excess over the threshold
    MonthPeakFloor,    // threshold raised to the month-to-date billing peak
    Recharge,          // charging below the recharge level
    SocReserve,        // discharge stopped at the peak-shaving reserve
    SocLimit,          // SoC window end (or its derating band) limited the power
    PowerLimit,        // PCS rating or C-rate limited the power
    SelfConsumption,   // balancing to the grid target
    ExportCap,         // PV curtailed / charging forced by the export limit
    ImportCap,         // charging limited by the import limit
    Setpoint,          // an external setpoint (live device, replay)
    Count
};

std::string_view reasonCode(Reason r);            // stable machine code, e.g. "peak_shave"
bool parseReasonCode(std::string_view code, Reason& out);

enum class Quality : std::uint8_t { Good, Stale, Bad, Simulated };

struct StepRecord {
    std::int64_t time_ms = 0;           // start of the step, UTC ms since epoch
    double pv_kw = 0;                   // delivered (available minus curtailed)
    double pv_curtailed_kw = 0;
    double load_kw = 0;                 // facility load
    double it_load_kw = 0;
    double bess_kw = 0;                 // PCS AC terminal, > 0 discharge
    double bess_aux_kw = 0;
    double soc_pct = 0;
    double grid_kw = 0;                 // > 0 import
    double price_eur_per_mwh = 0;
    double carbon_g_per_kwh = 0;
    double ambient_c = 0;
    Reason reason = Reason::Idle;
    Quality quality = Quality::Simulated;
};

/// The balance residual load + aux - (pv + grid + bess); zero to rounding on a valid step.
inline double balanceResidualKw(const StepRecord& r) {
    return r.load_kw + r.bess_aux_kw - (r.pv_kw + r.grid_kw + r.bess_kw);
}

} // namespace gridtwin
