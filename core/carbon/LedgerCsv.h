#pragma once
// The hourly ledger as CSV for auditors (issue 6 item 7, reference/carbon.md 8.16): '#' header
// lines documenting the boundary, units, every column and the KPI formulas, a '#' totals block,
// then one row per hour. An auditor (and tests/carbon) recomputes every KPI from the rows.
// Format: docs/carbon-inputs.md ("Ledger CSV").

#include "carbon/CarbonAccounting.h"
#include "carbon/HourlyLedger.h"

#include <string>

namespace gridtwin {

/// Writes ledger and headline KPIs (as documentation lines; the rows carry the data). Throws
/// InputError naming path when it cannot be written.
void writeLedgerCsv(const HourlyLedger& ledger, const CarbonResult& result, const std::string& path);

/// Reads the rows back (header lines skipped). Throws InputError naming line and column.
HourlyLedger readLedgerCsv(const std::string& path);

} // namespace gridtwin
