#include "tune/RecordedHistory.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "store/Historian.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <stdexcept>

namespace gridtwin {

namespace {

// A gap in the stored load longer than this is refused (shorter ones hold the last sample).
constexpr std::int64_t kMaxLoadGapMs = kMsPerHour;

// Stored facility load, each sample held until the next (the last one to the end).
class StoredLoad : public ItLoadModel {
public:
    explicit StoredLoad(std::vector<HistorianSample> s) : s_(std::move(s)) {}

protected:
    double meanItLoadKwFrom(Cursor& cursor, std::int64_t t0_ms, std::int64_t t1_ms) const override {
        if (s_.empty()) return 0.0;
        if (cursor.index >= s_.size() || s_[cursor.index].time_ms > t0_ms) cursor.index = 0;
        while (cursor.index + 1 < s_.size() && s_[cursor.index + 1].time_ms <= t0_ms) ++cursor.index;
        if (t1_ms <= t0_ms) return s_[cursor.index].value;
        double sum = 0;
        std::int64_t t = t0_ms;
        std::size_t i = cursor.index;
        while (t < t1_ms) {
            const std::int64_t end = i + 1 < s_.size() ? s_[i + 1].time_ms : t1_ms; // the last sample holds
            const std::int64_t seg_end = std::min(end, t1_ms);
            sum += s_[i].value * static_cast<double>(seg_end - t);
            t = seg_end;
            if (t < t1_ms) ++i;
        }
        return sum / static_cast<double>(t1_ms - t0_ms);
    }

private:
    std::vector<HistorianSample> s_;
};

std::int64_t floorHour(std::int64_t t) { return t - ((t % kMsPerHour) + kMsPerHour) % kMsPerHour; }
std::int64_t ceilHour(std::int64_t t) { return floorHour(t + kMsPerHour - 1); }

struct Reader {
    Historian& db;
    const std::string& file;
    int site_id;
    const std::string& site_name;

    std::vector<HistorianSample> channel(const std::string& name, std::int64_t from_ms, std::int64_t to_ms,
                                         bool required) {
        const auto all = db.channels(site_id);
        for (const ChannelInfo& c : all) {
            if (c.name != name) continue;
            auto s = db.samples(c.id, from_ms, to_ms);
            std::erase_if(s, [](const HistorianSample& x) { return x.quality == Quality::Bad || !std::isfinite(x.value); });
            return s;
        }
        if (!required) return {};
        std::string names;
        for (const ChannelInfo& c : all) names += (names.empty() ? "" : ", ") + c.name;
        throw InputError(file, "site " + site_name,
                         "a stored channel " + name + " (load_kw, pv_kw, price_eur_per_mwh and carbon_g_per_kwh are needed)",
                         "channels: " + (names.empty() ? std::string("(none)") : names));
    }
};

// Means of the samples in each UTC hour from first_hour_ms; InputError for an hour without samples.
std::vector<double> hourlyMeans(const std::vector<HistorianSample>& s, std::int64_t first_hour_ms, std::size_t hours,
                                const std::string& file, const std::string& name) {
    std::vector<double> sum(hours, 0.0);
    std::vector<int> n(hours, 0);
    for (const HistorianSample& x : s) {
        if (x.time_ms < first_hour_ms) continue;
        const auto i = static_cast<std::size_t>((x.time_ms - first_hour_ms) / kMsPerHour);
        if (i >= hours) continue;
        sum[i] += x.value;
        ++n[i];
    }
    for (std::size_t i = 0; i < hours; ++i) {
        if (n[i] == 0)
            throw InputError(file, name, "samples in every hour of the period",
                             "none in the hour from " + formatIsoUtc(first_hour_ms + static_cast<std::int64_t>(i) * kMsPerHour));
        sum[i] /= n[i];
    }
    return sum;
}

HourlySeries hourly(const std::vector<HistorianSample>& s, std::int64_t from_ms, std::int64_t to_ms,
                    const std::string& file, const std::string& name, const std::string& unit) {
    HourlySeries h;
    h.label = name + " recorded in " + file;
    h.unit = unit;
    h.start_ms = floorHour(from_ms);
    const auto hours = static_cast<std::size_t>((ceilHour(to_ms) - h.start_ms) / kMsPerHour);
    for (double v : hourlyMeans(s, h.start_ms, hours, file, name)) h.values.push_back(static_cast<float>(v));
    return h;
}

// The engine reads PV and ambient temperature from hourly profile stamps, linearly interpolated
// at the middle of each step. A 1-h record gets its stamps at the middle of each hour, holding
// that hour's mean, so each step replays its recorded value exactly (stamp 0 is the middle of the
// hour before and the last one that of the hour after; they repeat their neighbours). A shorter
// step cannot be held by hourly stamps: they are put on the hours and hold the L2 projection of
// the recorded step-hold series onto the piecewise-linear functions on those knots (energy kept,
// the sub-hour shape smoothed: 60 kW per step at most on the 15-min reference-site record).
struct StampGrid {
    std::int64_t first_hour_ms = 0; // first UTC hour touched by the period
    std::size_t hours = 0;          // UTC hours touched by the period
    bool mid_hour = false;          // 1-h record: stamps at the middle of each hour

