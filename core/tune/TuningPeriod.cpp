#include "tune/TuningPeriod.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <cstdio>

namespace gridtwin {

SimulationPeriod simulationPeriod(const TuningPeriod& p) {
    SimulationPeriod out;
    out.step_ms = p.step_ms;
    switch (p.kind) {
    case TuningPeriodKind::Year:
        out.start_ms = msFromCivil({p.year, 1, 1});
        out.end_ms = msFromCivil({p.year + 1, 1, 1});
        break;
    case TuningPeriodKind::Month:
        if (p.month < 1 || p.month > 12)
            throw InputError("", "period.month", "a month from 1 to 12", std::to_string(p.month));
        out.start_ms = msFromCivil({p.year, p.month, 1});
        out.end_ms = p.month == 12 ? msFromCivil({p.year + 1, 1, 1}) : msFromCivil({p.year, p.month + 1, 1});
        break;
    case TuningPeriodKind::History:
        out.start_ms = p.from_ms;
        out.end_ms = p.to_ms;
        break;
    }
    return out;
}

std::string describe(const TuningPeriod& p) {
    char buf[32];
    switch (p.kind) {
    case TuningPeriodKind::Year: return std::to_string(p.year);
    case TuningPeriodKind::Month:
        std::snprintf(buf, sizeof buf, "%04d-%02d", p.year, p.month);
        return buf;
    case TuningPeriodKind::History:
        return "history " + (p.from_ms != 0 ? formatIsoUtc(p.from_ms) : std::string("record start")) + " to " +
               (p.to_ms != 0 ? formatIsoUtc(p.to_ms) : std::string("record end")) +
               (p.historian_site.empty() ? "" : " (" + p.historian_site + ")");
    }
    return {};
}

} // namespace gridtwin
