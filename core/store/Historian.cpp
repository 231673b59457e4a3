#include "store/Historian.h"

#include "store/HistorianSchema.h"
#include "store/SqliteStatement.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <unordered_map>

namespace gridtwin {

namespace {
constexpr std::size_t kLevels = std::size(kRollupLevelsS);
constexpr std::int64_t kNoBucket = std::numeric_limits<std::int64_t>::min();

std::int64_t floorTo(std::int64_t t, std::int64_t width) {
    const std::int64_t r = t % width;
    return r < 0 ? t - r - width : t - r;
}

struct Accumulator {
    std::int64_t bucket_ms = kNoBucket;
    double min = 0, max = 0, sum = 0;
    std::int64_t count = 0;

    void add(double v) {
        if (count == 0) {
            min = max = v;
        } else {
            min = std::min(min, v);
            max = std::max(max, v);
        }
        sum += v;
        ++count;
    }
    void merge(const RollupBucket& b) {
        if (b.count <= 0) return;
        if (count == 0) {
            min = b.min;
            max = b.max;
        } else {
            min = std::min(min, b.min);
            max = std::max(max, b.max);
        }
        sum += b.mean * static_cast<double>(b.count);
        count += b.count;
    }
    RollupBucket bucket() const {
        return {bucket_ms, min, count ? sum / static_cast<double>(count) : 0.0, max, count};
    }
};

// Open rollup buckets of one channel, one per level (samples mostly arrive in time order).
struct ChannelRollups {
    std::array<Accumulator, kLevels> open;
    std::int64_t newest_ms = std::numeric_limits<std::int64_t>::min(); // newest stored or queued
    bool newest_known = false;
};

// Samples newer than everything stored for their channel cannot be duplicates; they are queued
// and written kMultiRows at a time by one multi-row INSERT (less VDBE work per row).
constexpr int kMultiRows = 64;
struct QueuedRow {
    int channel_id;
    std::int64_t time_ms;
    double value;
    int quality;
};

std::string multiRowInsertSql() {
    std::string sql = "INSERT OR IGNORE INTO samples (channel_id, time_ms, value, quality) VALUES (?, ?, ?, ?)";
    for (int i = 1; i < kMultiRows; ++i) sql += ", (?, ?, ?, ?)";
    return sql;
}

struct FinishedBucket {
    int channel_id;
    std::int64_t level_s;
    RollupBucket bucket;
};
} // namespace

struct Historian::Impl {
    sqlite3* db = nullptr;
    std::string path;
    HistorianOptions opt;
    SqliteStatement insert_sample, insert_many, newest_sample, upsert_rollup, begin, commit;
    std::array<QueuedRow, kMultiRows> queue{};
    int queued = 0;
    bool in_tx = false;
    std::chrono::steady_clock::time_point tx_start;
    std::size_t tx_rows = 0;
    std::unordered_map<int, ChannelRollups> open_rollups;
    std::vector<FinishedBucket> finished;
    std::unordered_map<int, std::array<int, kStepFieldCount>> step_channels; // per site, 0 = none yet

    ~Impl() { sqlite3_close_v2(db); }

    void beginIfNeeded() {
        if (in_tx) return;
        begin.run();
        in_tx = true;
        tx_start = std::chrono::steady_clock::now();
        tx_rows = 0;
    }

    ChannelRollups& channel(int channel_id) {
        ChannelRollups& c = open_rollups[channel_id];
        if (!c.newest_known) {
            newest_sample.bind(1, channel_id);
            if (newest_sample.step() && !newest_sample.isNull(0)) c.newest_ms = newest_sample.i64(0);
            newest_sample.reset();
            c.newest_known = true;
        }
        return c;
    }

    void writeQueue() {
        if (queued == kMultiRows) {
            int p = 1;
            for (const QueuedRow& r : queue) {
                insert_many.bind(p, r.channel_id).bind(p + 1, r.time_ms).bind(p + 2, r.value).bind(p + 3, r.quality);
                p += 4;
            }
            insert_many.run();
        } else {
            for (int i = 0; i < queued; ++i) {
                const QueuedRow& r = queue[static_cast<std::size_t>(i)];
                insert_sample.bind(1, r.channel_id).bind(2, r.time_ms).bind(3, r.value).bind(4, r.quality).run();
            }
        }
        queued = 0;
    }

