#include "CarbonArguments.h"

#include "SiteArguments.h"

#include "model/InputError.h"

#include <charconv>
#include <optional>

namespace gridtwin::cli {

namespace {

int yearArgument(const ArgParser& args) {
    const auto text = args.value("year");
    if (!text) return 2025;
    return wholeNumber(*text, "--year", "a calendar year 1990..2100", 1990, 2100);
}

std::optional<double> numberArgument(const ArgParser& args, const char* name) {
    const auto text = args.value(name);
    if (!text) return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || end != text->data() + text->size() || v < 0)
        throw InputError("", std::string("--") + name, "a number >= 0", *text);
    return v;
}

} // namespace

std::vector<OptionSpec> carbonStudyOptionSpecs() {
    return {
        {"site", "demo|FILE", false, false, "site: the reference site or a site JSON file (default demo)"},
        {"db", "FILE.sqlite", false, false, "use the samples recorded in this historian instead of simulating"},
        {"db-site", "NAME", false, false, "site name in the historian (default: the only one)"},
        {"year", "YYYY", false, false, "calendar year (UTC) of the study (default 2025)"},
        {"factors", "FILE.csv", false, false, "hourly grid factors: Electricity Maps or generic CSV"},
        {"instruments", "FILE.csv", false, false, "GOs, PPAs, residual mix (docs/carbon-inputs.md)"},
        {"sacct", "FILE", false, false, "Slurm sacct -P output for per-project attribution"},
        {"prices", "FILE.csv", false, false, "CBAM/ETS carbon prices by quarter"},
        {"heat-reused-kwh", "KWH", false, false, "metered waste heat delivered to an offtaker"},
        {"water-m3", "M3", false, false, "metered site water input"},
    };
}

CarbonStudyOptions carbonStudyOptions(const ArgParser& args, bool demo_inputs) {
    CarbonStudyOptions o;
    const std::string site_arg = args.value("site").value_or("demo");
    o.site = loadSiteArgument(site_arg);
    o.site_file = site_arg == "demo" ? std::string() : site_arg;
    o.historian_file = args.value("db").value_or("");
    o.historian_site = args.value("db-site").value_or("");
    o.year = yearArgument(args);
    o.factor_file = args.value("factors").value_or("");
    o.instruments_file = args.value("instruments").value_or("");
    o.sacct_file = args.value("sacct").value_or("");
    o.price_file = args.value("prices").value_or("");
    o.heat_reused_kwh = numberArgument(args, "heat-reused-kwh");
    o.water_input_m3 = numberArgument(args, "water-m3");
    // The reference site comes with its demo contracts, jobs and prices (data/SOURCES.md).
    if (site_arg == "demo" && demo_inputs) useDemoCarbonInputs(o);
    return o;
}

} // namespace gridtwin::cli
