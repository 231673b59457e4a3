#pragma once
// The text form of a live source (`gridtwin --source SPEC`, a site's data_sources.live_source),
// parsed without building anything, so the site loader can check it and io/SourceSpec can build
// from it. One grammar:
//   sim                              the site simulation
//   devices                          the site's own device list (data_sources.devices)
//   devices:HOST:PORT[:INV,BESS,MTR] SunSpec devices behind one gateway (unit ids, 0 = absent)
//   replay:FILE.csv | replay:FILE.db#SITE
//   prometheus:URL | dcgm:URL

#include <string>
#include <string_view>

namespace gridtwin {

struct LiveSourceText {
    enum class Kind {
        Simulation,
        SiteDevices,
        Devices,
        ReplayCsv,
        ReplayHistorian,
        Prometheus,
        Dcgm
    };
    Kind kind = Kind::Simulation;
    std::string path;      // replay file
    std::string site_name; // replay:FILE.db#SITE
    std::string host;      // devices:HOST:PORT
    int port = 0;
    int units[3] = {1, 2, 3}; // inverter, storage, meter; 0 = absent
    std::string url;          // prometheus, dcgm
};

/// What a valid text looks like (for messages and tooltips).
std::string liveSourceForms();

/// Throws InputError("", "--source", expected, text) when the text does not follow the grammar.
LiveSourceText parseLiveSourceText(std::string_view text);

} // namespace gridtwin
