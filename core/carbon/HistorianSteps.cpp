#include "carbon/HistorianSteps.h"

#include "io/TimeSeriesCsvReader.h"
#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "store/Historian.h"
#include "store/SqliteStatement.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <vector>

namespace gridtwin {

namespace {

int worse(Quality a, Quality b) {
    auto rank = [](Quality q) { return q == Quality::Good ? 0 : q == Quality::Simulated ? 1 : q == Quality::Stale ? 2 : 3; };
    return rank(a) >= rank(b) ? 0 : 1;
}

// Site names and ids, read-only (the Historian API creates a site on lookup).
std::vector<std::pair<int, std::string>> listSites(const std::string& path) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw InputError(path, "", "a GridTwin historian (SQLite) file", "a file SQLite cannot open");
    }
    std::vector<std::pair<int, std::string>> out;
    try {
        SqliteStatement q(db, path, "SELECT id, name FROM sites ORDER BY id");
        while (q.step()) out.emplace_back(static_cast<int>(q.i64(0)), q.text(1));
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
    return out;
}

int findSite(const std::string& path, const std::string& name, std::string& found_name) {
    const auto sites = listSites(path);
    std::string names;
    for (const auto& s : sites) names += (names.empty() ? "" : ", ") + s.second;
    if (name.empty()) {
        if (sites.size() != 1)
            throw InputError(path, "sites", "exactly one site (or name one with --db-site)", names.empty() ? "no sites" : names);
        found_name = sites[0].second;
        return sites[0].first;
    }
    for (const auto& s : sites)
        if (s.second == name) {
            found_name = name;
            return s.first;
        }
    throw InputError(path, "sites", "a site named '" + name + "'", names.empty() ? "no sites" : names);
}

struct ChannelMap {
    std::vector<int> ids; // per standard field; 0 = absent
    int byName(std::string_view name) const {
        for (int i = 0; i < kStepFieldCount; ++i)
            if (stepFieldName(i) == name) return ids[static_cast<std::size_t>(i)];
        return 0;
    }
};

ChannelMap standardChannels(Historian& h, int site_id) {
    ChannelMap m;
    m.ids.assign(kStepFieldCount, 0);
    for (const ChannelInfo& c : h.channels(site_id))
        for (int i = 0; i < kStepFieldCount; ++i)
            if (c.name == stepFieldName(i)) m.ids[static_cast<std::size_t>(i)] = c.id;
    return m;
}

} // namespace

HistorianStepsInfo scanHistorianSteps(const std::string& path, const std::string& site_name, std::int64_t from_ms,
                                      std::int64_t to_ms) {
    if (!std::filesystem::exists(path)) throw InputError(path, "", "an existing historian file", "no such file");
    HistorianStepsInfo info;
    const int site_id = findSite(path, site_name, info.site_name);
    Historian h(path);
    const ChannelMap m = standardChannels(h, site_id);
    const int grid = m.byName("grid_kw"); // its samples give the time axis of the steps
    if (grid == 0) throw InputError(path, "site '" + info.site_name + "'", "a grid_kw channel", "none");
    // Spacing from the first month of data.
    std::map<std::int64_t, int> spacing;
    const auto first = h.samples(grid, from_ms, std::min(to_ms, from_ms + 31 * kMsPerDay));
    for (std::size_t i = 1; i < first.size(); ++i) ++spacing[first[i].time_ms - first[i - 1].time_ms];
    if (first.empty()) throw InputError(path, "site '" + info.site_name + "'", "steps from " + formatIsoUtc(from_ms), "none in the first month");
    info.step_ms = 900'000;
    int best = 0;
    for (const auto& [d, n] : spacing)
        if (n > best) { best = n; info.step_ms = d; }
    if (info.step_ms <= 0 || kMsPerHour % info.step_ms != 0)
        throw InputError(path, "site '" + info.site_name + "'", "a step that divides one hour", std::to_string(info.step_ms) + " ms");
    info.first_ms = first.front().time_ms;
    const int soc = m.byName("soc_pct");
    if (soc != 0) {
        const auto s = h.samples(soc, info.first_ms, info.first_ms + 1);
        if (!s.empty()) info.first_soc_pct = s.front().value;
    }
    return info;
}

void readHistorianSteps(const std::string& path, const HistorianStepsInfo& info, std::int64_t from_ms, std::int64_t to_ms,
                        const std::function<void(std::span<const StepRecord>)>& sink) {
    std::string name;
    const int site_id = findSite(path, info.site_name, name);
    Historian h(path);
    const ChannelMap m = standardChannels(h, site_id);
    for (std::int64_t a = from_ms; a < to_ms; a += 31 * kMsPerDay) {
        const std::int64_t b = std::min(to_ms, a + 31 * kMsPerDay);
        std::map<std::int64_t, StepRecord> steps;
        for (int i = 0; i < kStepFieldCount; ++i) {
            const int id = m.ids[static_cast<std::size_t>(i)];
            if (id == 0) continue;
            for (const HistorianSample& s : h.samples(id, a, b)) {
                auto [it, inserted] = steps.try_emplace(s.time_ms);
                StepRecord& r = it->second;
                if (inserted) {
                    r.time_ms = s.time_ms;
                    r.quality = s.quality;
                } else if (worse(r.quality, s.quality)) {
                    r.quality = s.quality;
                }
                setStepFieldValue(r, i, s.value);
            }
        }
        std::vector<StepRecord> batch;
        batch.reserve(steps.size());
        for (auto& [t, r] : steps) batch.push_back(r);
        if (!batch.empty()) sink(batch);
    }
}

} // namespace gridtwin
