#include "io/sunspec/SunSpecCodec.h"

#include <bit>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gridtwin {

namespace {

bool isSigned(SunSpecType t) {
    return t == SunSpecType::Int16 || t == SunSpecType::Int32 || t == SunSpecType::Int64 ||
           t == SunSpecType::Sunssf;
}

bool isBitfield(SunSpecType t) {
    return t == SunSpecType::Bitfield16 || t == SunSpecType::Bitfield32 || t == SunSpecType::Bitfield64;
}

bool isEnum(SunSpecType t) { return t == SunSpecType::Enum16 || t == SunSpecType::Enum32; }

// Two's-complement interpretation of the low `bits` bits.
std::int64_t signExtend(std::uint64_t raw, int bits) {
    if (bits >= 64) return std::bit_cast<std::int64_t>(raw);
    const std::uint64_t sign = std::uint64_t{1} << (bits - 1);
    const std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
    raw &= mask;
    return (raw & sign) ? static_cast<std::int64_t>(raw) - static_cast<std::int64_t>(mask) - 1
                        : static_cast<std::int64_t>(raw);
}

bool covers(const SunSpecPointDef& p, std::size_t regs) {
    return static_cast<std::size_t>(p.offset + p.size) <= regs;
}

std::string decodeString(const SunSpecPointDef& p, std::span<const std::uint16_t> regs) {
    std::string s;
    for (int i = 0; i < p.size; ++i) {
        const std::uint16_t r = regs[static_cast<std::size_t>(p.offset + i)];
        for (char c : {static_cast<char>(r >> 8), static_cast<char>(r & 0xFF)}) {
            if (c == '\0') return s;
            s.push_back(c);
        }
    }
    return s;
}

std::string symbolText(const SunSpecPointDef& p, std::int64_t raw) {
    if (isEnum(p.type)) {
        for (const SunSpecSymbol& s : p.symbols)
            if (s.value == raw) return s.name;
        return std::to_string(raw);
    }
    std::string out;
    for (const SunSpecSymbol& s : p.symbols) {
        if (s.value < 0 || s.value > 63) continue;
        if (raw & (std::int64_t{1} << s.value)) out += (out.empty() ? "" : "|") + s.name;
    }
    return out;
}

double pow10i(int e) { return std::pow(10.0, static_cast<double>(e)); }

} // namespace

const SunSpecPointValue* SunSpecModelValues::point(std::string_view name) const {
    for (const SunSpecPointValue& v : points)
        if (v.name == name) return &v;
    return nullptr;
}

std::optional<double> SunSpecModelValues::value(std::string_view name) const {
    const SunSpecPointValue* v = point(name);
    if (!v || !v->implemented) return std::nullopt;
    return v->value;
}

std::uint64_t sunSpecRawBits(const SunSpecPointDef& p, std::span<const std::uint16_t> regs, WordOrder order) {
    const int n = std::min(p.size, 4);
    std::uint64_t raw = 0;
    for (int i = 0; i < n; ++i) {
        const int w = order == WordOrder::HighFirst ? i : n - 1 - i;
        raw = (raw << 16) | regs[static_cast<std::size_t>(p.offset + w)];
    }
    return raw;
}

std::uint64_t sunSpecNotImplementedBits(SunSpecType t) {
    switch (t) {
    case SunSpecType::Int16:
    case SunSpecType::Sunssf: return 0x8000;
    case SunSpecType::Uint16:
    case SunSpecType::Count:
    case SunSpecType::Raw16:
    case SunSpecType::Enum16:
    case SunSpecType::Bitfield16: return 0xFFFF;
    case SunSpecType::Int32: return 0x80000000u;
    case SunSpecType::Uint32:
    case SunSpecType::Enum32:
    case SunSpecType::Bitfield32: return 0xFFFFFFFFu;
    case SunSpecType::Float32: return 0x7FC00000u;
    case SunSpecType::Int64: return 0x8000000000000000u;
    case SunSpecType::Uint64:
    case SunSpecType::Bitfield64: return 0xFFFFFFFFFFFFFFFFu;
    case SunSpecType::Float64: return 0x7FF8000000000000u;
    case SunSpecType::Eui48: return 0x0000FFFFFFFFFFFFu;
    case SunSpecType::Acc16:
    case SunSpecType::Acc32:
    case SunSpecType::Acc64:
    case SunSpecType::Pad:
    case SunSpecType::Ipaddr:
    case SunSpecType::Ipv6addr:
    case SunSpecType::String: return 0;
    }
    return 0;
}

