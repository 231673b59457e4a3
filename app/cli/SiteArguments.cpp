#include "SiteArguments.h"

#include "model/InputError.h"
#include "model/ParameterTable.h"
#include "model/SiteConfigJson.h"
#include "model/TimeUtc.h"


namespace gridtwin::cli {

SiteConfig loadSiteArgument(const std::string& site_arg) {
    if (site_arg == "demo") return referenceSite();
    return loadSiteConfig(site_arg);
}

void applyOverrides(SiteConfig& site, const std::vector<std::string>& assignments, const std::string& option) {
    for (const std::string& a : assignments) {
        const auto eq = a.find('=');
        if (eq == std::string::npos || eq == 0)
            throw InputError("", option, "NAME=VALUE (see gridtwin-cli parameters)", a);
        try {
            setParameter(site, a.substr(0, eq), a.substr(eq + 1));
        } catch (const InputError& e) {
            // setParameter names --set; the value may have come from --compare.
            const std::string& w = e.where();
            if (option == "--set" || w.rfind("--set", 0) != 0) throw;
            throw InputError(e.file(), option + w.substr(5), e.expected(), e.found());
        }
    }
}

InputError againstSiteFile(const InputError& e, const std::string& site_arg, const std::vector<std::string>& assignments) {
    if (!e.file().empty() || site_arg == "demo") return e;
    std::string path = e.where().rfind("$.", 0) == 0 ? e.where().substr(2) : e.where();
    std::string table_path = path; // pv_arrays[2].tilt_deg -> pv_arrays[].tilt_deg
    if (const auto open = table_path.find('['), close = table_path.find(']');
        open != std::string::npos && close != std::string::npos && open < close)
        table_path.erase(open + 1, close - open - 1);
    if (findParameter(table_path) == nullptr) return e;
    for (const std::string& a : assignments)
        if (a.substr(0, a.find('=')) == path) return e;
    return InputError(site_arg, "$." + path, e.expected(), e.found());
}

std::int64_t timeArgument(const ArgParser& args, const char* name, std::int64_t fallback) {
    const auto text = args.value(name);
    if (!text) return fallback;
    const auto ms = parseIsoUtc(*text);
    if (!ms) throw InputError("", std::string("--") + name, "a UTC date YYYY-MM-DD or time YYYY-MM-DDTHH:MM:SSZ", *text);
    return *ms;
}

SimulationPeriod periodFromArguments(const ArgParser& args, std::int64_t default_step_s) {
    SimulationPeriod p;
    p.start_ms = timeArgument(args, "from", msFromCivil({2025, 1, 1}));
    CivilTime next_year = civilFromMs(p.start_ms);
    next_year.year += 1;
    p.end_ms = timeArgument(args, "to", msFromCivil(next_year));
    std::int64_t step_s = default_step_s;
    // Range-checked before the conversion to ms, which would overflow for huge numbers.
    if (const auto text = args.value("step"))
        step_s = wholeNumber(*text, "--step", "a whole number of seconds from 1 to 3600", 1, 3600);
    p.step_ms = step_s * 1000;
    return p;
}

} // namespace gridtwin::cli
