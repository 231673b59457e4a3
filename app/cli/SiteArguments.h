#pragma once
// Options that several commands share: which site, which period, parameter overrides.

#include "ArgParser.h"
#include "model/SiteConfig.h"
#include "sim/SiteSimulation.h"

#include <string>
#include <vector>

namespace gridtwin::cli {

/// --site demo|FILE
SiteConfig loadSiteArgument(const std::string& site_arg);
/// NAME=VALUE through the parameter table (ranges checked there).
void applyOverrides(SiteConfig& site, const std::vector<std::string>& assignments);
/// Option `name` as a UTC date or time (InputError naming --name when malformed); fallback when absent.
std::int64_t timeArgument(const ArgParser& args, const char* name, std::int64_t fallback);
/// --from/--to (UTC dates or times; default: the calendar year 2025) and --step SECONDS.
SimulationPeriod periodFromArguments(const ArgParser& args, std::int64_t default_step_s);

} // namespace gridtwin::cli
