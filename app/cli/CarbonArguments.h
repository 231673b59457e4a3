#pragma once
// The options `report` and `ledger` share: site, historian, year and the carbon input files
// (docs/carbon-inputs.md), turned into CarbonStudyOptions.

#include "ArgParser.h"

#include "carbon/CarbonStudy.h"

#include <vector>

namespace gridtwin::cli {

/// --site, --db, --db-site, --year, --factors, --instruments, --sacct, --prices,
/// --heat-reused-kwh, --water-m3.
std::vector<OptionSpec> carbonStudyOptionSpecs();

/// The study options of the parsed arguments. With --site demo and `demo_inputs` the empty input
/// files are filled with the bundled demo inputs (data/demo/). Throws InputError for a bad --year
/// or number.
CarbonStudyOptions carbonStudyOptions(const ArgParser& args, bool demo_inputs = true);

} // namespace gridtwin::cli
