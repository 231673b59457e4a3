#pragma once
// Pure functions between SunSpec register images and engineering values (sunspec2/mb.py rules):
// registers are big-endian, multi-register values high word first (WordOrder::LowFirst for the
// odd device that swaps words), scale factors are signed powers of ten read from the same model,
// and the "not implemented" sentinels are reported as such, never as numbers.

#include "io/sunspec/SunSpecModelCatalog.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gridtwin {

enum class WordOrder : std::uint8_t { HighFirst, LowFirst };

struct SunSpecPointValue {
    std::string name;
    std::string label;
    std::string units;
    SunSpecType type = SunSpecType::Uint16;
    int offset = 0;              // registers from the model's ID register
    bool implemented = false;    // false: sentinel, or its scale factor is the sentinel
    double value = 0;            // engineering value, scale factor applied (numeric types)
    std::int64_t raw = 0;        // the raw integer (enums, bitfields, counters, unscaled)
    int scale = 0;               // the power of ten applied (0 = unscaled)
    std::string text;            // strings; enum symbol; bitfield "CHARGE|DISCHARGE"
};

struct SunSpecModelValues {
    int model_id = 0;
    std::vector<SunSpecPointValue> points; // every point of the definition, in order

    /// nullptr when the model has no such point.
    const SunSpecPointValue* point(std::string_view name) const;
    /// The engineering value, or nullopt when the point is missing or not implemented.
    std::optional<double> value(std::string_view name) const;
};

/// Decodes a model block. regs starts at the model's ID register; a block shorter than the
/// definition (a device reporting a smaller L) leaves the missing points not implemented.
SunSpecModelValues decodeSunSpecModel(const SunSpecModelDef& def, std::span<const std::uint16_t> regs,
                                      WordOrder order = WordOrder::HighFirst);

/// The raw bits of one point (up to 64) assembled from its registers in the given order.
std::uint64_t sunSpecRawBits(const SunSpecPointDef& p, std::span<const std::uint16_t> regs,
                             WordOrder order = WordOrder::HighFirst);
/// True when raw is the not-implemented sentinel of the type (acc types: 0; sunssf: 0x8000).
bool isSunSpecNotImplemented(SunSpecType t, std::uint64_t raw);
/// The sentinel bit pattern of a type (0 for acc types and pad).
std::uint64_t sunSpecNotImplementedBits(SunSpecType t);

// Encoding (used by the device simulator and by setpoint writes). regs starts at the model's ID
// register and must cover the point. Throws std::out_of_range when the value does not fit the
// type at the model's scale factor, std::invalid_argument for an unknown point.
void setSunSpecRaw(const SunSpecPointDef& p, std::uint64_t raw, std::span<std::uint16_t> regs,
                   WordOrder order = WordOrder::HighFirst);
void setSunSpecString(const SunSpecPointDef& p, std::string_view text, std::span<std::uint16_t> regs);
void setSunSpecNotImplemented(const SunSpecPointDef& p, std::span<std::uint16_t> regs,
                              WordOrder order = WordOrder::HighFirst);
/// Writes value / 10^sf, rounded, using the scale-factor register already in regs.
void setSunSpecValue(const SunSpecModelDef& def, std::string_view point, double value,
                     std::span<std::uint16_t> regs, WordOrder order = WordOrder::HighFirst);
/// The raw integer that value becomes at scale factor sf (rounded); throws std::out_of_range
/// when it does not fit the type or collides with the sentinel.
std::int64_t sunSpecScaledRaw(SunSpecType t, double value, int sf);

/// A model block with ID and L filled in and every other point not implemented.
std::vector<std::uint16_t> emptySunSpecModel(const SunSpecModelDef& def,
                                             WordOrder order = WordOrder::HighFirst);

} // namespace gridtwin
