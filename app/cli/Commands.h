#pragma once
#include <string>
#include <vector>

namespace gridtwin::cli {

// Each command parses its own options and returns the process exit code:
// 0 success, 1 failed work (bad input file, I/O), 2 usage error.
int runSimulate(const std::vector<std::string>& args);
// Historian commands (docs/historian.md): recorded logs in and out, and a health report.
int runImportLog(const std::vector<std::string>& args);
int runExportLog(const std::vector<std::string>& args);
int runDbCheck(const std::vector<std::string>& args);
// The compliance white paper as PDF (needs the report library; stub without the UI build).
int runReport(const std::vector<std::string>& args);
// The hourly energy and carbon ledger as CSV with the headline figures (docs/carbon-inputs.md).
int runLedger(const std::vector<std::string>& args);
// SunSpec devices behind a Modbus TCP address, their models and live values (docs/sunspec.md).
int runScan(const std::vector<std::string>& args);
// Parameter sweeps with the Pareto front (docs/sweep-ranges.md); a project's versions and audit log.
int runSweep(const std::vector<std::string>& args);
int runVersions(const std::vector<std::string>& args);
// The site parameters that --set and --compare accept, with value, range and meaning.
int runParameters(const std::vector<std::string>& args);

} // namespace gridtwin::cli
