#pragma once
// Options that several commands share: which site, which period, parameter overrides.

#include "ArgParser.h"
#include "model/InputError.h"
#include "model/SiteConfig.h"
#include "sim/SiteSimulation.h"

#include <string>
#include <vector>

namespace gridtwin::cli {

/// --site demo|FILE
SiteConfig loadSiteArgument(const std::string& site_arg);
/// NAME=VALUE through the parameter table (ranges checked there); errors name `option`.
void applyOverrides(SiteConfig& site, const std::vector<std::string>& assignments, const std::string& option = "--set");
/// Option `name` as a UTC date or time (InputError naming --name when malformed); fallback when absent.
std::int64_t timeArgument(const ArgParser& args, const char* name, std::int64_t fallback);
/// e against the site file site_arg with a "$." JSON path when it names a site parameter that the
/// command line (assignments, NAME=VALUE) did not set; otherwise e as it is. The engine checks
/// some values only when a run starts (across fields, e.g. the SoC window).
InputError againstSiteFile(const InputError& e, const std::string& site_arg, const std::vector<std::string>& assignments);
/// --from/--to (UTC dates or times; default: the calendar year 2025) and --step SECONDS.
SimulationPeriod periodFromArguments(const ArgParser& args, std::int64_t default_step_s);

} // namespace gridtwin::cli