bool isSunSpecNotImplemented(SunSpecType t, std::uint64_t raw) {
    switch (t) {
    case SunSpecType::Pad: return false;
    case SunSpecType::Float32: return std::isnan(std::bit_cast<float>(static_cast<std::uint32_t>(raw)));
    case SunSpecType::Float64: return std::isnan(std::bit_cast<double>(raw));
    default: return raw == sunSpecNotImplementedBits(t);
    }
}

SunSpecModelValues decodeSunSpecModel(const SunSpecModelDef& def, std::span<const std::uint16_t> regs,
                                      WordOrder order) {
    SunSpecModelValues out;
    out.model_id = def.id;
    out.points.reserve(def.points.size());
    for (const SunSpecPointDef& p : def.points) {
        SunSpecPointValue v;
        v.name = p.name;
        v.label = p.label;
        v.units = p.units;
        v.type = p.type;
        v.offset = p.offset;
        if (!covers(p, regs.size()) || p.type == SunSpecType::Pad) {
            out.points.push_back(std::move(v));
            continue;
        }
        if (p.type == SunSpecType::String) {
            v.text = decodeString(p, regs);
            v.implemented = !v.text.empty();
            out.points.push_back(std::move(v));
            continue;
        }
        if (p.type == SunSpecType::Ipv6addr) { // shown as not implemented: GridTwin does not use it
            out.points.push_back(std::move(v));
            continue;
        }
        const std::uint64_t raw = sunSpecRawBits(p, regs, order);
        const int bits = 16 * std::min(p.size, 4);
        v.implemented = !isSunSpecNotImplemented(p.type, raw);
        if (p.type == SunSpecType::Float32) {
            v.value = static_cast<double>(std::bit_cast<float>(static_cast<std::uint32_t>(raw)));
        } else if (p.type == SunSpecType::Float64) {
            v.value = std::bit_cast<double>(raw);
        } else {
            v.raw = isSigned(p.type) ? signExtend(raw, bits) : std::bit_cast<std::int64_t>(raw);
            v.value = p.type == SunSpecType::Uint64 || p.type == SunSpecType::Acc64 || p.type == SunSpecType::Bitfield64
                          ? static_cast<double>(raw)
                          : static_cast<double>(v.raw);
        }
        if (v.implemented && (isEnum(p.type) || isBitfield(p.type))) v.text = symbolText(p, v.raw);
        if (v.implemented && !p.sf.empty()) {
            const SunSpecPointDef* sf = def.point(p.sf);
            const std::uint64_t sf_raw = sf && covers(*sf, regs.size()) ? sunSpecRawBits(*sf, regs, order) : 0x8000;
            const std::int64_t sf_val = signExtend(sf_raw, 16);
            // SunSpec scale factors are -10..10; anything else is garbage, not a number to trust.
            if (sf_raw == 0x8000 || sf_val < -10 || sf_val > 10) {
                v.implemented = false;
            } else {
                v.scale = static_cast<int>(sf_val);
                v.value *= pow10i(v.scale);
            }
        }
        out.points.push_back(std::move(v));
    }
    return out;
}

void setSunSpecRaw(const SunSpecPointDef& p, std::uint64_t raw, std::span<std::uint16_t> regs, WordOrder order) {
    if (!covers(p, regs.size())) throw std::out_of_range("SunSpec point " + p.name + " lies outside the register block");
    const int n = std::min(p.size, 4);
    for (int i = 0; i < n; ++i) {
        const int w = order == WordOrder::HighFirst ? n - 1 - i : i;
        regs[static_cast<std::size_t>(p.offset + w)] = static_cast<std::uint16_t>(raw & 0xFFFF);
        raw >>= 16;
    }
}

