#include "io/sunspec/SunSpecDeviceImage.h"

#include "io/sunspec/SunSpecClient.h"

#include <stdexcept>

namespace gridtwin {

SunSpecDeviceImage::SunSpecDeviceImage(std::uint32_t base_address, std::vector<const SunSpecModelDef*> models)
    : base_(base_address) {
    regs_.push_back(static_cast<std::uint16_t>(SunSpecClient::kSunsMarker >> 16));
    regs_.push_back(static_cast<std::uint16_t>(SunSpecClient::kSunsMarker & 0xFFFF));
    for (const SunSpecModelDef* def : models) {
        if (!def) throw std::invalid_argument("SunSpecDeviceImage: null model definition");
        entries_.push_back({def, regs_.size()});
        const std::vector<std::uint16_t> block = emptySunSpecModel(*def);
        regs_.insert(regs_.end(), block.begin(), block.end());
    }
    regs_.push_back(static_cast<std::uint16_t>(SunSpecClient::kEndModelId));
    regs_.push_back(0);
    if (base_ + regs_.size() > 65536) throw std::out_of_range("SunSpec register map does not fit below 65536");
}

const SunSpecDeviceImage::Entry* SunSpecDeviceImage::entry(int model_id) const {
    for (const Entry& e : entries_)
        if (e.def->id == model_id) return &e;
    return nullptr;
}

std::span<std::uint16_t> SunSpecDeviceImage::model(int model_id) {
    const Entry* e = entry(model_id);
    if (!e) return {};
    return std::span<std::uint16_t>(regs_).subspan(e->offset, static_cast<std::size_t>(e->def->length + 2));
}

std::span<const std::uint16_t> SunSpecDeviceImage::model(int model_id) const {
    const Entry* e = entry(model_id);
    if (!e) return {};
    return std::span<const std::uint16_t>(regs_).subspan(e->offset, static_cast<std::size_t>(e->def->length + 2));
}

const SunSpecModelDef* SunSpecDeviceImage::definition(int model_id) const {
    const Entry* e = entry(model_id);
    return e ? e->def : nullptr;
}

std::uint32_t SunSpecDeviceImage::modelAddress(int model_id) const {
    const Entry* e = entry(model_id);
    return e ? base_ + static_cast<std::uint32_t>(e->offset) : 0;
}

void SunSpecDeviceImage::set(int model_id, std::string_view point, double value) {
    const Entry* e = entry(model_id);
    if (!e) return;
    try {
        setSunSpecValue(*e->def, point, value, model(model_id));
    } catch (const std::out_of_range& ex) { // name the point: the codec only knows the value
        throw std::out_of_range("model " + std::to_string(model_id) + " " + std::string(point) + ": " + ex.what());
    }
}

void SunSpecDeviceImage::setRaw(int model_id, std::string_view point, std::uint64_t raw) {
    const Entry* e = entry(model_id);
    if (!e) return;
    const SunSpecPointDef* p = e->def->point(point);
    if (!p) throw std::invalid_argument("model " + std::to_string(model_id) + " has no point " + std::string(point));
    setSunSpecRaw(*p, raw, model(model_id));
}

void SunSpecDeviceImage::setString(int model_id, std::string_view point, std::string_view text) {
    const Entry* e = entry(model_id);
    if (!e) return;
    const SunSpecPointDef* p = e->def->point(point);
    if (!p) throw std::invalid_argument("model " + std::to_string(model_id) + " has no point " + std::string(point));
    setSunSpecString(*p, text, model(model_id));
}

std::optional<std::uint64_t> SunSpecDeviceImage::raw(int model_id, std::string_view point) const {
    const Entry* e = entry(model_id);
    if (!e) return std::nullopt;
    const SunSpecPointDef* p = e->def->point(point);
    if (!p) return std::nullopt;
    return sunSpecRawBits(*p, model(model_id));
}

bool SunSpecDeviceImage::writable(std::uint32_t address, int count) const {
    if (count <= 0 || address < base_) return false;
    for (std::uint32_t a = address; a < address + static_cast<std::uint32_t>(count); ++a) {
        const std::size_t idx = a - base_;
        bool ok = false;
        for (const Entry& e : entries_) {
            if (idx < e.offset || idx >= e.offset + static_cast<std::size_t>(e.def->length + 2)) continue;
            const int off = static_cast<int>(idx - e.offset);
            for (const SunSpecPointDef& p : e.def->points)
                if (off >= p.offset && off < p.offset + p.size) ok = p.writable;
        }
        if (!ok) return false;
    }
    return true;
}

} // namespace gridtwin
