#pragma once
// A Modbus TCP server (libmodbus) that serves a simulated site as three SunSpec devices behind
// one gateway: inverter, BESS and meter on their unit ids, register maps from SunSpecSiteMap,
// values driven by a SunSpecPlant in real time x speed. Several clients at once (poll() loop on
// its own thread). Accepts the BESS setpoint through model 124 and hands it to the plant.
// Unknown unit ids answer exception 0x0B (gateway target failed to respond), writes to
// read-only registers exception 0x02. Fault injection for tests and training (FaultOptions).

#include "io/sunspec/SunSpecModelCatalog.h"
#include "io/sunspec/SunSpecPlant.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

namespace gridtwin {

struct SunSpecFaultOptions {
    int drop_every_ms = 0;        // close every client connection this often (0 = never)
    int delay_ms = 0;             // answer every request this late
    int exception_code = 0;       // answer requests with this Modbus exception (1..11; 0 = never)
    int exception_every = 1;      // ... every Nth request (1 = all)
    bool stale = false;           // values stop updating (the plant keeps running)

    /// Parses one --fault argument: drop[:SECONDS] | delay:MS | exception:CODE[/EVERY] | stale.
    /// Throws InputError naming the option.
    void parse(const std::string& text);
    bool any() const { return drop_every_ms > 0 || delay_ms > 0 || exception_code > 0 || stale; }
};

struct SunSpecServerConfig {
    std::string bind_address = "127.0.0.1";
    int port = 1502;              // 0 = any free port (see SunSpecDeviceServer::port())
    std::uint32_t base_address = 40000;
    int inverter_unit = 1;
    int storage_unit = 2;
    int meter_unit = 3;
    bool with_701 = true;         // the inverter also serves DER AC measurement (701)
    double speed = 1.0;           // simulated seconds per wall-clock second
    int update_interval_ms = 200; // how often the registers are refreshed from the plant
    SunSpecFaultOptions faults;
};

class SunSpecDeviceServer {
public:
    /// The catalogue is copied (a temporary is fine).
    SunSpecDeviceServer(SunSpecServerConfig config, std::unique_ptr<SunSpecPlant> plant,
                        const SunSpecModelCatalog& catalog);
    ~SunSpecDeviceServer();
    SunSpecDeviceServer(const SunSpecDeviceServer&) = delete;
    SunSpecDeviceServer& operator=(const SunSpecDeviceServer&) = delete;

    /// Binds and starts serving; throws std::runtime_error when the port cannot be bound.
    void start();
    void stop();
    /// The bound port (after start; resolves port 0).
    int port() const { return port_.load(); }

    /// Faults can change while running (tests switch them on and off).
    void setFaults(const SunSpecFaultOptions& faults);
    /// The last step served and the setpoint in force (thread-safe snapshots).
    StepRecord lastRecord() const;
    std::optional<double> bessSetpointKw() const;
    /// The first failure to write the simulated values into the registers (a value outside its
    /// register's range); "" while none. The registers then stop updating.
    std::string updateError() const;
    std::uint64_t requestCount() const { return requests_.load(); }
    std::uint64_t connectionCount() const { return connections_.load(); }

private:
    struct Impl;
    void serve(std::stop_token stop);

    std::unique_ptr<Impl> impl_;
    std::atomic<int> port_{0};
    std::atomic<std::uint64_t> requests_{0};
    std::atomic<std::uint64_t> connections_{0};
    std::jthread thread_;
};

} // namespace gridtwin
