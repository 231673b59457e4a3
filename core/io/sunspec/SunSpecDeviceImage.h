#pragma once
// The register map of one simulated SunSpec device: "SunS" at the base address, the model chain
// (each model's ID, L and points), and the 0xFFFF end model with L = 0. Plain data; the device
// server copies it into its libmodbus mapping.

#include "io/sunspec/SunSpecCodec.h"
#include "io/sunspec/SunSpecModelCatalog.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace gridtwin {

class SunSpecDeviceImage {
public:
    /// models: definitions in chain order (the common model first).
    SunSpecDeviceImage(std::uint32_t base_address, std::vector<const SunSpecModelDef*> models);

    std::uint32_t baseAddress() const { return base_; }
    /// All registers from the base address to the end model's L, inclusive.
    std::span<const std::uint16_t> registers() const { return regs_; }
    std::span<std::uint16_t> registers() { return regs_; }

    /// The block of a model (from its ID register); empty span when the device has no such model.
    std::span<std::uint16_t> model(int model_id);
    std::span<const std::uint16_t> model(int model_id) const;
    const SunSpecModelDef* definition(int model_id) const;
    /// PDU address of a model's ID register (0 when absent).
    std::uint32_t modelAddress(int model_id) const;

    /// Sets a scaled point (throws like setSunSpecValue); silently ignores an absent model so
    /// optional models can be left out of a device.
    void set(int model_id, std::string_view point, double value);
    void setRaw(int model_id, std::string_view point, std::uint64_t raw);
    void setString(int model_id, std::string_view point, std::string_view text);
    /// The raw value of a point, or nullopt if the model or point is absent.
    std::optional<std::uint64_t> raw(int model_id, std::string_view point) const;

    /// True when [address, address + count) lies entirely within writable ("RW") points.
    bool writable(std::uint32_t address, int count) const;

private:
    struct Entry {
        const SunSpecModelDef* def;
        std::size_t offset;  // of the ID register in regs_
    };
    const Entry* entry(int model_id) const;

    std::uint32_t base_;
    std::vector<Entry> entries_;
    std::vector<std::uint16_t> regs_;
};

} // namespace gridtwin
