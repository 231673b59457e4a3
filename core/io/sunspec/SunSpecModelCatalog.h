#pragma once
// SunSpec model definitions (point names, offsets, sizes, types, units, scale-factor references)
// loaded from the official JSON files of sunspec/models (data/sunspec/, provenance in
// data/sunspec/SOURCES.md). Offsets are computed by summing `size` in point order, ID at 0.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gridtwin {

/// The point types of json/schema.json of sunspec/models.
enum class SunSpecType : std::uint8_t {
    Int16, Uint16, Count, Raw16, Acc16, Enum16, Bitfield16, Sunssf, Pad,
    Int32, Uint32, Acc32, Enum32, Bitfield32, Float32, Ipaddr,
    Int64, Uint64, Acc64, Bitfield64, Float64,
    String, Ipv6addr, Eui48
};

/// The schema spelling ("int16", "acc32", ...).
const char* sunSpecTypeName(SunSpecType t);
bool parseSunSpecType(std::string_view text, SunSpecType& out);
/// Registers a value of this type occupies (String: 0, its size comes from the definition).
int sunSpecTypeRegisters(SunSpecType t);

struct SunSpecSymbol {
    std::string name;
    std::int64_t value = 0;
};

struct SunSpecPointDef {
    std::string name;
    std::string label;
    std::string units;           // as in the JSON ("W", "Pct", "% WChaMax"); empty = none
    SunSpecType type = SunSpecType::Uint16;
    int offset = 0;              // registers from the model's ID register (ID = 0, L = 1)
    int size = 1;                // registers
    std::string sf;              // scale-factor point in the same model; empty = unscaled
    bool mandatory = false;
    bool writable = false;       // access "RW"
    std::vector<SunSpecSymbol> symbols; // enum values / bitfield bit numbers
};

struct SunSpecModelDef {
    int id = 0;
    std::string name;            // group name, e.g. "inverter_three_phase"
    std::string label;           // e.g. "Inverter (Three Phase)"
    int length = 0;              // L: registers after ID and L
    std::vector<SunSpecPointDef> points; // in register order, ID and L first

    /// nullptr when the model has no such point.
    const SunSpecPointDef* point(std::string_view point_name) const;
};

class SunSpecModelCatalog {
public:
    /// The model ids GridTwin reads: common, inverters, storage, DER measurement, battery, meters.
    static const std::vector<int>& supportedModelIds();

    /// Loads model_<id>.json for every supported id from dir. Throws InputError naming the
    /// file and the JSON field for a missing file, bad JSON or an inconsistent definition.
    static SunSpecModelCatalog loadDirectory(const std::string& dir);
    /// The bundled copies (source tree data/sunspec or the installed data directory).
    static SunSpecModelCatalog loadBundled();
    /// Parses one model definition; file names the origin in errors.
    static SunSpecModelDef parseModel(std::string_view json_text, const std::string& file);

    void add(SunSpecModelDef model);
    /// nullptr for a model id that is not in the catalogue.
    const SunSpecModelDef* find(int model_id) const;
    std::size_t size() const { return models_.size(); }

private:
    std::map<int, SunSpecModelDef> models_;
};

} // namespace gridtwin
