#pragma once
// A SunSpec client over one Modbus TCP connection (libmodbus, blocking, one context per object,
// use from one thread). Every libmodbus failure comes back as a ModbusResult; nothing throws.

#include "io/sunspec/SunSpecCodec.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

struct _modbus; // libmodbus context (modbus_t)

namespace gridtwin {

enum class ModbusStatus : std::uint8_t {
    Ok,
    NotConnected,   // no connection (call connect first)
    ConnectFailed,  // refused, unreachable, name not resolved
    Timeout,        // no (complete) answer within the timeout
    Exception,      // the device answered with a Modbus exception (exception_code)
    Disconnected,   // the peer closed or reset the connection
    ProtocolError,  // garbage: bad header, wrong length, not SunSpec where it should be
    InvalidArgument
};

const char* modbusStatusName(ModbusStatus s);

struct ModbusResult {
    ModbusStatus status = ModbusStatus::Ok;
    int exception_code = 0;      // Modbus exception code when status == Exception (1..11)
    std::string message;         // human-readable, names the address/unit where useful

    bool ok() const { return status == ModbusStatus::Ok; }
    static ModbusResult success() { return {}; }
};

/// One model found on a device.
struct SunSpecModelInfo {
    int id = 0;
    int length = 0;              // L as the device reports it
    std::uint32_t address = 0;   // PDU address of the model's ID register
    std::string name;            // catalogue label, e.g. "Inverter (Three Phase)"; "" if unknown
};

struct SunSpecDiscovery {
    ModbusResult result;
    /// Nobody there: every base answered "no such unit/function/registers" (exceptions 1, 2, 3,
    /// 10, 11) or held something other than "SunS". A scan skips such units silently.
    bool absent = false;
    bool marker_found = false;      // "SunS" was read (a later failure is the device's fault)
    std::uint32_t base_address = 0; // where "SunS" was found (0, 40000 or 50000)
    std::vector<SunSpecModelInfo> models; // in chain order, without the end model
};

class SunSpecClient {
public:
    /// Discovery probes these bases in order (pysunspec2 SunSpecModbusClientDevice.scan).
    static constexpr std::uint32_t kBaseAddresses[] = {0, 40000, 50000};
    static constexpr std::uint32_t kSunsMarker = 0x53756e53; // "SunS"
    static constexpr int kEndModelId = 0xFFFF;
    static constexpr int kMaxModels = 64;  // a chain longer than this is garbage

    SunSpecClient(std::string host, int port, int timeout_ms);
    ~SunSpecClient();
    SunSpecClient(const SunSpecClient&) = delete;
    SunSpecClient& operator=(const SunSpecClient&) = delete;

    ModbusResult connect();
    void close();
    bool connected() const { return connected_; }
    void setUnit(int unit_id);
    int unit() const { return unit_; }
    void setTimeoutMs(int timeout_ms);
    void setWordOrder(WordOrder order) { order_ = order; }
    WordOrder wordOrder() const { return order_; }

    /// Holding registers (FC 0x03), split into reads of at most 125 registers.
    ModbusResult readRegisters(std::uint32_t address, int count, std::vector<std::uint16_t>& out);
    /// FC 0x10, split into writes of at most 123 registers.
    ModbusResult writeRegisters(std::uint32_t address, std::span<const std::uint16_t> values);

    /// Finds the SunS marker and walks the model chain to the 0xFFFF end model.
    SunSpecDiscovery discover(const SunSpecModelCatalog& catalog);
    /// Reads a whole model block, ID and L included (2 + length registers).
    ModbusResult readModel(const SunSpecModelInfo& model, std::vector<std::uint16_t>& regs);
    /// Writes one point of a model as value / 10^sf; sf is read from the device when the point
    /// is scaled (one read, then one write).
    ModbusResult writePoint(const SunSpecModelInfo& model, const SunSpecModelDef& def,
                            std::string_view point, double value);

private:
    ModbusResult failure(const std::string& what);

    std::string host_;
    int port_ = 502;
    int timeout_ms_ = 1000;
    int unit_ = 1;
    WordOrder order_ = WordOrder::HighFirst;
    _modbus* ctx_ = nullptr;
    bool connected_ = false;
};

} // namespace gridtwin
