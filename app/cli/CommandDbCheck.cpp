#include "ArgParser.h"
#include "Commands.h"
#include "HistorianCatalog.h"

#include "model/TimeUtc.h"
#include "store/Historian.h"

#include <cstdio>
#include <limits>

namespace gridtwin::cli {

int runDbCheck(const std::vector<std::string>& args) {
    ArgParser p("db-check", {
        {"db", "FILE.sqlite", false, false, "historian file to check"},
    });
    p.parse(args);
    const auto db = p.value("db");
    if (!db) throw UsageError("missing --db FILE.sqlite\n" + p.usage());
    requireExistingDatabase(*db);

    // Opening through Historian refuses files that are not (or newer than) a GridTwin historian.
    Historian historian(*db);
    HistorianCatalog catalog(*db);
    std::printf("historian: %s\nschema version: %d\n", db->c_str(), historian.schemaVersion());
    constexpr std::int64_t kAllMin = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t kAllMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t total = 0;
    const auto sites = catalog.sites();
    std::printf("sites: %zu\n", sites.size());
    for (const CatalogSite& site : sites) {
        const auto channels = historian.channels(site.id);
        std::printf("site %d '%s': %zu channels, %zu config versions, %zu events\n", site.id, site.name.c_str(),
                    channels.size(), historian.configVersions(site.id).size(),
                    historian.events(site.id, kAllMin, kAllMax).size());
        if (!channels.empty())
            std::printf("  %-22s %-8s %10s  %-24s %-24s %s\n", "channel", "unit", "samples", "first", "last", "source");
        for (const ChannelInfo& c : channels) {
            const ChannelStats s = catalog.channelStats(c.id);
            total += s.count;
            std::printf("  %-22s %-8s %10lld  %-24s %-24s %s\n", c.name.c_str(), c.unit.c_str(),
                        static_cast<long long>(s.count), s.count ? formatIsoUtc(s.first_ms).c_str() : "-",
                        s.count ? formatIsoUtc(s.last_ms).c_str() : "-", c.source.c_str());
        }
    }
    std::printf("total samples: %lld\n", static_cast<long long>(total));
    const std::string integrity = historian.integrityCheck();
    std::printf("integrity_check: %s\n", integrity.c_str());
    return integrity == "ok" ? 0 : 1;
}

} // namespace gridtwin::cli
