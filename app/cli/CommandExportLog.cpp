#include "ArgParser.h"
#include "Commands.h"
#include "HistorianCatalog.h"
#include "SiteArguments.h"

#include "model/InputError.h"
#include "store/Historian.h"
#include "store/LogImportExport.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <stdexcept>
#include <unistd.h>

namespace gridtwin::cli {

namespace {
// exportLogCsv writes a file; for stdout it writes a private temporary file that is then copied,
// so that "--out -" works for pipes and redirections alike.
class TemporaryFile {
public:
    TemporaryFile() {
        std::string pattern = (std::filesystem::temp_directory_path() / "gridtwin-export-XXXXXX").string();
        const int fd = mkstemp(pattern.data());
        if (fd < 0) throw std::runtime_error(pattern + ": cannot create a temporary file");
        close(fd);
        path_ = pattern;
    }
    ~TemporaryFile() {
        std::error_code ec;
        std::filesystem::remove(path_, ec);
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};
} // namespace

int runExportLog(const std::vector<std::string>& args) {
    ArgParser p("export-log", {
        {"db", "FILE.sqlite", false, false, "historian file"},
        {"site", "NAME", false, false, "site to export (default: the only site in the file)"},
        {"from", "DATE", false, false, "start, UTC, inclusive (default: the first sample)"},
        {"to", "DATE", false, false, "end, UTC, exclusive (default: after the last sample)"},
        {"out", "FILE.csv|-", false, false, "time-series CSV to write ('-' = standard output)"},
    });
    p.parse(args);
    const auto db = p.value("db");
    if (!db) throw UsageError("missing --db FILE.sqlite\n" + p.usage());
    const auto out = p.value("out");
    if (!out) throw UsageError("missing --out FILE.csv (or - for standard output)\n" + p.usage());
    const std::int64_t from_ms = timeArgument(p, "from", std::numeric_limits<std::int64_t>::min());
    const std::int64_t to_ms = timeArgument(p, "to", std::numeric_limits<std::int64_t>::max());
    if (to_ms <= from_ms) throw InputError("", "--to", "an end after the start", *p.value("to"));

    requireExistingDatabase(*db);
    Historian historian(*db);
    HistorianCatalog catalog(*db);
    const int site_id = catalog.findSite(p.value("site"));
    if (*out != "-") {
        exportLogCsv(historian, site_id, from_ms, to_ms, *out);
        return 0;
    }
    TemporaryFile tmp;
    exportLogCsv(historian, site_id, from_ms, to_ms, tmp.path());
    std::ifstream in(tmp.path(), std::ios::binary);
    std::cout << in.rdbuf();
    std::cout.flush();
    if (!std::cout) throw std::runtime_error("standard output: write failed");
    return 0;
}

} // namespace gridtwin::cli