    // Inserts one sample and feeds the rollups; false when (channel, time) was already stored.
    bool insert(int channel_id, ChannelRollups& roll, const HistorianSample& s) {
        ++tx_rows;
        if (s.time_ms > roll.newest_ms) {
            roll.newest_ms = s.time_ms;
            queue[static_cast<std::size_t>(queued++)] = {channel_id, s.time_ms, s.value, static_cast<int>(s.quality)};
            if (queued == kMultiRows) writeQueue();
        } else {
            writeQueue(); // keep the order: a queued row may hold the same key
            insert_sample.bind(1, channel_id).bind(2, s.time_ms).bind(3, s.value).bind(4, static_cast<int>(s.quality));
            insert_sample.run();
            if (sqlite3_changes(db) == 0) return false;
        }
        if (s.quality == Quality::Bad || !std::isfinite(s.value)) return true; // kept out of rollups
        for (std::size_t l = 0; l < kLevels; ++l) {
            const std::int64_t b = floorTo(s.time_ms, kRollupLevelsS[l] * 1000);
            Accumulator& a = roll.open[l];
            if (a.bucket_ms != b) {
                if (a.count > 0) finished.push_back({channel_id, kRollupLevelsS[l], a.bucket()});
                a = Accumulator{};
                a.bucket_ms = b;
            }
            a.add(s.value);
        }
        return true;
    }

