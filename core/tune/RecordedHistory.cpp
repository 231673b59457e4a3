#include "tune/RecordedHistory.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"
#include "store/Historian.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>

namespace gridtwin {

namespace {

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

struct Reader {
    Historian& db;
    const std::string& file;
    int site_id;
    const std::string& site_name;

    std::vector<HistorianSample> channel(const std::string& name, std::int64_t from_ms, std::int64_t to_ms,
                                         bool required) {
        for (const ChannelInfo& c : db.channels(site_id)) {
            if (c.name != name) continue;
            auto s = db.samples(c.id, from_ms, to_ms);
            std::erase_if(s, [](const HistorianSample& x) { return x.quality == Quality::Bad || !std::isfinite(x.value); });
            return s;
        }
        if (required) throw InputError(file, "site " + site_name, "a stored channel " + name, "none");
        return {};
    }
};

// Hourly means over the whole hours of [from, to); InputError for an hour without samples.
HourlySeries hourly(const std::vector<HistorianSample>& s, std::int64_t from_ms, std::int64_t to_ms,
                    const std::string& file, const std::string& name, const std::string& unit) {
    HourlySeries h;
    h.label = name + " recorded in " + file;
    h.unit = unit;
    h.start_ms = from_ms - ((from_ms % kMsPerHour) + kMsPerHour) % kMsPerHour;
    const auto hours = static_cast<std::size_t>((to_ms - h.start_ms + kMsPerHour - 1) / kMsPerHour);
    std::vector<double> sum(hours, 0.0);
    std::vector<int> n(hours, 0);
    for (const HistorianSample& x : s) {
        if (x.time_ms < h.start_ms) continue;
        const auto i = static_cast<std::size_t>((x.time_ms - h.start_ms) / kMsPerHour);
        if (i >= hours) continue;
        sum[i] += x.value;
        ++n[i];
    }
    for (std::size_t i = 0; i < hours; ++i) {
        if (n[i] == 0)
            throw InputError(file, name, "samples in every hour of the period",
                             "none in the hour from " + formatIsoUtc(h.start_ms + static_cast<std::int64_t>(i) * kMsPerHour));
        h.values.push_back(static_cast<float>(sum[i] / n[i]));
    }
    return h;
}

// Value at each hour stamp: the mean of the samples within half an hour of it (step-hold of the
// nearest earlier sample when there are none); outside the record, `outside`.
void stampValues(const std::vector<HistorianSample>& s, pv::PvYearProfile& y, std::vector<float>& out, float outside) {
    std::size_t lo = 0;
    for (int h = 0; h < y.hours; ++h) {
        const std::int64_t t = y.start_ms + static_cast<std::int64_t>(h) * kMsPerHour;
        while (lo < s.size() && s[lo].time_ms < t - kMsPerHour / 2) ++lo;
        double sum = 0;
        int n = 0;
        for (std::size_t i = lo; i < s.size() && s[i].time_ms < t + kMsPerHour / 2; ++i) {
            sum += s[i].value;
            ++n;
        }
        if (n > 0) out[static_cast<std::size_t>(h)] = static_cast<float>(sum / n);
        else if (lo > 0 && lo < s.size()) out[static_cast<std::size_t>(h)] = static_cast<float>(s[lo - 1].value);
        else out[static_cast<std::size_t>(h)] = outside;
    }
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
    Historian db(file);
    std::optional<int> site_id;
    std::string site_name = p.historian_site;
    const auto all = db.sites();
    if (site_name.empty() && all.size() == 1) {
        site_id = all.front().first;
        site_name = all.front().second;
    } else if (!site_name.empty()) {
        site_id = db.findSite(site_name);
    }
    if (!site_id) {
        std::string names;
        for (const auto& [id, name] : all) names += (names.empty() ? "" : ", ") + name;
        throw InputError(file, "site", "one of the stored sites: " + (names.empty() ? "(none)" : names), p.historian_site);
    }
    Reader rd{db, file, *site_id, site_name};
    const std::int64_t query_to = p.to_ms > p.from_ms ? p.to_ms : std::numeric_limits<std::int64_t>::max();
    auto load = rd.channel("load_kw", p.from_ms, query_to, true);
    if (load.size() < 2) throw InputError(file, "site " + site_name + " load_kw", "at least two samples in the period",
                                          std::to_string(load.size()) + " samples");
    // The spacing that occurs most often is the step of the replay.
    std::map<std::int64_t, std::size_t> gaps;
    for (std::size_t i = 1; i < load.size(); ++i) ++gaps[load[i].time_ms - load[i - 1].time_ms];
    const std::int64_t step_ms =
        std::max_element(gaps.begin(), gaps.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;

    RecordedHistory out;
    out.period.step_ms = step_ms;
    out.period.start_ms = p.to_ms > p.from_ms ? p.from_ms : load.front().time_ms;
    out.period.end_ms = p.to_ms > p.from_ms ? p.to_ms : load.back().time_ms + step_ms;
    validatePeriod(out.period);
    if (load.front().time_ms > out.period.start_ms || load.back().time_ms + step_ms < out.period.end_ms)
        throw InputError(file, "site " + site_name + " load_kw",
                         "samples covering " + formatIsoUtc(out.period.start_ms) + " to " + formatIsoUtc(out.period.end_ms),
                         formatIsoUtc(load.front().time_ms) + " to " + formatIsoUtc(load.back().time_ms + step_ms));

    auto in = std::make_shared<SimulationInputs>();
    in->site = replaySite(site);
    in->start_ms = out.period.start_ms;
    in->end_ms = out.period.end_ms;
    in->weather = site.inputs.weather_file.empty() ? loadReferenceWeather() : readPvgisTmy(site.inputs.weather_file);
    const std::int64_t margin = kMsPerHour; // hour stamps around the edges
    auto pv = rd.channel("pv_kw", out.period.start_ms - margin, out.period.end_ms + margin, true);
    const auto curtailed = rd.channel("pv_curtailed_kw", out.period.start_ms - margin, out.period.end_ms + margin, false);
    std::map<std::int64_t, double> extra;
    for (const auto& c : curtailed) extra[c.time_ms] = c.value;
    for (auto& x : pv)
        if (const auto it = extra.find(x.time_ms); it != extra.end()) x.value += it->second;
    const auto ambient = rd.channel("ambient_c", out.period.start_ms - margin, out.period.end_ms + margin, false);
    const int last_year = civilFromMs(out.period.end_ms - 1).year;
    for (int year = civilFromMs(out.period.start_ms).year; year <= last_year; ++year) {
        pv::PvYearProfile y = pv::computePvYearProfile(in->site, in->weather, year);
        stampValues(pv, y, y.pv_ac_kw, 0.0F);
        if (!ambient.empty()) {
            std::vector<float> tmy = y.ambient_c;
            stampValues(ambient, y, y.ambient_c, 0.0F);
            for (std::size_t h = 0; h < tmy.size(); ++h) // TMY value outside the record
                if (y.start_ms + static_cast<std::int64_t>(h) * kMsPerHour + kMsPerHour < ambient.front().time_ms ||
                    y.start_ms + static_cast<std::int64_t>(h) * kMsPerHour > ambient.back().time_ms + kMsPerHour)
                    y.ambient_c[h] = tmy[h];
        }
        y.weather_label = "recorded PV in " + file;
        in->pv_years.push_back(std::move(y));
    }
    in->price = hourly(rd.channel("price_eur_per_mwh", out.period.start_ms, out.period.end_ms, true),
                       out.period.start_ms, out.period.end_ms, file, "price_eur_per_mwh", "EUR/MWh");
    in->carbon = hourly(rd.channel("carbon_g_per_kwh", out.period.start_ms, out.period.end_ms, true),
                        out.period.start_ms, out.period.end_ms, file, "carbon_g_per_kwh", "gCO2e/kWh");
    in->it_load = std::make_unique<StoredLoad>(std::move(load));
    out.inputs = std::move(in);
    return out;
}

} // namespace gridtwin
