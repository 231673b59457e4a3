#pragma once
// One call for the carbon report and the CLI: load the site and inputs, run the simulation (with
// the configured controller and a no-BESS baseline) or read the historian, build the hourly ledger,
// do the accounting and write the reproducibility manifest. Deterministic: the same options give
// identical numbers and an identical manifest (generation time is not part of it).

#include "carbon/CarbonAccounting.h"
#include "carbon/CarbonPriceTable.h"
#include "carbon/FactorSeries.h"
#include "carbon/HourlyLedger.h"
#include "carbon/Instruments.h"
#include "carbon/SlurmAccounting.h"
#include "model/SiteConfig.h"
#include "sim/SimulationKpis.h"

#include <optional>
#include <string>
#include <vector>

namespace gridtwin {

struct CarbonStudyOptions {
    SiteConfig site;                 // the site (referenceSite() for --site demo)
    std::string site_file;           // its file ("" for the built-in reference site)
    std::string historian_file;      // "" = simulate; else ledger from the stored samples
    std::string historian_site;      // site name in the historian ("" = the only one)
    int year = 2025;                 // calendar year (UTC) of the study
    std::int64_t step_ms = 900'000;  // simulation step
    std::string factor_file;         // Electricity Maps / generic CSV; "" = the site's carbon input
    std::string instruments_file;    // "" = none
    std::string sacct_file;          // "" = none
    std::string price_file;          // "" = none
    std::optional<double> heat_reused_kwh;
    std::optional<double> water_input_m3;
};

struct ManifestEntry {
    std::string role;                // "site config", "weather", "factors", "instruments", ...
    std::string path;
    std::string sha256;              // of the file bytes ("" for built-in data)
    std::uint64_t bytes = 0;
    std::string note;                // "built-in example profile", ...
};

struct StudyManifest {
    std::string software_version;    // GRIDTWIN_VERSION
    std::string config_sha256;       // of the canonical site JSON (siteConfigToJson, dumped sorted)
    std::vector<ManifestEntry> inputs;
    std::string options_text;        // year, step, source; one "key=value" per line
    std::string manifest_sha256;     // of text() without this line
    std::string text() const;        // machine-readable, one line per item
};

struct CarbonStudyResult {
    HourlyLedger ledger;
    CarbonResult carbon;
    SimulationKpis kpis;             // with the configured controller (or recorded data)
    SimulationKpis baseline_kpis;    // without BESS (simulated) or with the battery power removed
    double peak_reduction_kw = 0;    // baseline - actual highest billing-interval import
    double peak_reduction_pct = 0;
    double savings_eur = 0;          // baseline total cost - actual total cost
    FactorSeries factors;            // the factors used
    InstrumentSet instruments;
    std::vector<SlurmJob> jobs;
    CarbonPriceTable prices;
    StudyManifest manifest;
};

/// Throws InputError for any bad input file (naming file, line, field) or impossible option.
CarbonStudyResult runCarbonStudy(const CarbonStudyOptions& options);

} // namespace gridtwin

namespace gridtwin {

/// The year of the bundled demo inputs (data/demo/).
inline constexpr int kDemoCarbonYear = 2025;

/// Fills the empty input files of options with the bundled demo inputs of the reference site
/// (data/demo/, provenance in data/SOURCES.md; source tree or installed data directory) when
/// options.year is kDemoCarbonYear; other years are left as they are (built-in factors, no
/// contracts). Throws InputError naming the demo directory when it is not found.
void useDemoCarbonInputs(CarbonStudyOptions& options);

/// Writes the demo inputs for `site` and `year` into dir: hourly factors (from the built-in example
/// profile with an illustrative CFE share), instruments (PPAs, GOs, residual mix; illustrative
/// contracts), the sacct -P file of the simulated jobs, and the ETS/CBAM price table.
void writeDemoCarbonInputs(const SiteConfig& site, int year, const std::string& dir);

} // namespace gridtwin
