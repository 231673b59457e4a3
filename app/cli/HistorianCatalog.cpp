#include "HistorianCatalog.h"

#include "model/InputError.h"
#include "store/SqliteStatement.h"

#include <filesystem>
#include <stdexcept>

namespace gridtwin::cli {

HistorianCatalog::HistorianCatalog(const std::string& path) : path_(path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw std::runtime_error(path + ": cannot open: " + msg);
    }
}

HistorianCatalog::~HistorianCatalog() { sqlite3_close(db_); }

std::vector<CatalogSite> HistorianCatalog::sites() {
    SqliteStatement st(db_, path_, "SELECT id, name FROM sites ORDER BY id");
    std::vector<CatalogSite> out;
    while (st.step()) out.push_back({static_cast<int>(st.i64(0)), st.text(1)});
    return out;
}

ChannelStats HistorianCatalog::channelStats(int channel_id) {
    // (channel_id, time_ms) is the primary key, so this is a range scan of one channel.
    SqliteStatement st(db_, path_, "SELECT count(*), min(time_ms), max(time_ms) FROM samples WHERE channel_id = ?");
    st.bind(1, channel_id);
    ChannelStats s;
    if (st.step() && st.i64(0) > 0) s = {st.i64(0), st.i64(1), st.i64(2)};
    return s;
}

int HistorianCatalog::findSite(const std::optional<std::string>& name) {
    const std::vector<CatalogSite> all = sites();
    std::string list;
    for (const CatalogSite& s : all) list += (list.empty() ? "" : ", ") + ("'" + s.name + "'");
    if (list.empty()) list = "none stored";
    if (!name) {
        if (all.size() == 1) return all.front().id;
        throw InputError(path_, "--site", "--site NAME naming one of the stored sites", list);
    }
    for (const CatalogSite& s : all)
        if (s.name == *name) return s.id;
    throw InputError(path_, "--site", "one of the stored sites (" + list + ")", *name);
}

void requireExistingDatabase(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw InputError(path, "", "an existing historian file", "no such file");
}

} // namespace gridtwin::cli