    void writeRollup(int channel_id, std::int64_t level_s, const RollupBucket& b) {
        upsert_rollup.bind(1, channel_id).bind(2, level_s).bind(3, b.bucket_ms).bind(4, b.min);
        upsert_rollup.bind(5, b.mean).bind(6, b.max).bind(7, b.count).run();
    }
};

Historian::Historian(const std::string& path, HistorianOptions options) : path_(path), d_(std::make_unique<Impl>()) {
    d_->path = path;
    d_->opt = options;
    if (sqlite3_open_v2(path.c_str(), &d_->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        throwSqlite(d_->db, path, "cannot open the historian");
    sqlite3_busy_timeout(d_->db, 5000);
    const std::string& p = d_->path;
    // Validate before any write so that a foreign file is left exactly as it was.
    historian_schema::storedVersion(d_->db, p);
    // 16 KiB pages for new files (no effect on existing ones): fewer B-tree splits at ingest.
    sqliteExec(d_->db, p, "PRAGMA page_size = 16384");
    {
        SqliteStatement wal(d_->db, p, "PRAGMA journal_mode = WAL");
        if (!wal.step() || wal.text(0) != "wal") throwSqlite(d_->db, p, "cannot switch to WAL mode");
    }
    // WAL + NORMAL: a commit survives a killed process (not necessarily a power cut).
    sqliteExec(d_->db, p, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
    historian_schema::migrate(d_->db, p);
    d_->insert_sample = SqliteStatement(d_->db, p,
        "INSERT OR IGNORE INTO samples (channel_id, time_ms, value, quality) VALUES (?, ?, ?, ?)");
    // Merges a batch bucket into the stored one (mean weighted by count).
    d_->upsert_rollup = SqliteStatement(d_->db, p,
        "INSERT INTO rollups (channel_id, level_s, bucket_ms, min, mean, max, count) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (channel_id, level_s, bucket_ms) DO UPDATE SET "
        "min = min(rollups.min, excluded.min), max = max(rollups.max, excluded.max), "
        "mean = (rollups.mean * rollups.count + excluded.mean * excluded.count) / (rollups.count + excluded.count), "
        "count = rollups.count + excluded.count");
    d_->insert_many = SqliteStatement(d_->db, p, multiRowInsertSql().c_str());
    d_->newest_sample = SqliteStatement(d_->db, p, "SELECT max(time_ms) FROM samples WHERE channel_id = ?");
    d_->begin = SqliteStatement(d_->db, p, "BEGIN");
    d_->commit = SqliteStatement(d_->db, p, "COMMIT");
}

Historian::~Historian() {
    try {
        flush();
    } catch (...) {
        // A destructor must not throw; the open transaction is rolled back by close.
    }
}

int Historian::schemaVersion() const { return historian_schema::storedVersion(d_->db, d_->path); }

int Historian::siteId(const std::string& name) {
    SqliteStatement q(d_->db, d_->path, "SELECT id FROM sites WHERE name = ?");
    q.bind(1, name);
    if (q.step()) return static_cast<int>(q.i64(0));
    SqliteStatement ins(d_->db, d_->path, "INSERT INTO sites (name) VALUES (?)");
    ins.bind(1, name).run();
    return static_cast<int>(sqlite3_last_insert_rowid(d_->db));
}

std::vector<std::pair<int, std::string>> Historian::sites() {
    std::vector<std::pair<int, std::string>> out;
    SqliteStatement q(d_->db, d_->path, "SELECT id, name FROM sites ORDER BY id");
    while (q.step()) out.emplace_back(static_cast<int>(q.i64(0)), q.text(1));
    return out;
}

std::optional<int> Historian::findSite(const std::string& name) {
    SqliteStatement q(d_->db, d_->path, "SELECT id FROM sites WHERE name = ?");
    q.bind(1, name);
    if (q.step()) return static_cast<int>(q.i64(0));
    return std::nullopt;
}

int Historian::channelId(int site_id, const std::string& name, const std::string& unit, const std::string& source) {
    SqliteStatement q(d_->db, d_->path, "SELECT id, unit FROM channels WHERE site_id = ? AND name = ?");
    q.bind(1, site_id).bind(2, name);
    if (q.step()) {
        if (q.text(1) != unit)
            throw std::runtime_error(d_->path + ": channel '" + name + "' is stored in '" + q.text(1) +
                                     "', not in '" + unit + "'");
        return static_cast<int>(q.i64(0));
    }
    SqliteStatement ins(d_->db, d_->path, "INSERT INTO channels (site_id, name, unit, source) VALUES (?, ?, ?, ?)");
    ins.bind(1, site_id).bind(2, name).bind(3, unit).bind(4, source).run();
    return static_cast<int>(sqlite3_last_insert_rowid(d_->db));
}

std::vector<ChannelInfo> Historian::channels(int site_id) const {
    std::vector<ChannelInfo> out;
    SqliteStatement q(d_->db, d_->path, "SELECT id, site_id, name, unit, source FROM channels WHERE site_id = ? ORDER BY id");
    q.bind(1, site_id);
    while (q.step())
        out.push_back({static_cast<int>(q.i64(0)), static_cast<int>(q.i64(1)), q.text(2), q.text(3), q.text(4)});
    return out;
}

void Historian::appendSteps(int site_id, std::span<const StepRecord> steps, StepFieldMask fields,
                            const std::string& source) {
    auto& ids = d_->step_channels[site_id];
    std::array<ChannelRollups*, kStepFieldCount> rolls{};
    for (int i = 0; i < kStepFieldCount; ++i) {
        if (!(fields & (1u << i))) continue;
        const auto k = static_cast<std::size_t>(i);
        if (ids[k] == 0) {
            const std::string name(stepFieldName(i));
            ids[k] = channelId(site_id, name, unitForColumn(name), source);
        }
        rolls[k] = &d_->channel(ids[k]);
    }
    d_->beginIfNeeded();
    for (const StepRecord& r : steps) {
        for (int i = 0; i < kStepFieldCount; ++i) {
            const auto k = static_cast<std::size_t>(i);
            if (!rolls[k]) continue;
            if (!d_->insert(ids[k], *rolls[k], {r.time_ms, stepFieldValue(r, i), r.quality})) ++duplicates_;
        }
    }
    maybeCommit();
}

void Historian::appendSamples(int channel_id, std::span<const HistorianSample> samples) {
    ChannelRollups& roll = d_->channel(channel_id);
    d_->beginIfNeeded();
    for (const HistorianSample& s : samples)
        if (!d_->insert(channel_id, roll, s)) ++duplicates_;
    maybeCommit();
}

void Historian::maybeCommit() {
    if (d_->tx_rows >= d_->opt.max_batch_rows ||
        std::chrono::steady_clock::now() - d_->tx_start >= d_->opt.commit_interval)
        flush();
}

void Historian::flush() {
    Impl& d = *d_;
    if (!d.in_tx) return;
    d.writeQueue();
    for (const FinishedBucket& f : d.finished) d.writeRollup(f.channel_id, f.level_s, f.bucket);
    d.finished.clear();
    for (auto& [channel_id, roll] : d.open_rollups) {
        for (std::size_t l = 0; l < kLevels; ++l) {
            Accumulator& a = roll.open[l];
            if (a.count > 0) d.writeRollup(channel_id, kRollupLevelsS[l], a.bucket());
            a = Accumulator{};
        }
    }
    d.commit.run();
    d.in_tx = false;
}

std::vector<HistorianSample> Historian::samples(int channel_id, std::int64_t from_ms, std::int64_t to_ms) {
    flush();
    std::vector<HistorianSample> out;
    SqliteStatement q(d_->db, d_->path,
        "SELECT time_ms, value, quality FROM samples WHERE channel_id = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms");
    q.bind(1, channel_id).bind(2, from_ms).bind(3, to_ms);
    while (q.step()) out.push_back({q.i64(0), q.real(1), static_cast<Quality>(q.i64(2))});
    return out;
}

std::vector<RollupBucket> Historian::rollups(int channel_id, std::int64_t level_s, std::int64_t from_ms, std::int64_t to_ms) {
    flush();
    std::vector<RollupBucket> out;
    SqliteStatement q(d_->db, d_->path,
        "SELECT bucket_ms, min, mean, max, count FROM rollups "
        "WHERE channel_id = ? AND level_s = ? AND bucket_ms >= ? AND bucket_ms < ? ORDER BY bucket_ms");
    q.bind(1, channel_id).bind(2, level_s).bind(3, from_ms).bind(4, to_ms);
    while (q.step()) out.push_back({q.i64(0), q.real(1), q.real(2), q.real(3), q.i64(4)});
    return out;
}

std::int64_t Historian::decimationLevelS(std::int64_t from_ms, std::int64_t to_ms, int points) {
    if (points <= 0 || to_ms <= from_ms) return 0;
    const std::int64_t width_ms = (to_ms - from_ms + points - 1) / points;
    std::int64_t level = 0;
    for (std::int64_t l : kRollupLevelsS)
        if (l * 1000 <= width_ms) level = l; // coarsest level that still resolves a bucket
    return level;
}

std::vector<RollupBucket> Historian::decimated(int channel_id, std::int64_t from_ms, std::int64_t to_ms, int points) {
    std::vector<RollupBucket> out;
    if (points <= 0 || to_ms <= from_ms) return out;
    flush();
    const std::int64_t width_ms = (to_ms - from_ms + points - 1) / points;
    const std::int64_t level = decimationLevelS(from_ms, to_ms, points);
    Accumulator acc;
    auto take = [&](std::int64_t t, const RollupBucket& b) {
        const std::int64_t bucket = from_ms + (t - from_ms) / width_ms * width_ms;
        if (bucket != acc.bucket_ms) {
            if (acc.count > 0) out.push_back(acc.bucket());
            acc = Accumulator{};
            acc.bucket_ms = bucket;
        }
        acc.merge(b);
    };
    if (level == 0) {
        SqliteStatement q(d_->db, d_->path,
            "SELECT time_ms, value FROM samples WHERE channel_id = ? AND time_ms >= ? AND time_ms < ? "
            "AND quality <> 2 ORDER BY time_ms");
        q.bind(1, channel_id).bind(2, from_ms).bind(3, to_ms);
        while (q.step()) {
            const double v = q.real(1);
            take(q.i64(0), {0, v, v, v, 1});
        }
    } else {
        SqliteStatement q(d_->db, d_->path,
            "SELECT bucket_ms, min, mean, max, count FROM rollups "
            "WHERE channel_id = ? AND level_s = ? AND bucket_ms >= ? AND bucket_ms < ? ORDER BY bucket_ms");
        q.bind(1, channel_id).bind(2, level).bind(3, from_ms).bind(4, to_ms);
        while (q.step()) take(q.i64(0), {0, q.real(1), q.real(2), q.real(3), q.i64(4)});
    }
    if (acc.count > 0) out.push_back(acc.bucket());
    return out;
}

std::int64_t Historian::addEvent(const HistorianEvent& e) {
    SqliteStatement q(d_->db, d_->path,
        "INSERT INTO events (site_id, time_ms, kind, severity, message, acknowledged_ms, cleared_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, e.site_id).bind(2, e.time_ms).bind(3, e.kind).bind(4, e.severity).bind(5, e.message);
    if (e.acknowledged_ms) q.bind(6, *e.acknowledged_ms); else q.bindNull(6);
    if (e.cleared_ms) q.bind(7, *e.cleared_ms); else q.bindNull(7);
    q.run();
    const std::int64_t id = sqlite3_last_insert_rowid(d_->db);
    flush(); // an alarm is committed at once, not with the next sample batch
    return id;
}

namespace {
void setEventTime(sqlite3* db, const std::string& path, const char* sql, std::int64_t id, std::int64_t time_ms) {
    SqliteStatement q(db, path, sql);
    q.bind(1, time_ms).bind(2, id).run();
    if (sqlite3_changes(db) == 0) throw std::runtime_error(path + ": no event with id " + std::to_string(id));
}
} // namespace

void Historian::acknowledgeEvent(std::int64_t id, std::int64_t time_ms) {
    setEventTime(d_->db, d_->path, "UPDATE events SET acknowledged_ms = ? WHERE id = ?", id, time_ms);
    flush();
}

void Historian::clearEvent(std::int64_t id, std::int64_t time_ms) {
    setEventTime(d_->db, d_->path, "UPDATE events SET cleared_ms = ? WHERE id = ?", id, time_ms);
    flush();
}

std::vector<HistorianEvent> Historian::events(int site_id, std::int64_t from_ms, std::int64_t to_ms) {
    std::vector<HistorianEvent> out;
    SqliteStatement q(d_->db, d_->path,
        "SELECT id, site_id, time_ms, kind, severity, message, acknowledged_ms, cleared_ms FROM events "
        "WHERE site_id = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms, id");
    q.bind(1, site_id).bind(2, from_ms).bind(3, to_ms);
    while (q.step()) {
        HistorianEvent e{q.i64(0), static_cast<int>(q.i64(1)), q.i64(2), q.text(3), q.text(4), q.text(5), {}, {}};
        if (!q.isNull(6)) e.acknowledged_ms = q.i64(6);
        if (!q.isNull(7)) e.cleared_ms = q.i64(7);
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t Historian::addConfigVersion(int site_id, std::int64_t time_ms, const std::string& author,
                                         const std::string& reason, const std::string& json,
                                         std::optional<std::int64_t> parent_id) {
    SqliteStatement q(d_->db, d_->path,
        "INSERT INTO config_versions (site_id, time_ms, author, reason, json, parent_id) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, site_id).bind(2, time_ms).bind(3, author).bind(4, reason).bind(5, json);
    if (parent_id) q.bind(6, *parent_id);
    else q.bindNull(6);
    q.run();
    const std::int64_t id = sqlite3_last_insert_rowid(d_->db);
    flush();
    return id;
}

namespace {
constexpr const char* kConfigColumns =
    "SELECT id, site_id, time_ms, author, reason, json, parent_id FROM config_versions ";
ConfigVersion readConfig(const SqliteStatement& q) {
    ConfigVersion v{q.i64(0), static_cast<int>(q.i64(1)), q.i64(2), q.text(3), q.text(4), q.text(5), {}};
    if (!q.isNull(6)) v.parent_id = q.i64(6);
    return v;
}
} // namespace

std::vector<ConfigVersion> Historian::configVersions(int site_id) {
    std::vector<ConfigVersion> out;
    SqliteStatement q(d_->db, d_->path, (std::string(kConfigColumns) + "WHERE site_id = ? ORDER BY time_ms, id").c_str());
    q.bind(1, site_id);
    while (q.step()) out.push_back(readConfig(q));
    return out;
}

std::optional<ConfigVersion> Historian::configVersion(std::int64_t id) {
    SqliteStatement q(d_->db, d_->path, (std::string(kConfigColumns) + "WHERE id = ?").c_str());
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return readConfig(q);
}

std::int64_t Historian::appendAudit(const AuditEntry& e) {
    SqliteStatement q(d_->db, d_->path,
        "INSERT INTO audit_log (time_ms, user, profile, action, detail) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, e.time_ms).bind(2, e.user).bind(3, e.profile).bind(4, e.action).bind(5, e.detail).run();
    const std::int64_t id = sqlite3_last_insert_rowid(d_->db);
    flush(); // an audit trail must not wait for the next ingest commit
    return id;
}

std::vector<AuditEntry> Historian::auditLog(std::int64_t from_ms, std::int64_t to_ms) {
    std::vector<AuditEntry> out;
    SqliteStatement q(d_->db, d_->path,
        "SELECT id, time_ms, user, profile, action, detail FROM audit_log "
        "WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, id");
    q.bind(1, from_ms).bind(2, to_ms);
    while (q.step()) out.push_back({q.i64(0), q.i64(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return out;
}

std::string Historian::integrityCheck() {
    flush();
    std::string out;
    SqliteStatement q(d_->db, d_->path, "PRAGMA integrity_check");
    while (q.step()) {
        if (!out.empty()) out += '\n';
        out += q.text(0);
    }
    return out;
}

} // namespace gridtwin
