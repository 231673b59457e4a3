#pragma once
// Which live source to show, as chosen in the connection dialog or on the command line
// (`gridtwin --source SPEC`), and the one place that builds it:
//   sim                              the reference-site simulation (default)
//   devices                          the site's field devices (SiteConfig data_sources.devices)
//   replay:FILE.csv                  a recorded time-series CSV
//   replay:FILE.db#SITE              a site's samples in a historian file
//   devices:HOST:PORT[:INV,BESS,MTR] SunSpec devices behind one Modbus TCP gateway (unit ids,
//                                    default 1,2,3 as served by gridtwin-devsim; 0 = absent)
//   prometheus:URL                   GPU power from a Prometheus server (sum(DCGM_FI_DEV_POWER_USAGE))
//   dcgm:URL                         GPU power scraped from a dcgm-exporter /metrics URL

#include "io/LiveSource.h"
#include "io/prometheus/GpuTelemetrySource.h"
#include "io/sunspec/SunSpecDeviceSource.h"
#include "model/SiteConfig.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace gridtwin {

struct SourceSpec {
    enum class Kind { Simulation, ReplayCsv, ReplayHistorian, Devices, Gpu };
    Kind kind = Kind::Simulation;
    std::string path;           // replay file
    std::string site_name;      // ReplayHistorian
    double speed = 1.0;         // simulation and replay; 0 = as fast as possible
    std::int64_t start_ms = 0;  // simulation start; replay: seek here first when inside the log
    SunSpecSourceConfig devices;
    GpuTelemetryConfig gpu;
};

/// Parses the command-line form above (grammar: model/LiveSourceText.h). Throws
/// InputError(where = "--source") naming what was expected and what was found. "devices" takes
/// the device list of site (the reference site's devsim devices in the one-argument form).
SourceSpec parseSourceSpec(std::string_view text);
SourceSpec parseSourceSpec(std::string_view text, const SiteConfig& site);

/// The site's device list as a SunSpec source configuration (each device with its own host,
/// port and poll interval; records at the fastest poll interval). InputError when the list is
/// empty.
SunSpecSourceConfig siteDeviceSourceConfig(const SiteConfig& site);

/// Builds the source (not started). Throws InputError for bad files or settings (the replay
/// reader's errors name file, line and column).
std::unique_ptr<LiveSource> makeSource(const SourceSpec& spec, const SiteConfig& site);

} // namespace gridtwin
