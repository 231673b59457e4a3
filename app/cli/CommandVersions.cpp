// gridtwin-cli versions: the configuration versions (who, when, why, derived from) and the audit
// log of a project file, the change-control record the workbench writes (core/tune/ChangeControl).
#include "ArgParser.h"
#include "Commands.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "store/Historian.h"
#include "tune/ChangeControl.h"

#include <cstdio>
#include <filesystem>
#include <string>

namespace gridtwin::cli {

int runVersions(const std::vector<std::string>& args) {
    ArgParser p("versions", {
        {"db", "FILE.sqlite", false, false, "the project (historian) file"},
        {"site", "NAME", false, false, "only this site's versions (default: every site)"},
        {"audit", "", false, false, "also print the audit log"},
    });
    p.parse(args);
    const auto db = p.value("db");
    if (!db) throw UsageError("--db FILE.sqlite is required\n" + p.usage());
    // Opening creates a file: a misspelt path must not leave an empty project behind.
    if (!std::filesystem::exists(*db)) throw InputError(*db, "", "an existing project file", "no such file");
    Historian h(*db);
    ChangeControl cc(h);
    const auto only = p.value("site");
    bool any_site = false;
    for (const auto& [id, name] : h.sites()) {
        if (only && *only != name) continue;
        any_site = true;
        const auto versions = cc.versions(name);
        std::printf("site %s: %zu configuration versions\n", name.c_str(), versions.size());
        for (const ConfigVersion& v : versions) {
            std::printf("  v%-5lld %s  %-16s %-10s %s\n", static_cast<long long>(v.id), formatIsoUtc(v.time_ms).c_str(),
                        v.author.c_str(), v.parent_id ? ("from v" + std::to_string(*v.parent_id)).c_str() : "",
                        v.reason.c_str());
        }
    }
    if (only && !any_site) throw InputError(*db, "--site", "a site stored in the project file", *only);
    if (p.has("audit")) {
        const auto log = cc.auditLog();
        std::printf("audit log: %zu entries\n", log.size());
        for (const AuditEntry& e : log)
            std::printf("  %s  %-16s %-11s %-24s %s\n", formatIsoUtc(e.time_ms).c_str(), e.user.c_str(), e.profile.c_str(),
                        e.action.c_str(), e.detail.c_str());
    }
    return 0;
}

} // namespace gridtwin::cli
