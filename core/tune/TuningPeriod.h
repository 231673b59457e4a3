#pragma once
// The period a tuning run or sweep covers: a TMY year, one month of it, or a stretch of recorded
// site history from a historian file (PV, load, price and carbon from the stored samples).

#include "sim/SiteSimulation.h"

#include <cstdint>
#include <string>

namespace gridtwin {

enum class TuningPeriodKind { Year, Month, History };

struct TuningPeriod {
    TuningPeriodKind kind = TuningPeriodKind::Year;
    int year = 2025;                 // Year and Month: calendar year (UTC) the TMY is laid on
    int month = 1;                   // Month: 1..12 (UTC calendar month)
    std::int64_t step_ms = 900'000;  // Year and Month; History uses the stored sample spacing
    // History: the historian file, site name ("" = the only stored site, or the one named like
    // the site being tuned) and [from_ms, to_ms) in UTC (0 = the start / end of the record).
    std::string historian_path;
    std::string historian_site;
    std::int64_t from_ms = 0;
    std::int64_t to_ms = 0;
};

/// The simulation period of a Year or Month period (History periods are resolved against the
/// historian by the tuning run). Throws InputError for a month outside 1..12 or a bad step.
SimulationPeriod simulationPeriod(const TuningPeriod& p);

/// "2025", "2025-03", "history 2025-03-01T00:00:00Z to 2025-04-01T00:00:00Z (site)",
/// "history record start to record end".
std::string describe(const TuningPeriod& p);

} // namespace gridtwin
