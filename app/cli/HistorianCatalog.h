#pragma once
// Read-only listing of what a historian file holds (sites, per-channel sample counts and time
// ranges), which the Historian API does not offer. Opened next to a Historian that has already
// checked (and migrated) the file.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace gridtwin::cli {

struct CatalogSite {
    int id = 0;
    std::string name;
};

struct ChannelStats {
    std::int64_t count = 0;
    std::int64_t first_ms = 0; // meaningful when count > 0
    std::int64_t last_ms = 0;
};

class HistorianCatalog {
public:
    explicit HistorianCatalog(const std::string& path); // throws std::runtime_error naming path
    ~HistorianCatalog();
    HistorianCatalog(const HistorianCatalog&) = delete;
    HistorianCatalog& operator=(const HistorianCatalog&) = delete;

    std::vector<CatalogSite> sites();
    ChannelStats channelStats(int channel_id);
    /// The site called `name`, or with no name the only site in the file. Throws InputError
    /// (file = the database) listing the stored sites when there is no such site or a choice.
    int findSite(const std::optional<std::string>& name);

private:
    std::string path_;
    sqlite3* db_ = nullptr;
};

/// Commands that only read a historian must not create an empty one for a mistyped name:
/// throws InputError naming path when it does not exist.
void requireExistingDatabase(const std::string& path);

} // namespace gridtwin::cli
