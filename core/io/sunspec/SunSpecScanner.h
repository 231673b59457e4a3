#pragma once
// SunSpec discovery over a range of Modbus unit ids on one host: which devices answer, where
// their register map starts, which models they hold, and the live values of those models with
// units. Blocking (run it on a worker thread); never throws for network trouble.

#include "io/sunspec/SunSpecClient.h"
#include "io/sunspec/SunSpecCodec.h"
#include "io/sunspec/SunSpecModelCatalog.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gridtwin {

struct SunSpecScannedModel {
    SunSpecModelInfo info;       // id, length, address, name
    bool known = false;          // the catalogue has a definition (values decoded)
    SunSpecModelValues values;   // decoded points with units (empty when unknown or unread)
    ModbusResult read;           // how reading the block went
};

struct SunSpecScannedDevice {
    int unit_id = 0;
    std::uint32_t base_address = 0;     // where "SunS" was found
    std::string manufacturer;           // common model Mn
    std::string model;                  // common model Md
    std::string serial;                 // common model SN
    std::string version;                // common model Vr
    std::vector<SunSpecScannedModel> models;
};

struct SunSpecScanOptions {
    std::string host = "127.0.0.1";
    int port = 502;
    int unit_first = 1;
    int unit_last = 247;
    int timeout_ms = 1000;
    WordOrder word_order = WordOrder::HighFirst;
    bool read_values = true;            // false: discovery and the common model only (faster)
    /// Called before each unit id is probed; return false to stop the scan (GUI cancel).
    std::function<bool(int unit_id)> progress;
};

struct SunSpecScanResult {
    ModbusResult connection;            // failure to connect at all ends the scan early
    std::vector<SunSpecScannedDevice> devices;
    /// Units that answered something other than "not here" (e.g. a timeout in the middle of a
    /// model chain), with what went wrong, for the commissioning report.
    std::vector<std::pair<int, ModbusResult>> unit_errors;
    /// Units that did not answer at all within the timeout (an absent device behind some
    /// gateways, or a device too slow for the timeout).
    std::vector<int> silent_units;
    bool cancelled = false;
};

/// Scans options.unit_first..unit_last (1..247; InputError for a bad range).
SunSpecScanResult scanSunSpec(const SunSpecScanOptions& options, const SunSpecModelCatalog& catalog);

/// The convenience form of the brief: bundled catalogue, values read.
SunSpecScanResult scanSunSpec(const std::string& host, int port, int unit_first, int unit_last,
                              int timeout_ms);

} // namespace gridtwin
