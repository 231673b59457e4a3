#include "io/sunspec/SunSpecClient.h"

#include <modbus.h>

#include <algorithm>
#include <cerrno>
#include <stdexcept>

namespace gridtwin {

const char* modbusStatusName(ModbusStatus s) {
    switch (s) {
    case ModbusStatus::Ok: return "ok";
    case ModbusStatus::NotConnected: return "not connected";
    case ModbusStatus::ConnectFailed: return "connect failed";
    case ModbusStatus::Timeout: return "timeout";
    case ModbusStatus::Exception: return "exception";
    case ModbusStatus::Disconnected: return "disconnected";
    case ModbusStatus::ProtocolError: return "protocol error";
    case ModbusStatus::InvalidArgument: return "invalid argument";
    }
    return "?";
}

SunSpecClient::SunSpecClient(std::string host, int port, int timeout_ms)
    : host_(std::move(host)), port_(port), timeout_ms_(std::max(1, timeout_ms)) {}

SunSpecClient::~SunSpecClient() { close(); }

void SunSpecClient::setUnit(int unit_id) {
    unit_ = unit_id;
    if (ctx_) modbus_set_slave(ctx_, unit_);
}

void SunSpecClient::setTimeoutMs(int timeout_ms) {
    timeout_ms_ = std::max(1, timeout_ms);
    if (ctx_) {
        const auto ms = static_cast<std::uint32_t>(timeout_ms_);
        modbus_set_response_timeout(ctx_, ms / 1000, (ms % 1000) * 1000);
    }
}

ModbusResult SunSpecClient::connect() {
    close();
    if (port_ < 1 || port_ > 65535)
        return {ModbusStatus::InvalidArgument, 0, "port " + std::to_string(port_) + " is not 1..65535"};
    // _pi accepts host names and IPv6 as well as dotted IPv4.
    ctx_ = modbus_new_tcp_pi(host_.c_str(), std::to_string(port_).c_str());
    if (!ctx_) return {ModbusStatus::InvalidArgument, 0, "cannot create a Modbus context for " + host_};
    setTimeoutMs(timeout_ms_);
    modbus_set_byte_timeout(ctx_, 0, 0); // the response timeout covers the whole answer
    modbus_set_error_recovery(ctx_, MODBUS_ERROR_RECOVERY_NONE);
    modbus_set_slave(ctx_, unit_);
    if (modbus_connect(ctx_) == -1) {
        const int err = errno;
        modbus_free(ctx_);
        ctx_ = nullptr;
        return {err == ETIMEDOUT ? ModbusStatus::Timeout : ModbusStatus::ConnectFailed, 0,
                "connect to " + host_ + ":" + std::to_string(port_) + ": " + modbus_strerror(err)};
    }
    connected_ = true;
    return ModbusResult::success();
}

void SunSpecClient::close() {
    if (ctx_) {
        modbus_close(ctx_);
        modbus_free(ctx_);
        ctx_ = nullptr;
    }
    connected_ = false;
}

// Maps errno after a failed libmodbus call. A timeout or garbage leaves the stream out of step
// (a late answer would be taken for the next one), so those close the connection.
ModbusResult SunSpecClient::failure(const std::string& what) {
    const int err = errno;
    ModbusResult r;
    r.message = what + " (unit " + std::to_string(unit_) + "): " + modbus_strerror(err);
    if (err >= EMBXILFUN && err <= EMBXGTAR) {
        r.status = ModbusStatus::Exception;
        r.exception_code = err - MODBUS_ENOBASE;
        return r; // an exception answer is a complete, well-formed reply: the link is fine
    }
    if (err == ETIMEDOUT) r.status = ModbusStatus::Timeout;
    else if (err == EMBBADDATA || err == EMBBADCRC || err == EMBBADEXC || err == EMBMDATA || err == EMBBADSLAVE ||
             err == EMBUNKEXC)
        r.status = ModbusStatus::ProtocolError;
    else r.status = ModbusStatus::Disconnected;
    close();
    return r;
}

ModbusResult SunSpecClient::readRegisters(std::uint32_t address, int count, std::vector<std::uint16_t>& out) {
    out.clear();
    if (count < 0 || address + static_cast<std::uint32_t>(count) > 65536)
        return {ModbusStatus::InvalidArgument, 0, "read of " + std::to_string(count) + " registers at " + std::to_string(address)};
    if (!ctx_) return {ModbusStatus::NotConnected, 0, "not connected to " + host_};
    out.resize(static_cast<std::size_t>(count));
    int done = 0;
    while (done < count) {
        const int n = std::min(count - done, MODBUS_MAX_READ_REGISTERS);
        const int addr = static_cast<int>(address) + done;
        const int got = modbus_read_registers(ctx_, addr, n, out.data() + done);
        if (got != n) {
            out.clear();
            if (got >= 0) {
                close();
                return {ModbusStatus::ProtocolError, 0, "read at " + std::to_string(addr) + ": short answer"};
            }
            return failure("read " + std::to_string(n) + " registers at " + std::to_string(addr));
        }
        done += n;
    }
    return ModbusResult::success();
}

ModbusResult SunSpecClient::writeRegisters(std::uint32_t address, std::span<const std::uint16_t> values) {
    if (address + values.size() > 65536)
        return {ModbusStatus::InvalidArgument, 0, "write beyond register 65535 at " + std::to_string(address)};
    if (!ctx_) return {ModbusStatus::NotConnected, 0, "not connected to " + host_};
    std::size_t done = 0;
    while (done < values.size()) {
        const int n = static_cast<int>(std::min<std::size_t>(values.size() - done, MODBUS_MAX_WRITE_REGISTERS));
        const int addr = static_cast<int>(address + done);
        const int put = modbus_write_registers(ctx_, addr, n, values.data() + done);
        if (put != n) {
            if (put >= 0) {
                close();
                return {ModbusStatus::ProtocolError, 0, "write at " + std::to_string(addr) + ": short answer"};
            }
            return failure("write " + std::to_string(n) + " registers at " + std::to_string(addr));
        }
        done += static_cast<std::size_t>(n);
    }
    return ModbusResult::success();
}

SunSpecDiscovery SunSpecClient::discover(const SunSpecModelCatalog& catalog) {
    SunSpecDiscovery d;
    // Why no marker was found, most telling first: a failing device, then silence, then "not here".
    ModbusResult failing, silent, not_here;
    std::vector<std::uint16_t> regs;
    for (std::uint32_t base : kBaseAddresses) {
        if (!ctx_) {
            if (ModbusResult c = connect(); !c.ok()) {
                d.result = c;
                return d;
            }
        }
        ModbusResult r = readRegisters(base, 3, regs);
        if (r.ok()) {
            const std::uint32_t marker = (std::uint32_t{regs[0]} << 16) | regs[1];
            if (marker == kSunsMarker) {
                d.base_address = base;
                d.marker_found = true;
                break;
            }
            not_here = {ModbusStatus::ProtocolError, 0,
                        "no SunS marker at 0, 40000 or 50000 (unit " + std::to_string(unit_) + ")"};
            continue;
        }
        const int code = r.status == ModbusStatus::Exception ? r.exception_code : -1;
        if (code == 1 || code == 2 || code == 3) not_here = r;
        else if (code == 10 || code == 11) { // the gateway says the unit does not exist: no use asking again
            d.result = r;
            d.absent = true;
            return d;
        } else if (r.status == ModbusStatus::Timeout) silent = r;
        else if (failing.ok()) failing = r;
    }
    if (!d.marker_found) {
        d.result = !failing.ok() ? failing : (!silent.ok() ? silent : not_here);
        d.absent = failing.ok() && silent.ok();
        return d;
    }
    std::uint32_t addr = d.base_address + 2;
    for (int i = 0; i <= kMaxModels; ++i) {
        if (i == kMaxModels) {
            d.result = {ModbusStatus::ProtocolError, 0, "model chain longer than " + std::to_string(kMaxModels) + " models"};
            return d;
        }
        // ID and L separately: some devices do not supply L for the end model (pysunspec2).
        if (ModbusResult r = readRegisters(addr, 1, regs); !r.ok()) {
            d.result = r;
            return d;
        }
        const int id = regs[0];
        if (id == kEndModelId) break;
        if (ModbusResult r = readRegisters(addr + 1, 1, regs); !r.ok()) {
            d.result = r;
            return d;
        }
        SunSpecModelInfo m;
        m.id = id;
        m.length = regs[0];
        m.address = addr;
        if (const SunSpecModelDef* def = catalog.find(id)) m.name = def->label;
        const std::uint32_t next = addr + 2 + static_cast<std::uint32_t>(m.length);
        if (id == 0 || next > 65535) {
            d.result = {ModbusStatus::ProtocolError, 0,
                        "model id " + std::to_string(id) + " length " + std::to_string(m.length) + " at " +
                            std::to_string(addr) + " is not a valid model header"};
            return d;
        }
        d.models.push_back(std::move(m));
        addr = next;
    }
    d.result = ModbusResult::success();
    return d;
}

ModbusResult SunSpecClient::readModel(const SunSpecModelInfo& model, std::vector<std::uint16_t>& regs) {
    ModbusResult r = readRegisters(model.address, model.length + 2, regs);
    if (r.ok() && regs[0] != model.id) {
        const int found = regs[0];
        regs.clear();
        return {ModbusStatus::ProtocolError, 0,
                "expected model " + std::to_string(model.id) + " at " + std::to_string(model.address) + ", found id " +
                    std::to_string(found)};
    }
    return r;
}

ModbusResult SunSpecClient::writePoint(const SunSpecModelInfo& model, const SunSpecModelDef& def,
                                       std::string_view point, double value) {
    const SunSpecPointDef* p = def.point(point);
    if (!p || !p->writable)
        return {ModbusStatus::InvalidArgument, 0, "model " + std::to_string(def.id) + " has no writable point " + std::string(point)};
    if (p->offset + p->size > model.length + 2)
        return {ModbusStatus::InvalidArgument, 0, "point " + p->name + " lies beyond the device's model length"};
    int sf = 0;
    if (!p->sf.empty()) {
        const SunSpecPointDef* sfp = def.point(p->sf);
        std::vector<std::uint16_t> sfreg;
        if (ModbusResult r = readRegisters(model.address + static_cast<std::uint32_t>(sfp->offset), 1, sfreg); !r.ok())
            return r;
        if (sfreg[0] == 0x8000)
            return {ModbusStatus::ProtocolError, 0, "scale factor " + p->sf + " is not implemented on the device"};
        sf = static_cast<std::int16_t>(sfreg[0]);
    }
    std::int64_t raw = 0;
    try {
        raw = sunSpecScaledRaw(p->type, value, sf);
    } catch (const std::out_of_range& e) {
        return {ModbusStatus::InvalidArgument, 0, p->name + ": " + e.what()};
    }
    SunSpecPointDef at_zero = *p;
    at_zero.offset = 0;
    std::vector<std::uint16_t> words(static_cast<std::size_t>(p->size), 0);
    setSunSpecRaw(at_zero, static_cast<std::uint64_t>(raw), words, order_);
    return writeRegisters(model.address + static_cast<std::uint32_t>(p->offset), words);
}

} // namespace gridtwin
