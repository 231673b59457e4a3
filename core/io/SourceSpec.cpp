#include "io/SourceSpec.h"

#include "io/ReplaySource.h"
#include "io/SimulatorSource.h"
#include "model/InputError.h"
#include "store/HistorianReplayLog.h"

#include <charconv>

namespace gridtwin {

namespace {

int parseInt(std::string_view s, int lo, int hi, const std::string& what, std::string_view whole) {
    int v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || res.ec != std::errc() || res.ptr != s.data() + s.size() || v < lo || v > hi)
        throw InputError("", "--source", what + " " + std::to_string(lo) + ".." + std::to_string(hi),
                         std::string(whole));
    return v;
}

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

SourceSpec parseSourceSpec(std::string_view text) {
    const std::string expected =
        "sim, replay:FILE.csv, replay:FILE.db#SITE, devices:HOST:PORT[:INV,BESS,METER], prometheus:URL or dcgm:URL";
    SourceSpec spec;
    if (text == "sim" || text == "simulation") return spec;
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon + 1 == text.size())
        throw InputError("", "--source", expected, std::string(text));
    const std::string_view kind = text.substr(0, colon);
    const std::string_view rest = text.substr(colon + 1);
    if (kind == "replay") {
        const std::size_t hash = rest.rfind('#');
        if (hash != std::string_view::npos) {
            spec.kind = SourceSpec::Kind::ReplayHistorian;
            spec.path = std::string(rest.substr(0, hash));
            spec.site_name = std::string(rest.substr(hash + 1));
            if (spec.path.empty() || spec.site_name.empty())
                throw InputError("", "--source", "replay:FILE.db#SITE", std::string(text));
        } else {
            if (!endsWith(rest, ".csv") && !endsWith(rest, ".CSV"))
                throw InputError("", "--source", "replay:FILE.csv, or replay:FILE.db#SITE for a historian",
                                 std::string(text));
            spec.kind = SourceSpec::Kind::ReplayCsv;
            spec.path = std::string(rest);
        }
        return spec;
    }
    if (kind == "devices") {
        // HOST:PORT[:INV,BESS,METER]
        const std::size_t c1 = rest.find(':');
        if (c1 == std::string_view::npos || c1 == 0)
            throw InputError("", "--source", "devices:HOST:PORT[:INV,BESS,METER]", std::string(text));
        const std::string host(rest.substr(0, c1));
        const std::string_view after = rest.substr(c1 + 1);
        const std::size_t c2 = after.find(':');
        const int port = parseInt(after.substr(0, c2), 1, 65535, "a port", text);
        int units[3] = {1, 2, 3};
        if (c2 != std::string_view::npos) {
            std::string_view list = after.substr(c2 + 1);
            for (int k = 0; k < 3; ++k) {
                const std::size_t comma = list.find(',');
                if ((k < 2) != (comma != std::string_view::npos))
                    throw InputError("", "--source", "three unit ids INV,BESS,METER (0 = absent)", std::string(text));
                units[k] = parseInt(list.substr(0, comma), 0, 247, "a unit id", text);
                if (comma != std::string_view::npos) list = list.substr(comma + 1);
            }
        }
        spec.kind = SourceSpec::Kind::Devices;
        spec.devices = SunSpecSourceConfig::sitePreset(host, port, units[0], units[1], units[2]);
        return spec;
    }
    if (kind == "prometheus" || kind == "dcgm") {
        spec.kind = SourceSpec::Kind::Gpu;
        spec.gpu.mode = kind == "dcgm" ? GpuTelemetryConfig::Mode::ExporterScrape
                                       : GpuTelemetryConfig::Mode::PrometheusQuery;
        spec.gpu.url = std::string(rest);
        validateGpuTelemetryConfig(spec.gpu);
        return spec;
    }
    throw InputError("", "--source", expected, std::string(text));
}

std::unique_ptr<LiveSource> makeSource(const SourceSpec& spec, const SiteConfig& site) {
    switch (spec.kind) {
    case SourceSpec::Kind::Simulation: {
        auto s = std::make_unique<SimulatorSource>(site, spec.start_ms, 1000);
        s->setSpeed(spec.speed);
        return s;
    }
    case SourceSpec::Kind::ReplayCsv:
    case SourceSpec::Kind::ReplayHistorian: {
        std::unique_ptr<ReplayLog> log;
        if (spec.kind == SourceSpec::Kind::ReplayCsv) log = std::make_unique<CsvReplayLog>(spec.path);
        else log = std::make_unique<HistorianReplayLog>(spec.path, spec.site_name);
        auto s = std::make_unique<ReplaySource>(std::move(log));
        s->setSpeed(spec.speed);
        if (spec.start_ms > s->firstMs() && spec.start_ms <= s->lastMs()) s->seek(spec.start_ms);
        return s;
    }
    case SourceSpec::Kind::Devices:
        return std::make_unique<SunSpecDeviceSource>(spec.devices);
    case SourceSpec::Kind::Gpu:
        return std::make_unique<GpuTelemetrySource>(spec.gpu);
    }
    throw InputError("", "--source", "a known source kind", "?");
}

} // namespace gridtwin
