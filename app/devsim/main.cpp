// gridtwin-devsim: the simulated site as three SunSpec devices on Modbus TCP (docs/sunspec.md).
// The server lives in core (SunSpecDeviceServer) so tests run it in-process; this is its shell.
#include "io/sunspec/SunSpecDeviceServer.h"
#include "model/InputError.h"
#include "model/SiteConfigJson.h"
#include "model/TimeUtc.h"

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <csignal>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>
#include <vector>

namespace {

std::atomic<bool> g_stop{false};
extern "C" void onSignal(int) { g_stop = true; }

void printHelp() {
    std::puts(
        "gridtwin-devsim " GRIDTWIN_VERSION " - a simulated AI compute site as SunSpec devices on Modbus TCP\n"
        "\n"
        "usage: gridtwin-devsim [OPTIONS]\n"
        "\n"
        "  --port N             TCP port (default 1502; 502 needs privileges)\n"
        "  --bind ADDRESS       address to listen on (default 127.0.0.1; 0.0.0.0 for all)\n"
        "  --site demo|FILE     the site to simulate: the reference site or a site JSON (default demo)\n"
        "  --speed X            simulated seconds per wall-clock second, 0 < X <= 3600 (default 1)\n"
        "  --base 0|40000|50000 register address of the SunS marker (default 40000)\n"
        "  --units I,B,M        unit ids of inverter, BESS and meter (default 1,2,3)\n"
        "  --no-701             the inverter serves model 103 only (no DER AC measurement 701)\n"
        "  --fault KIND[:ARG]   inject a fault (repeatable):\n"
        "                         drop[:S]          close all client connections every S s (default 10)\n"
        "                         delay:MS          answer every request MS milliseconds late\n"
        "                         exception:CODE[/N] answer every Nth request (default every) with exception CODE\n"
        "                         stale             values (and the 802 heartbeat) stop updating\n"
        "\n"
        "Devices: inverter models 1, 103, 701; BESS models 1, 124, 802 (setpoint: 124 StorCtl_Mod +\n"
        "OutWRte/InWRte in % of WChaMax); meter models 1, 203 (W > 0 import). Unknown unit ids answer\n"
        "exception 11. Stop with Ctrl+C. Exit codes: 0 ok, 1 cannot serve, 2 usage.");
}

int number(const std::string& text, const char* option, int lo, int hi) {
    int v = 0;
    const char* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || p != end || v < lo || v > hi)
        throw gridtwin::InputError("", option, "an integer " + std::to_string(lo) + ".." + std::to_string(hi), text);
    return v;
}

} // namespace

int main(int argc, char** argv) {
    using namespace gridtwin;
    const std::vector<std::string> args(argv + 1, argv + argc);
    SunSpecServerConfig cfg;
    std::string site_arg = "demo";
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            if (a == "--help" || a == "-h") {
                printHelp();
                return 0;
            }
            if (a == "--version") {
                std::puts("gridtwin-devsim " GRIDTWIN_VERSION);
                return 0;
            }
            if (a == "--no-701") {
                cfg.with_701 = false;
                continue;
            }
            if (i + 1 >= args.size() || a.rfind("--", 0) != 0) {
                std::fprintf(stderr, "gridtwin-devsim: unknown option or missing value: %s (see --help)\n", a.c_str());
                return 2;
            }
            const std::string& v = args[++i];
            if (a == "--port") cfg.port = number(v, "--port", 1, 65535);
            else if (a == "--bind") cfg.bind_address = v;
            else if (a == "--site") site_arg = v;
            else if (a == "--speed") {
                char* end = nullptr;
                cfg.speed = std::strtod(v.c_str(), &end);
                if (end == v.c_str() || *end != '\0' || !(cfg.speed > 0) || cfg.speed > 3600)
                    throw InputError("", "--speed", "a factor 0 < X <= 3600", v);
            } else if (a == "--base") {
                cfg.base_address = static_cast<std::uint32_t>(number(v, "--base", 0, 50000));
                if (cfg.base_address != 0 && cfg.base_address != 40000 && cfg.base_address != 50000)
                    throw InputError("", "--base", "0, 40000 or 50000 (where SunSpec clients look)", v);
            } else if (a == "--units") {
                const auto c1 = v.find(','), c2 = v.find(',', c1 == std::string::npos ? c1 : c1 + 1);
                if (c1 == std::string::npos || c2 == std::string::npos)
                    throw InputError("", "--units", "three unit ids I,B,M", v);
                cfg.inverter_unit = number(v.substr(0, c1), "--units", 1, 247);
                cfg.storage_unit = number(v.substr(c1 + 1, c2 - c1 - 1), "--units", 1, 247);
                cfg.meter_unit = number(v.substr(c2 + 1), "--units", 1, 247);
            } else if (a == "--fault") cfg.faults.parse(v);
            else {
                std::fprintf(stderr, "gridtwin-devsim: unknown option %s (see --help)\n", a.c_str());
                return 2;
            }
        }
    } catch (const InputError& e) {
        std::fprintf(stderr, "gridtwin-devsim: %s\n", e.what());
        return 2;
    }

    try {
        const SiteConfig site = site_arg == "demo" ? referenceSite() : loadSiteConfig(site_arg);
        const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count();
        // One year of simulated time from now at 1 s steps; the registers then hold the last values.
        const std::int64_t year_ms = 365LL * 24 * kMsPerHour;
        std::fprintf(stderr, "gridtwin-devsim: preparing the simulation of '%s' ...\n", site.name.c_str());
        SunSpecDeviceServer server(cfg, makeSimulationPlant(site, now_ms, year_ms), SunSpecModelCatalog::loadBundled());
        server.start();
        std::printf("gridtwin-devsim: serving '%s' on %s:%d, SunS at %u: unit %d inverter, %d BESS, %d meter; speed %gx%s\n",
                    site.name.c_str(), cfg.bind_address.c_str(), server.port(), cfg.base_address, cfg.inverter_unit,
                    cfg.storage_unit, cfg.meter_unit, cfg.speed, cfg.faults.any() ? "; faults on" : "");
        std::fflush(stdout);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        bool reported = false;
        while (!g_stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (!reported && !server.updateError().empty()) {
                std::fprintf(stderr, "gridtwin-devsim: values no longer update: %s\n", server.updateError().c_str());
                reported = true;
            }
        }
        server.stop();
        std::printf("gridtwin-devsim: stopped after %llu requests on %llu connections\n",
                    static_cast<unsigned long long>(server.requestCount()),
                    static_cast<unsigned long long>(server.connectionCount()));
        return 0;
    } catch (const InputError& e) {
        std::fprintf(stderr, "gridtwin-devsim: %s\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gridtwin-devsim: error: %s\n", e.what());
        return 1;
    }
}