    std::int64_t startMs() const { return mid_hour ? first_hour_ms - kMsPerHour / 2 : first_hour_ms; }
    std::size_t stamps() const { return mid_hour ? hours + 2 : hours + 1; }
    std::int64_t stampMs(std::size_t k) const { return startMs() + static_cast<std::int64_t>(k) * kMsPerHour; }
};

// Integral of the unit hat max(0, 1 - |u|) from -infinity to x.
double hatIntegral(double x) {
    if (x <= -1.0) return 0.0;
    if (x < 0.0) return 0.5 * (x + 1.0) * (x + 1.0);
    if (x < 1.0) return 1.0 - 0.5 * (1.0 - x) * (1.0 - x);
    return 1.0;
}

// Knot values of the L2 projection of the step-hold series (each sample held until the next; the
// first back to the first hour, the last to the end) onto the hats on knots 0..hours (in hours).
// The mass matrix is tridiagonal (2/3 inside, 1/3 at the ends, 1/6 beside) and diagonally
// dominant, so the Thomas algorithm is stable.
std::vector<double> hatProjection(const std::vector<HistorianSample>& s, std::int64_t first_hour_ms, std::size_t hours) {
    const std::size_t n = hours + 1;
    const auto at_h = [&](std::int64_t t) { return static_cast<double>(t - first_hour_ms) / static_cast<double>(kMsPerHour); };
    const auto end_h = static_cast<double>(hours);
    std::vector<double> rhs(n, 0.0);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const double a = i == 0 ? 0.0 : std::clamp(at_h(s[i].time_ms), 0.0, end_h);
        const double b = i + 1 < s.size() ? std::clamp(at_h(s[i + 1].time_ms), 0.0, end_h) : end_h;
        if (b <= a) continue;
        const auto k0 = static_cast<std::size_t>(std::max(0.0, std::floor(a) - 1.0));
        const auto k1 = std::min(n - 1, static_cast<std::size_t>(std::ceil(b)) + 1);
        for (std::size_t k = k0; k <= k1; ++k) {
            const auto kd = static_cast<double>(k);
            rhs[k] += s[i].value * (hatIntegral(b - kd) - hatIntegral(a - kd));
        }
    }
    const double off = 1.0 / 6.0;
    std::vector<double> c(n, 0.0);
    std::vector<double> x(n, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        const double diag = (k == 0 || k + 1 == n) ? 1.0 / 3.0 : 2.0 / 3.0;
        const double m = k == 0 ? diag : diag - off * c[k - 1];
        c[k] = off / m;
        x[k] = (rhs[k] - (k == 0 ? 0.0 : off * x[k - 1])) / m;
    }
    for (std::size_t k = n - 1; k-- > 0;) x[k] -= c[k] * x[k + 1];
    return x;
}

// Stamp values of the grid from the samples (hourly means or the projection, see StampGrid).
std::vector<float> stampValues(const StampGrid& g, const std::vector<HistorianSample>& s, const std::string& file,
                               const std::string& name) {
    const std::vector<double> means = hourlyMeans(s, g.first_hour_ms, g.hours, file, name); // refuses empty hours
    std::vector<float> out(g.stamps());
    if (g.mid_hour) {
        for (std::size_t i = 0; i < means.size(); ++i) out[i + 1] = static_cast<float>(means[i]);
        out.front() = out[1];
        out.back() = out[out.size() - 2];
    } else {
        const std::vector<double> v = hatProjection(s, g.first_hour_ms, g.hours);
        // The fit rings into stretches of zeros (PV at night) with decaying +-values; a knot
        // whose neighbouring hours hold only zeros is zero.
        std::vector<bool> zero_hour(g.hours, true);
        for (const HistorianSample& x : s) {
            if (x.time_ms < g.first_hour_ms || x.value == 0.0) continue;
            const auto i = static_cast<std::size_t>((x.time_ms - g.first_hour_ms) / kMsPerHour);
            if (i < g.hours) zero_hour[i] = false;
        }
        for (std::size_t k = 0; k < v.size(); ++k) {
            const bool zero = (k == 0 || zero_hour[k - 1]) && (k == g.hours || zero_hour[k]);
            out[k] = zero ? 0.0F : static_cast<float>(v[k]);
        }
    }
    return out;
}

// Ambient temperature of the TMY at each stamp (linear between its hourly stamps, as the engine
// interpolates it), for a record without ambient_c.
std::vector<float> tmyAmbient(const SiteConfig& site, const StampGrid& g) {
    const WeatherYear weather = siteWeather(site);
    std::map<int, pv::PvYearProfile> years;
    const auto hourStamp = [&](std::int64_t t) {
        const int y = civilFromMs(t).year;
        auto it = years.find(y);
        if (it == years.end()) it = years.emplace(y, pv::computePvYearProfile(site, weather, y)).first;
        return static_cast<double>(it->second.ambient_c[static_cast<std::size_t>((t - it->second.start_ms) / kMsPerHour)]);
    };
    std::vector<float> out(g.stamps());
    for (std::size_t k = 0; k < out.size(); ++k) {
        const std::int64_t t = g.stampMs(k);
        const std::int64_t h = floorHour(t);
        const double f = static_cast<double>(t - h) / static_cast<double>(kMsPerHour);
        out[k] = static_cast<float>(f == 0.0 ? hourStamp(h) : (1.0 - f) * hourStamp(h) + f * hourStamp(h + kMsPerHour));
    }
    return out;
}

} // namespace

