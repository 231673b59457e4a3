#pragma once
// The embedded historian: one SQLite file (C API, WAL) holding sites, channels, samples with a
// quality flag, 1 min / 15 min / 1 h rollups, events and alarms, and site-configuration versions.
// The schema is documented in docs/historian.md and readable with the plain sqlite3 tool.
// Every source (simulator, replay, devices, log import) writes through appendSteps/appendSamples;
// writes are batched in one transaction committed at least every commit_interval (1 s), so a
// killed process loses at most about the last second.

#include "io/TimeSeriesCsvReader.h"
#include "model/StepRecord.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace gridtwin {

inline constexpr int kHistorianSchemaVersion = 2;
/// Rollup levels in seconds, finest first.
inline constexpr std::int64_t kRollupLevelsS[] = {60, 900, 3600};

struct HistorianSample {
    std::int64_t time_ms = 0;
    double value = 0;
    Quality quality = Quality::Good;
};

struct ChannelInfo {
    int id = 0;
    int site_id = 0;
    std::string name;
    std::string unit;
    std::string source;
};

/// One rollup row or one bucket of a decimated query.
struct RollupBucket {
    std::int64_t bucket_ms = 0; // start of the bucket
    double min = 0;
    double mean = 0;
    double max = 0;
    std::int64_t count = 0;
};

struct HistorianEvent {
    std::int64_t id = 0;
    int site_id = 0;
    std::int64_t time_ms = 0;
    std::string kind;       // e.g. "threshold_breach"
    std::string severity;   // "info", "warning", "critical"
    std::string message;
    std::optional<std::int64_t> acknowledged_ms;
    std::optional<std::int64_t> cleared_ms;
};

struct ConfigVersion {
    std::int64_t id = 0;
    int site_id = 0;
    std::int64_t time_ms = 0;
    std::string author;
    std::string reason;
    std::string json;
    std::optional<std::int64_t> parent_id; // the version this one was derived from (schema v2)
};

/// One row of the append-only audit log (schema v2): who did what, when, under which profile.
struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t time_ms = 0;
    std::string user;
    std::string profile;   // "operator", "engineer", "compliance", ...
    std::string action;    // stable code, e.g. "export_config_version", "enable_setpoint_writing"
    std::string detail;    // free text for the reader
};

struct HistorianOptions {
    std::chrono::milliseconds commit_interval{1000}; // wall time between commits while ingesting
    std::size_t max_batch_rows = 1'000'000;          // or this many rows, whichever comes first
};

class Historian {
public:
    /// Opens or creates path and migrates it to kHistorianSchemaVersion. Throws std::runtime_error
    /// naming the file when it is not a database, not a GridTwin historian, newer than this
    /// program, or corrupt. Never deletes stored data.
    explicit Historian(const std::string& path, HistorianOptions options = {});
    ~Historian(); // commits pending writes
    Historian(const Historian&) = delete;
    Historian& operator=(const Historian&) = delete;

    const std::string& path() const { return path_; }
    int schemaVersion() const;

    int siteId(const std::string& name); // creates the site when new
    /// Stored sites as (id, name), by id; and one site's id without creating it.
    std::vector<std::pair<int, std::string>> sites();
    std::optional<int> findSite(const std::string& name);
    /// Creates the channel when new; an existing (site, name) with another unit throws.
    int channelId(int site_id, const std::string& name, const std::string& unit, const std::string& source);
    std::vector<ChannelInfo> channels(int site_id) const;

    /// The common ingest path: one sample per standard channel (pv_kw .. reason, see
    /// stepFieldName) per step; fields not in `fields` are not written. Duplicate times are
    /// ignored (stored data is never overwritten).
    void appendSteps(int site_id, std::span<const StepRecord> steps, StepFieldMask fields = kAllStepFields,
                     const std::string& source = "steps");
    void appendSamples(int channel_id, std::span<const HistorianSample> samples);
    /// Writes the rollups of everything appended and commits.
    void flush();
    std::uint64_t duplicatesIgnored() const { return duplicates_; }

    /// Raw samples with from_ms <= time < to_ms, ascending.
    std::vector<HistorianSample> samples(int channel_id, std::int64_t from_ms, std::int64_t to_ms);
    /// Rollup rows of one level (60, 900, 3600 s) with from_ms <= bucket < to_ms.
    std::vector<RollupBucket> rollups(int channel_id, std::int64_t level_s, std::int64_t from_ms,
                                      std::int64_t to_ms);
    /// At most `points` buckets of equal width over [from_ms, to_ms) with min/mean/max/count,
    /// from raw samples or the coarsest rollup level not wider than a bucket (empty buckets left
    /// out). A rollup row counts in the bucket holding its start.
    std::vector<RollupBucket> decimated(int channel_id, std::int64_t from_ms, std::int64_t to_ms, int points);
    /// Which source decimated() uses: 0 = raw samples, else the rollup level in seconds.
    static std::int64_t decimationLevelS(std::int64_t from_ms, std::int64_t to_ms, int points);

    std::int64_t addEvent(const HistorianEvent& e); // returns the id
    void acknowledgeEvent(std::int64_t id, std::int64_t time_ms);
    void clearEvent(std::int64_t id, std::int64_t time_ms);
    std::vector<HistorianEvent> events(int site_id, std::int64_t from_ms, std::int64_t to_ms);

    std::int64_t addConfigVersion(int site_id, std::int64_t time_ms, const std::string& author,
                                  const std::string& reason, const std::string& json,
                                  std::optional<std::int64_t> parent_id = std::nullopt);
    std::vector<ConfigVersion> configVersions(int site_id); // oldest first, json included
    std::optional<ConfigVersion> configVersion(std::int64_t id);

    /// Appends an audit entry (e.id ignored) and commits at once; returns the id.
    std::int64_t appendAudit(const AuditEntry& e);
    /// Entries with from_ms <= time < to_ms, oldest first (ties by id).
    std::vector<AuditEntry> auditLog(std::int64_t from_ms, std::int64_t to_ms);

    /// PRAGMA integrity_check text ("ok" when healthy).
    std::string integrityCheck();

    struct Impl;

private:
    void maybeCommit();
    std::string path_;
    std::unique_ptr<Impl> d_;
    std::uint64_t duplicates_ = 0;
};

} // namespace gridtwin
