#include "io/SourceSpec.h"

#include "io/ReplaySource.h"
#include "io/SimulatorSource.h"
#include "model/InputError.h"
#include "model/LiveSourceText.h"
#include "store/HistorianReplayLog.h"

#include <algorithm>

namespace gridtwin {

namespace {

SunSpecRole sunSpecRole(DeviceRole r) {
    switch (r) {
    case DeviceRole::Inverter: return SunSpecRole::Inverter;
    case DeviceRole::Storage: return SunSpecRole::Storage;
    case DeviceRole::Meter: return SunSpecRole::Meter;
    }
    return SunSpecRole::Inverter;
}

} // namespace

SunSpecSourceConfig siteDeviceSourceConfig(const SiteConfig& site) {
    const auto& list = site.data_sources.devices;
    if (list.empty())
        throw InputError("", "data_sources.devices",
                         "at least one field device (inverter, storage or meter) for the live source \"devices\"",
                         "no devices");
    SunSpecSourceConfig c;
    c.host = list.front().host;
    c.port = list.front().port;
    c.poll_interval_ms = list.front().poll_interval_ms;
    for (const FieldDeviceConfig& f : list) {
        SunSpecDeviceConfig d;
        d.role = sunSpecRole(f.role);
        d.unit_id = f.unit_id;
        d.host = f.host;
        d.port = f.port;
        d.poll_interval_ms = f.poll_interval_ms;
        c.poll_interval_ms = std::min(c.poll_interval_ms, f.poll_interval_ms);
        c.devices.push_back(d);
    }
    // One record per fastest poll: a slower device repeats its last value in between.
    c.sample_interval_ms = c.poll_interval_ms;
    return c;
}

SourceSpec parseSourceSpec(std::string_view text) { return parseSourceSpec(text, referenceSite()); }

SourceSpec parseSourceSpec(std::string_view text, const SiteConfig& site) {
    const LiveSourceText t = parseLiveSourceText(text);
    SourceSpec spec;
    switch (t.kind) {
    case LiveSourceText::Kind::Simulation: break;
    case LiveSourceText::Kind::ReplayCsv:
    case LiveSourceText::Kind::ReplayHistorian:
        spec.kind = t.kind == LiveSourceText::Kind::ReplayCsv ? SourceSpec::Kind::ReplayCsv
                                                              : SourceSpec::Kind::ReplayHistorian;
        spec.path = t.path;
        spec.site_name = t.site_name;
        break;
    case LiveSourceText::Kind::SiteDevices:
        spec.kind = SourceSpec::Kind::Devices;
        spec.devices = siteDeviceSourceConfig(site);
        break;
    case LiveSourceText::Kind::Devices:
        spec.kind = SourceSpec::Kind::Devices;
        spec.devices = SunSpecSourceConfig::sitePreset(t.host, t.port, t.units[0], t.units[1], t.units[2]);
        break;
    case LiveSourceText::Kind::Prometheus:
    case LiveSourceText::Kind::Dcgm:
        spec.kind = SourceSpec::Kind::Gpu;
        spec.gpu.mode = t.kind == LiveSourceText::Kind::Dcgm ? GpuTelemetryConfig::Mode::ExporterScrape
                                                             : GpuTelemetryConfig::Mode::PrometheusQuery;
        spec.gpu.url = t.url;
        validateGpuTelemetryConfig(spec.gpu);
        break;
    }
    return spec;
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
