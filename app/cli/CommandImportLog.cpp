#include "ArgParser.h"
#include "Commands.h"

#include "store/Historian.h"
#include "store/LogImportExport.h"

#include <cstdio>
#include <filesystem>

namespace gridtwin::cli {

namespace {
// The one positional argument (the CSV file): a word that is not an option nor an option's value.
std::vector<std::string> splitPositional(const std::vector<std::string>& args,
                                         const std::vector<std::string>& valued_options,
                                         std::vector<std::string>& positional) {
    std::vector<std::string> options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0) {
            positional.push_back(a);
            continue;
        }
        options.push_back(a);
        const std::string name = a.substr(2);
        for (const std::string& v : valued_options)
            if (name == v && i + 1 < args.size()) options.push_back(args[++i]);
    }
    return options;
}
} // namespace

int runImportLog(const std::vector<std::string>& args) {
    ArgParser p("import-log FILE.csv", {
        {"db", "FILE.sqlite", false, false, "historian file (created when new)"},
        {"site", "NAME", false, false, "site to import into (default: the CSV file name without extension)"},
        {"lenient", "", false, false, "skip bad rows and report them (default: nothing is imported on the first error)"},
    });
    std::vector<std::string> files;
    p.parse(splitPositional(args, {"db", "site"}, files));
    if (files.size() != 1)
        throw UsageError(std::string(files.empty() ? "missing the CSV file" : "only one CSV file per import") + "\n" +
                         p.usage());
    const auto db = p.value("db");
    if (!db) throw UsageError("missing --db FILE.sqlite\n" + p.usage());
    const std::string& csv = files.front();
    const std::string site = p.value("site").value_or(std::filesystem::path(csv).stem().string());
    const bool lenient = p.has("lenient");

    Historian historian(*db);
    const ImportReport rep = importLogCsv(csv, historian, site, lenient);
    for (const ImportIssue& issue : rep.issues)
        std::fprintf(stderr, "%s: line %lld%s%s: %s: %s\n", csv.c_str(), static_cast<long long>(issue.line),
                     issue.column.empty() ? "" : ", column ", issue.column.c_str(),
                     issue.severity == IssueSeverity::Error ? "skipped" : "warning", issue.message.c_str());
    std::printf("%s: %zu rows imported, %zu rows skipped, %zu samples written, %zu duplicate samples ignored "
                "(site '%s' in %s)\n",
                csv.c_str(), rep.rows_imported, rep.rows_skipped, rep.samples_written, rep.duplicates_ignored,
                site.c_str(), db->c_str());
    for (const std::string& c : rep.extra_columns) std::printf("  extra column kept as channel: %s\n", c.c_str());
    for (const std::string& c : rep.missing_columns) std::printf("  missing column (not stored): %s\n", c.c_str());
    return 0;
}

} // namespace gridtwin::cli
