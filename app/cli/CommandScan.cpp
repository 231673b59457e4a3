// gridtwin-cli scan HOST:PORT: SunSpec devices behind a Modbus TCP address, their models and
// live values with units (docs/sunspec.md).
#include "ArgParser.h"
#include "Commands.h"

#include "io/sunspec/SunSpecScanner.h"
#include "model/InputError.h"

#include <cstdio>

namespace gridtwin::cli {

namespace {

std::string formatValue(const SunSpecPointValue& v) {
    if (!v.implemented) return "(not implemented)";
    if (!v.text.empty()) {
        if (v.type == SunSpecType::String) return "\"" + v.text + "\"";
        return v.text + " (" + std::to_string(v.raw) + ")";
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", std::max(0, -v.scale), v.value);
    return v.units.empty() ? std::string(buf) : std::string(buf) + " " + v.units;
}

} // namespace

int runScan(const std::vector<std::string>& args) {
    ArgParser p("scan HOST:PORT", {
        {"units", "FIRST-LAST", false, false, "unit ids to probe (default 1-247)"},
        {"timeout", "MS", false, false, "response timeout per request (default 1000 ms)"},
        {"all-points", "", false, false, "also list points that are not implemented"},
        {"models-only", "", false, false, "discovery only: models without values"},
    });
    if (args.empty() || args[0].rfind("--", 0) == 0) {
        if (!args.empty() && args[0] == "--help") {
            std::puts(p.usage().c_str());
            return 0;
        }
        throw UsageError("missing HOST:PORT\n" + p.usage());
    }
    p.parse(std::vector<std::string>(args.begin() + 1, args.end()));
    const std::string& target = args[0];
    const auto colon = target.rfind(':');
    SunSpecScanOptions o;
    o.host = colon == std::string::npos ? target : target.substr(0, colon);
    o.port = colon == std::string::npos ? 502 : wholeNumber(target.substr(colon + 1), "HOST:PORT", "a port 1..65535", 1, 65535);
    if (o.host.empty()) throw InputError("", "HOST:PORT", "a host name or address", target);
    if (const auto units = p.value("units")) {
        const auto dash = units->find('-');
        o.unit_first = wholeNumber(units->substr(0, dash), "--units", "FIRST-LAST within 1-247", 1, 247);
        o.unit_last = dash == std::string::npos ? o.unit_first
                                                : wholeNumber(units->substr(dash + 1), "--units", "FIRST-LAST within 1-247", 1, 247);
        if (o.unit_last < o.unit_first) throw InputError("", "--units", "FIRST <= LAST", *units);
    }
    if (const auto t = p.value("timeout")) o.timeout_ms = wholeNumber(*t, "--timeout", "milliseconds 1..60000", 1, 60000);
    o.read_values = !p.has("models-only");
    const bool all_points = p.has("all-points");

    const SunSpecScanResult r = scanSunSpec(o, SunSpecModelCatalog::loadBundled());
    if (!r.connection.ok()) {
        std::fprintf(stderr, "gridtwin-cli scan: %s: %s\n", modbusStatusName(r.connection.status), r.connection.message.c_str());
        return 1;
    }
    std::printf("%s:%d units %d-%d: %zu SunSpec device(s)\n", o.host.c_str(), o.port, o.unit_first, o.unit_last,
                r.devices.size());
    for (const SunSpecScannedDevice& d : r.devices) {
        std::printf("\nunit %d at base %u: %s %s, serial %s, version %s\n", d.unit_id, d.base_address,
                    d.manufacturer.c_str(), d.model.c_str(), d.serial.c_str(), d.version.c_str());
        for (const SunSpecScannedModel& m : d.models) {
            std::printf("  model %d (%s), length %d, at %u%s\n", m.info.id,
                        m.info.name.empty() ? "unknown model" : m.info.name.c_str(), m.info.length, m.info.address,
                        m.read.ok() ? "" : (" - read failed: " + m.read.message).c_str());
            if (m.info.id == 1) continue; // its strings are in the device line
            for (const SunSpecPointValue& v : m.values.points) {
                if (v.name == "ID" || v.name == "L" || v.type == SunSpecType::Sunssf || v.type == SunSpecType::Pad) continue;
                if (!v.implemented && !all_points) continue;
                std::printf("    %-18s %s\n", v.name.c_str(), formatValue(v).c_str());
            }
        }
    }
    for (const auto& [unit, err] : r.unit_errors)
        std::fprintf(stderr, "unit %d: %s: %s\n", unit, modbusStatusName(err.status), err.message.c_str());
    if (!r.silent_units.empty()) {
        std::string list;
        for (int u : r.silent_units) list += (list.empty() ? "" : ",") + std::to_string(u);
        std::fprintf(stderr, "no answer within %d ms from unit(s) %s\n", o.timeout_ms, list.c_str());
    }
    // Silence alone is normal on a gateway with few devices; it is a failure only if nothing answered.
    const bool nothing = r.devices.empty() && !r.silent_units.empty();
    return r.unit_errors.empty() && !nothing ? 0 : 1;
}

} // namespace gridtwin::cli