void setSunSpecString(const SunSpecPointDef& p, std::string_view text, std::span<std::uint16_t> regs) {
    if (!covers(p, regs.size())) throw std::out_of_range("SunSpec point " + p.name + " lies outside the register block");
    if (text.size() > static_cast<std::size_t>(p.size) * 2)
        throw std::out_of_range("text too long for SunSpec string " + p.name);
    for (int i = 0; i < p.size; ++i) {
        const auto at = [&](std::size_t k) -> std::uint16_t {
            return k < text.size() ? static_cast<std::uint8_t>(text[k]) : 0;
        };
        const std::size_t k = static_cast<std::size_t>(i) * 2;
        regs[static_cast<std::size_t>(p.offset + i)] = static_cast<std::uint16_t>((at(k) << 8) | at(k + 1));
    }
}

void setSunSpecNotImplemented(const SunSpecPointDef& p, std::span<std::uint16_t> regs, WordOrder order) {
    if (p.type == SunSpecType::String || p.type == SunSpecType::Ipv6addr) {
        for (int i = 0; i < p.size; ++i) regs[static_cast<std::size_t>(p.offset + i)] = 0;
        return;
    }
    setSunSpecRaw(p, sunSpecNotImplementedBits(p.type), regs, order);
}

std::int64_t sunSpecScaledRaw(SunSpecType t, double value, int sf) {
    if (!std::isfinite(value)) throw std::out_of_range("SunSpec value is not finite");
    const double r = std::round(value / pow10i(sf));
    const int bits = 16 * sunSpecTypeRegisters(t);
    double lo = 0, hi = 0;
    if (isSigned(t)) {
        lo = -std::ldexp(1.0, bits - 1) + 1; // the most negative value is the sentinel
        hi = std::ldexp(1.0, bits - 1) - 1;
    } else {
        const bool acc = t == SunSpecType::Acc16 || t == SunSpecType::Acc32 || t == SunSpecType::Acc64;
        hi = std::ldexp(1.0, bits) - (acc ? 1 : 2); // all ones is the sentinel except for counters (0 is)
    }
    if (bits == 0 || r < lo || r > hi)
        throw std::out_of_range("value " + std::to_string(value) + " does not fit " + sunSpecTypeName(t) +
                                " at scale factor " + std::to_string(sf));
    return static_cast<std::int64_t>(r);
}

void setSunSpecValue(const SunSpecModelDef& def, std::string_view point, double value,
                     std::span<std::uint16_t> regs, WordOrder order) {
    const SunSpecPointDef* p = def.point(point);
    if (!p) throw std::invalid_argument("model " + std::to_string(def.id) + " has no point " + std::string(point));
    int sf = 0;
    if (!p->sf.empty()) {
        const SunSpecPointDef* sfp = def.point(p->sf);
        const std::uint64_t sf_raw = sunSpecRawBits(*sfp, regs, order);
        if (sf_raw == 0x8000) throw std::out_of_range("scale factor " + p->sf + " is not set");
        sf = static_cast<int>(signExtend(sf_raw, 16));
    }
    const std::int64_t raw = sunSpecScaledRaw(p->type, value, sf);
    setSunSpecRaw(*p, static_cast<std::uint64_t>(raw), regs, order);
}

std::vector<std::uint16_t> emptySunSpecModel(const SunSpecModelDef& def, WordOrder order) {
    std::vector<std::uint16_t> regs(static_cast<std::size_t>(def.length + 2), 0);
    for (const SunSpecPointDef& p : def.points) setSunSpecNotImplemented(p, regs, order);
    regs[0] = static_cast<std::uint16_t>(def.id);
    regs[1] = static_cast<std::uint16_t>(def.length);
    return regs;
}

} // namespace gridtwin
