#pragma once
// Field devices as a LiveSource: a PV inverter (101-103 / 701), a BESS (124 + 802) and a site
// meter (201-204) polled over Modbus TCP, each on its own thread with its own interval, timeout
// and reconnect backoff (exponential, capped). A sampler thread builds one StepRecord per
// sample interval from the latest values:
//   pv_kw from the inverter, bess_kw and soc_pct from the storage, grid_kw from the meter,
//   load_kw = pv_kw + grid_kw + bess_kw (the balance; bess_aux_kw is not measured, 0).
// Record quality is the worst device quality: Bad while a device times out, refuses or answers
// exceptions/garbage, Stale when its last good values are older than stale_after_intervals
// polls (or its heartbeat/energy counter stopped moving), Good otherwise.
// Setpoint writing is off unless the caller enables it (the permission is the caller's).

#include "io/LiveSource.h"
#include "io/SampleQueue.h"
#include "io/sunspec/SunSpecClient.h"
#include "io/sunspec/SunSpecModelCatalog.h"
#include "model/StepRecord.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <stop_token>
#include <thread>
#include <vector>

namespace gridtwin {

enum class SunSpecRole : std::uint8_t { Inverter, Storage, Meter };
const char* sunSpecRoleName(SunSpecRole r); // "inverter", "storage", "meter"

struct SunSpecDeviceConfig {
    SunSpecRole role = SunSpecRole::Inverter;
    int unit_id = 1;
    std::string host;            // empty = SunSpecSourceConfig::host
    int port = 0;                // 0 = SunSpecSourceConfig::port
    int poll_interval_ms = 0;    // 0 = SunSpecSourceConfig::poll_interval_ms
    int timeout_ms = 0;          // 0 = SunSpecSourceConfig::timeout_ms
};

struct SunSpecSourceConfig {
    std::string host = "127.0.0.1";
    int port = 502;
    int poll_interval_ms = 1000;
    int timeout_ms = 1000;
    int sample_interval_ms = 1000;      // one StepRecord per interval
    int stale_after_intervals = 3;      // good values older than this many polls are Stale
    int backoff_initial_ms = 500;       // first reconnect delay, doubled per failure
    int backoff_max_ms = 30000;         // cap
    WordOrder word_order = WordOrder::HighFirst;
    bool allow_setpoint_writes = false; // BESS setpoint writing (caller decides the permission)
    std::vector<SunSpecDeviceConfig> devices;

    /// Inverter, storage and meter behind one gateway (0 = that device is absent), e.g. the
    /// device simulator: sitePreset("127.0.0.1", 1502, 1, 2, 3).
    static SunSpecSourceConfig sitePreset(const std::string& host, int port, int inverter_unit,
                                          int storage_unit, int meter_unit);
};

enum class SunSpecLinkState : std::uint8_t { Stopped, Connecting, Connected, Backoff };
const char* sunSpecLinkStateName(SunSpecLinkState s);

/// A snapshot of one device's state, safe to copy to the GUI thread.
struct SunSpecDeviceStatus {
    SunSpecRole role = SunSpecRole::Inverter;
    std::string host;
    int port = 0;
    int unit_id = 0;
    SunSpecLinkState link = SunSpecLinkState::Stopped;
    bool connected = false;
    Quality quality = Quality::Bad;          // of this device's fields right now
    std::int64_t last_good_poll_ms = 0;      // UTC ms of the last complete good poll; 0 = never
    std::uint64_t good_polls = 0;
    std::uint64_t error_count = 0;           // failed polls and connection attempts
    std::string last_error;                  // "" when none yet
    int backoff_ms = 0;                      // current reconnect delay; 0 while connected
    std::vector<SunSpecModelInfo> models;    // discovered chain
    double power_kw = 0;                     // inverter/storage/meter active power, GridTwin signs
    std::optional<double> soc_pct;           // storage only
};

class SunSpecDeviceSource : public LiveSource {
public:
    /// Throws InputError for a config that cannot work (no devices, interval <= 0, unit ids
    /// outside 1..247, two devices with the same role).
    SunSpecDeviceSource(SunSpecSourceConfig config, SunSpecModelCatalog catalog);
    /// Same with the bundled catalogue.
    explicit SunSpecDeviceSource(SunSpecSourceConfig config);
    ~SunSpecDeviceSource() override;

    std::string name() const override;
    void start() override;
    void stop() override;
    std::size_t drain(std::vector<StepRecord>& out) override;
    SourceState state() const override;
    std::string stateText() const override;

    /// Thread-safe snapshot, in config order.
    std::vector<SunSpecDeviceStatus> deviceStatus() const;
    const SunSpecSourceConfig& config() const { return config_; }

    void setSetpointWritingAllowed(bool allowed);
    bool setpointWritingAllowed() const;
    /// Queues a BESS power setpoint (kW, > 0 discharge; nullopt releases the device to its own
    /// control) for the storage thread. Returns false, writing nothing, when writing is not
    /// allowed or there is no storage device. The outcome shows in the storage status.
    bool requestBessSetpointKw(std::optional<double> kw);

private:
    struct Device;
    void pollLoop(Device& d, std::stop_token stop);
    void sampleLoop(std::stop_token stop);
    void setState(SourceState s, std::string detail = {});

    SunSpecSourceConfig config_;
    SunSpecModelCatalog catalog_;
    std::vector<std::unique_ptr<Device>> devices_;
    SampleQueue queue_;
    std::atomic<bool> writes_allowed_{false};

    mutable std::mutex state_mutex_;
    SourceState state_ = SourceState::Stopped;
    std::string state_detail_;

    std::vector<std::jthread> threads_;
};

} // namespace gridtwin
