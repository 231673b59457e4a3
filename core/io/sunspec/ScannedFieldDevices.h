#pragma once
// From a SunSpec scan to a site's device list (SiteConfig data_sources.devices): which role each
// device that answered can take, judged by the models it holds.

#include "io/sunspec/SunSpecScanner.h"
#include "model/SiteConfig.h"

#include <optional>
#include <string>
#include <vector>

namespace gridtwin {

/// Storage when the device holds model 802 or 124, else meter for 201-204, else inverter for
/// 101-103 or 701; nullopt for a device with none of these (e.g. only the common model).
std::optional<DeviceRole> scannedDeviceRole(const SunSpecScannedDevice& device);

struct ScannedFieldDevices {
    std::vector<FieldDeviceConfig> devices; // first device of each role, in unit-id order
    std::vector<int> skipped_units;         // answered, but no role or the role was taken
};

/// The devices a scan of host:port found, each polled every poll_interval_ms.
ScannedFieldDevices fieldDevicesFromScan(const SunSpecScanResult& scan, const std::string& host,
                                         int port, int poll_interval_ms);

} // namespace gridtwin