SiteConfig replaySite(const SiteConfig& site) {
    SiteConfig s = site;
    s.cluster.pue_min = 1.0;
    s.cluster.pue_slope_per_c = 0.0;
    s.cluster.facility_fixed_kw = 0.0;
    return s;
}

RecordedHistory loadRecordedHistory(const TuningPeriod& p, const SiteConfig& site) {
    const std::string& file = p.historian_path;
    if (file.empty() || !std::filesystem::exists(file))
        throw InputError(file, "", "an existing historian file (project .sqlite)", "no such file");
    if (p.from_ms != 0 && p.to_ms != 0 && p.to_ms <= p.from_ms)
        throw InputError(file, "period", "an end after the start " + formatIsoUtc(p.from_ms), formatIsoUtc(p.to_ms));
    std::unique_ptr<Historian> opened;
    try {
        opened = std::make_unique<Historian>(file);
    } catch (const InputError&) {
        throw;
    } catch (const std::exception& e) { // SQLite refused it: not a database, newer schema, locked
        throw InputError(file, "", "a GridTwin historian file (SQLite)", e.what());
    }
    Historian& db = *opened;
    // "" = the only stored site, or the one named like the site being tuned.
    std::optional<int> site_id;
    std::string site_name = p.historian_site.empty() ? site.name : p.historian_site;
    const auto all = db.sites();
    if (p.historian_site.empty() && all.size() == 1) {
        site_id = all.front().first;
        site_name = all.front().second;
    } else {
        site_id = db.findSite(site_name);
    }
    if (!site_id) {
        std::string names;
        for (const auto& [id, name] : all) names += (names.empty() ? "" : ", ") + name;
        throw InputError(file, "site", "one of the stored sites: " + (names.empty() ? "(none)" : names), site_name);
    }
    Reader rd{db, file, *site_id, site_name};
    const std::int64_t query_to = p.to_ms != 0 ? p.to_ms : std::numeric_limits<std::int64_t>::max();
    auto load = rd.channel("load_kw", p.from_ms, query_to, true);
    if (load.size() < 2) {
        // Say what the record holds, so a period outside it is recognised as such.
        const auto whole = rd.channel("load_kw", 0, std::numeric_limits<std::int64_t>::max(), true);
        throw InputError(file, "site " + site_name + " load_kw",
                         "at least two samples from " + (p.from_ms != 0 ? formatIsoUtc(p.from_ms) : "the start") + " to " +
                             (p.to_ms != 0 ? formatIsoUtc(p.to_ms) : "the end"),
                         whole.empty() ? std::string("no samples")
                                       : std::to_string(whole.size()) + " samples from " + formatIsoUtc(whole.front().time_ms) +
                                             " to " + formatIsoUtc(whole.back().time_ms));
    }
    // The spacing that occurs most often is the step of the replay.
    std::map<std::int64_t, std::size_t> gaps;
    for (std::size_t i = 1; i < load.size(); ++i) ++gaps[load[i].time_ms - load[i - 1].time_ms];
    const std::int64_t step_ms =
        std::max_element(gaps.begin(), gaps.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;

    RecordedHistory out;
    out.period.step_ms = step_ms;
    out.period.start_ms = p.from_ms != 0 ? p.from_ms : load.front().time_ms;
    out.period.end_ms = p.to_ms != 0 ? p.to_ms : load.back().time_ms + step_ms;
    validatePeriod(out.period);
    if (load.front().time_ms > out.period.start_ms || load.back().time_ms + step_ms < out.period.end_ms)
        throw InputError(file, "site " + site_name + " load_kw",
                         "samples covering " + formatIsoUtc(out.period.start_ms) + " to " + formatIsoUtc(out.period.end_ms),
                         formatIsoUtc(load.front().time_ms) + " to " + formatIsoUtc(load.back().time_ms + step_ms));
    for (std::size_t i = 1; i < load.size(); ++i)
        if (load[i].time_ms - load[i - 1].time_ms > kMaxLoadGapMs)
            throw InputError(file, "site " + site_name + " load_kw", "no gap over 1 h in the period",
                             "no samples from " + formatIsoUtc(load[i - 1].time_ms) + " to " + formatIsoUtc(load[i].time_ms));

    auto in = std::make_shared<SimulationInputs>();
    in->site = replaySite(site);
    in->start_ms = out.period.start_ms;
    in->end_ms = out.period.end_ms;
    StampGrid grid;
    grid.first_hour_ms = floorHour(out.period.start_ms);
    grid.hours = static_cast<std::size_t>((ceilHour(out.period.end_ms) - grid.first_hour_ms) / kMsPerHour);
    grid.mid_hour = step_ms == kMsPerHour;
    const std::int64_t first_hour = grid.first_hour_ms;
    const std::int64_t last_hour_end = first_hour + static_cast<std::int64_t>(grid.hours) * kMsPerHour;

    // Available PV = delivered + curtailed at each stored time.
    auto pv = rd.channel("pv_kw", first_hour, last_hour_end, true);
    const auto curtailed = rd.channel("pv_curtailed_kw", first_hour, last_hour_end, false);
    std::map<std::int64_t, double> extra;
    for (const auto& c : curtailed) extra[c.time_ms] = c.value;
    for (auto& x : pv)
        if (const auto it = extra.find(x.time_ms); it != extra.end()) x.value += it->second;
    const auto ambient = rd.channel("ambient_c", first_hour, last_hour_end, false);

    pv::PvYearProfile y; // one profile over the whole period (the engine needs no calendar years)
    y.start_ms = grid.startMs();
    y.hours = static_cast<int>(grid.stamps());
    y.pv_ac_kw = stampValues(grid, pv, file, "site " + site_name + " pv_kw");
    y.ambient_c = ambient.empty() ? tmyAmbient(site, grid) : stampValues(grid, ambient, file, "site " + site_name + " ambient_c");
    y.ghi_w_m2.assign(y.pv_ac_kw.size(), 0.0F); // not recorded; nothing in a replay reads it
    y.weather_label = "recorded PV in " + file;
    in->pv_years.push_back(std::move(y));
    in->price = hourly(rd.channel("price_eur_per_mwh", out.period.start_ms, out.period.end_ms, true),
                       out.period.start_ms, out.period.end_ms, file, "site " + site_name + " price_eur_per_mwh", "EUR/MWh");
    in->carbon = hourly(rd.channel("carbon_g_per_kwh", out.period.start_ms, out.period.end_ms, true),
                        out.period.start_ms, out.period.end_ms, file, "site " + site_name + " carbon_g_per_kwh", "gCO2e/kWh");
    in->it_load = std::make_unique<StoredLoad>(std::move(load));
    out.inputs = std::move(in);
    return out;
}

} // namespace gridtwin
