#include "io/sunspec/ScannedFieldDevices.h"

#include <algorithm>

namespace gridtwin {

std::optional<DeviceRole> scannedDeviceRole(const SunSpecScannedDevice& device) {
    const auto has = [&](std::initializer_list<int> ids) {
        return std::any_of(device.models.begin(), device.models.end(),
                           [&](const SunSpecScannedModel& m) {
                               return std::find(ids.begin(), ids.end(), m.info.id) != ids.end();
                           });
    };
    // A hybrid inverter with storage models is polled as the storage: its battery power and SoC
    // are what the site model cannot infer.
    if (has({802, 124})) return DeviceRole::Storage;
    if (has({201, 202, 203, 204})) return DeviceRole::Meter;
    if (has({101, 102, 103, 701})) return DeviceRole::Inverter;
    return std::nullopt;
}

ScannedFieldDevices fieldDevicesFromScan(const SunSpecScanResult& scan, const std::string& host,
                                         int port, int poll_interval_ms) {
    ScannedFieldDevices out;
    std::vector<SunSpecScannedDevice> found = scan.devices;
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.unit_id < b.unit_id; });
    for (const SunSpecScannedDevice& d : found) {
        const std::optional<DeviceRole> role = scannedDeviceRole(d);
        const bool taken =
            role && std::any_of(out.devices.begin(), out.devices.end(),
                                [&](const FieldDeviceConfig& f) { return f.role == *role; });
        if (!role || taken) {
            out.skipped_units.push_back(d.unit_id);
            continue;
        }
        out.devices.push_back(FieldDeviceConfig{*role, host, port, d.unit_id, poll_interval_ms});
    }
    return out;
}

} // namespace gridtwin
