#include "model/LiveSourceText.h"

#include "model/InputError.h"

#include <charconv>

namespace gridtwin {

namespace {

int parseInt(std::string_view s, int lo, int hi, const std::string& what, std::string_view whole) {
    int v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || res.ec != std::errc() || res.ptr != s.data() + s.size() || v < lo || v > hi)
        throw InputError("", "--source",
                         what + " " + std::to_string(lo) + ".." + std::to_string(hi),
                         std::string(whole));
    return v;
}

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

std::string liveSourceForms() {
    return "sim, devices (the site's device list), devices:HOST:PORT[:INV,BESS,METER], "
           "replay:FILE.csv, "
           "replay:FILE.db#SITE, prometheus:URL or dcgm:URL";
}

LiveSourceText parseLiveSourceText(std::string_view text) {
    LiveSourceText spec;
    if (text == "sim" || text == "simulation") return spec;
    if (text == "devices") {
        spec.kind = LiveSourceText::Kind::SiteDevices;
        return spec;
    }
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon + 1 == text.size())
        throw InputError("", "--source", liveSourceForms(), std::string(text));
    const std::string_view kind = text.substr(0, colon);
    const std::string_view rest = text.substr(colon + 1);
    if (kind == "replay") {
        const std::size_t hash = rest.rfind('#');
        if (hash != std::string_view::npos) {
            spec.kind = LiveSourceText::Kind::ReplayHistorian;
            spec.path = std::string(rest.substr(0, hash));
            spec.site_name = std::string(rest.substr(hash + 1));
            if (spec.path.empty() || spec.site_name.empty())
                throw InputError("", "--source", "replay:FILE.db#SITE", std::string(text));
        } else {
            if (!endsWith(rest, ".csv") && !endsWith(rest, ".CSV"))
                throw InputError("", "--source",
                                 "replay:FILE.csv, or replay:FILE.db#SITE for a historian",
                                 std::string(text));
            spec.kind = LiveSourceText::Kind::ReplayCsv;
            spec.path = std::string(rest);
        }
        return spec;
    }
    if (kind == "devices") {
        const std::size_t c1 = rest.find(':');
        if (c1 == std::string_view::npos || c1 == 0)
            throw InputError("", "--source", "devices:HOST:PORT[:INV,BESS,METER]",
                             std::string(text));
        spec.host = std::string(rest.substr(0, c1));
        const std::string_view after = rest.substr(c1 + 1);
        const std::size_t c2 = after.find(':');
        spec.port = parseInt(after.substr(0, c2), 1, 65535, "a port", text);
        if (c2 != std::string_view::npos) {
            std::string_view list = after.substr(c2 + 1);
            for (int k = 0; k < 3; ++k) {
                const std::size_t comma = list.find(',');
                if ((k < 2) != (comma != std::string_view::npos))
                    throw InputError("", "--source", "three unit ids INV,BESS,METER (0 = absent)",
                                     std::string(text));
                spec.units[k] = parseInt(list.substr(0, comma), 0, 247, "a unit id", text);
                if (comma != std::string_view::npos) list = list.substr(comma + 1);
            }
        }
        spec.kind = LiveSourceText::Kind::Devices;
        return spec;
    }
    if (kind == "prometheus" || kind == "dcgm") {
        spec.kind = kind == "dcgm" ? LiveSourceText::Kind::Dcgm : LiveSourceText::Kind::Prometheus;
        spec.url = std::string(rest);
        return spec;
    }
    throw InputError("", "--source", liveSourceForms(), std::string(text));
}

} // namespace gridtwin
