// gridtwin-cli parameters: the names --set and --compare accept, with the site's value, what is
// accepted (range with unit, or choices) and what each means; straight from the parameter table.
#include "ArgParser.h"
#include "Commands.h"
#include "SiteArguments.h"

#include "model/ParameterTable.h"

#include <cstdio>

namespace gridtwin::cli {

int runParameters(const std::vector<std::string>& args) {
    ArgParser p("parameters", {
        {"site", "demo|FILE", false, false, "show the values of this site (default demo, the reference site)"},
    });
    p.parse(args);
    const SiteConfig site = loadSiteArgument(p.value("site").value_or("demo"));
    std::printf("%-40s %-22s %s\n", "NAME", "VALUE", "ACCEPTED - MEANING");
    for (const ParameterInfo& info : siteParameters()) {
        const std::size_t copies = info.perPvArray() ? site.pv_arrays.size() : 1;
        for (std::size_t i = 0; i < copies; ++i) {
            const std::string name =
                info.perPvArray() ? "pv_arrays[" + std::to_string(i) + "]." + info.path.substr(12) : info.path;
            const std::string value = getParameterText(site, name);
            std::printf("%-40s %-22s %s - %s\n", name.c_str(), value.empty() ? "(empty)" : value.c_str(),
                        info.expectedText().c_str(), info.description.c_str());
        }
    }
    return 0;
}

} // namespace gridtwin::cli
