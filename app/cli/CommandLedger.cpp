// gridtwin-cli ledger: the hourly energy and carbon ledger as CSV (issue 6 item 7) with the
// headline figures, without the PDF (and without Qt). --write-demo-inputs regenerates data/demo/.
#include "ArgParser.h"
#include "CarbonArguments.h"
#include "Commands.h"

#include "carbon/CarbonStudy.h"
#include "carbon/LedgerCsv.h"
#include "model/InputError.h"

#include <cstdio>
#include <utility>

namespace gridtwin::cli {

int runLedger(const std::vector<std::string>& argv) {
    std::vector<OptionSpec> specs = carbonStudyOptionSpecs();
    specs.insert(specs.end(), {
        {"out", "FILE.csv", false, false, "the ledger CSV to write (required)"},
        {"write-demo-inputs", "DIR", false, false,
         "instead: write the demo carbon inputs of the site and year into DIR (how data/demo/ was made)"},
        {"help", "", false, false, "this text"},
    });
    ArgParser args("ledger", std::move(specs));
    args.parse(argv);
    if (args.has("help")) {
        std::puts(args.usage().c_str());
        return 0;
    }
    if (const auto dir = args.value("write-demo-inputs")) {
        const CarbonStudyOptions o = carbonStudyOptions(args, false);
        writeDemoCarbonInputs(o.site, o.year, *dir);
        std::printf("demo carbon inputs of %s for %d written to %s\n", o.site.name.c_str(), o.year, dir->c_str());
        return 0;
    }
    const auto out = args.value("out");
    if (!out) throw UsageError("--out FILE.csv is required\n" + args.usage());
    const CarbonStudyOptions options = carbonStudyOptions(args);
    std::fprintf(stderr, "ledger: simulating or reading %d and building the ledger...\n", options.year);
    const CarbonStudyResult s = runCarbonStudy(options);
    writeLedgerCsv(s.ledger, s.carbon, *out);

    const CarbonResult& r = s.carbon;
    const LedgerTotals& t = s.ledger.totals;
    auto row = [](const char* label, double value, int decimals, const char* unit) {
        std::printf("  %-42s %16.*f %s\n", label, decimals, value, unit);
    };
    std::printf("hourly ledger of %s, %s (%zu hours)\n", s.ledger.site_name.c_str(), s.ledger.source.c_str(),
                s.ledger.hours.size());
    row("facility energy E_DC", r.e_dc_kwh / 1000.0, 1, "MWh");
    row("IT energy E_IT", r.e_it_kwh / 1000.0, 1, "MWh");
    row("grid import", t.grid_import_kwh / 1000.0, 1, "MWh");
    row("PV generation", t.pv_generation_kwh / 1000.0, 1, "MWh");
    row("PUE", r.pue, 3, "");
    row("Scope 2 location-based", r.scope2_location_kg / 1000.0, 1, "tCO2e");
    row("Scope 2 market-based", r.scope2_market_kg / 1000.0, 1, "tCO2e");
    row("hourly-matched emissions", r.hourly_matched_kg / 1000.0, 1, "tCO2e");
    row("CFE", r.cfe_pct, 1, "%");
    row("hourly-matched", r.hourly_matched_pct, 1, "%");
    row("REF", r.ref, 3, "");
    row("CUE location-based", r.cue_location, 4, "kgCO2e/kWh");
    row("CUE market-based", r.cue_market, 4, "kgCO2e/kWh");
    row("battery discharge factor", r.bess_factor_g_per_kwh, 1, "gCO2e/kWh");
    row("data completeness", t.expected_hours > 0 ? 100.0 * t.covered_hours / t.expected_hours : 0.0, 2, "%");
    std::printf("manifest SHA-256: %s\n", s.manifest.manifest_sha256.c_str());
    std::printf("written: %s\n", out->c_str());
    return 0;
}

} // namespace gridtwin::cli
