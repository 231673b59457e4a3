#pragma once
// Sweep results as CSV: one row per variant with the parameter values, the KPIs (units in the
// header, as in docs/time-series-csv.md) and the Pareto flag. Format in docs/sweep-ranges.md.

#include "tune/SweepRunner.h"

#include <ostream>
#include <string>

namespace gridtwin {

/// Header: variant, <parameter>[_<unit>]..., done, pareto, every KpiRow key (unit in the key).
void writeSweepCsv(std::ostream& out, const SweepResults& results);
/// Writes to path; throws std::runtime_error naming the file when it cannot be written.
void writeSweepCsv(const std::string& path, const SweepResults& results);

} // namespace gridtwin
