#include "store/HistorianReplayLog.h"

#include "model/InputError.h"
#include "store/Historian.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <stdexcept>

namespace gridtwin {

namespace {

// The worse of two qualities (Bad > Stale > others), so one bad field marks the whole step.
Quality worse(Quality a, Quality b) {
    const auto rank = [](Quality q) { return q == Quality::Bad ? 2 : q == Quality::Stale ? 1 : 0; };
    return rank(b) > rank(a) ? b : a;
}

} // namespace

HistorianReplayLog::HistorianReplayLog(std::string db_path, const std::string& site_name)
    : path_(std::move(db_path)), site_name_(site_name) {
    if (!std::filesystem::exists(path_))
        throw InputError(path_, "", "an existing historian file", "no such file");
    try {
        Historian check(path_); // refuses files that are not (or newer) historians; migrates old ones
    } catch (const std::runtime_error& e) {
        throw InputError(path_, "", "a GridTwin historian file", e.what());
    }
    if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        const std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw InputError(path_, "", "a readable historian file", msg);
    }
    sqlite3_busy_timeout(db_, 5000);
    int site_id = 0;
    {
        SqliteStatement q(db_, path_, "SELECT id FROM sites WHERE name = ?");
        q.bind(1, site_name_);
        if (q.step()) site_id = static_cast<int>(q.i64(0));
    }
    if (site_id == 0) {
        std::string names;
        SqliteStatement q(db_, path_, "SELECT name FROM sites ORDER BY name");
        while (q.step()) names += (names.empty() ? "" : ", ") + q.text(0);
        sqlite3_close(db_);
        db_ = nullptr;
        throw InputError(path_, "site", "one of the stored sites (" + (names.empty() ? "none" : names) + ")",
                         site_name_);
    }
    {
        SqliteStatement q(db_, path_, "SELECT id, name FROM channels WHERE site_id = ? ORDER BY id");
        q.bind(1, site_id);
        while (q.step()) {
            const std::string name = q.text(1);
            for (int i = 0; i < kStepFieldCount; ++i) {
                if (name == stepFieldName(i)) {
                    channel_ids_.push_back(static_cast<int>(q.i64(0)));
                    channel_field_.push_back(i);
                    id_list_ += (id_list_.empty() ? "" : ",") + std::to_string(q.i64(0));
                }
            }
        }
    }
    bool have = false;
    if (!id_list_.empty()) {
        const std::string sql =
            "SELECT min(time_ms), max(time_ms) FROM samples WHERE channel_id IN (" + id_list_ + ")";
        SqliteStatement q(db_, path_, sql.c_str());
        if (q.step() && !q.isNull(0)) {
            first_ms_ = q.i64(0);
            last_ms_ = q.i64(1);
            have = true;
        }
    }
    if (!have) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw InputError(path_, "site " + site_name_, "samples on the standard channels (pv_kw ...)", "none");
    }
    cursor_ms_ = first_ms_;
}

HistorianReplayLog::~HistorianReplayLog() { sqlite3_close(db_); }

std::string HistorianReplayLog::description() const {
    const std::string file = std::filesystem::path(path_).filename().string();
    return "historian: " + file + " / " + site_name_;
}

void HistorianReplayLog::seek(std::int64_t time_ms) {
    buffer_.clear();
    cursor_ms_ = time_ms;
}

bool HistorianReplayLog::loadFrom(std::int64_t from_ms) {
    std::int64_t from = from_ms;
    while (from <= last_ms_) {
        const std::int64_t to = from + kChunkMs;
        const std::string sql = "SELECT channel_id, time_ms, value, quality FROM samples WHERE channel_id IN (" +
                                id_list_ + ") AND time_ms >= ? AND time_ms < ? ORDER BY time_ms";
        SqliteStatement q(db_, path_, sql.c_str());
        q.bind(1, from).bind(2, to);
        std::map<int, int> field_of;
        for (std::size_t k = 0; k < channel_ids_.size(); ++k) field_of[channel_ids_[k]] = channel_field_[k];
        while (q.step()) {
            const std::int64_t t = q.i64(1);
            if (buffer_.empty() || buffer_.back().time_ms != t) {
                StepRecord r;
                r.time_ms = t;
                r.quality = Quality::Good;
                buffer_.push_back(r);
            }
            StepRecord& r = buffer_.back();
            setStepFieldValue(r, field_of[static_cast<int>(q.i64(0))], q.real(2));
            const auto qual = q.i64(3);
            if (qual >= 0 && qual <= 3) r.quality = worse(r.quality, static_cast<Quality>(qual));
        }
        cursor_ms_ = to;
        if (!buffer_.empty()) return true;
        // An empty hour: jump to the next stored sample instead of walking a long gap hour by hour.
        const std::string next_sql =
            "SELECT min(time_ms) FROM samples WHERE channel_id IN (" + id_list_ + ") AND time_ms >= ?";
        SqliteStatement n(db_, path_, next_sql.c_str());
        n.bind(1, to);
        if (!n.step() || n.isNull(0)) return false;
        from = n.i64(0);
    }
    return false;
}

bool HistorianReplayLog::next(StepRecord& out) {
    if (buffer_.empty() && !loadFrom(cursor_ms_)) return false;
    out = buffer_.front();
    buffer_.pop_front();
    return true;
}

} // namespace gridtwin
