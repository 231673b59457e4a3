#include "io/sunspec/SunSpecModelCatalog.h"

#include "model/InputError.h"

#include <nlohmann/json.hpp>

#include <array>
#include <fstream>
#include <sstream>
#include <utility>

namespace gridtwin {

namespace {

struct TypeInfo {
    SunSpecType type;
    const char* name;
    int registers;
};

constexpr std::array<TypeInfo, 24> kTypes{{
    {SunSpecType::Int16, "int16", 1},       {SunSpecType::Uint16, "uint16", 1},
    {SunSpecType::Count, "count", 1},       {SunSpecType::Raw16, "raw16", 1},
    {SunSpecType::Acc16, "acc16", 1},       {SunSpecType::Enum16, "enum16", 1},
    {SunSpecType::Bitfield16, "bitfield16", 1}, {SunSpecType::Sunssf, "sunssf", 1},
    {SunSpecType::Pad, "pad", 1},           {SunSpecType::Int32, "int32", 2},
    {SunSpecType::Uint32, "uint32", 2},     {SunSpecType::Acc32, "acc32", 2},
    {SunSpecType::Enum32, "enum32", 2},     {SunSpecType::Bitfield32, "bitfield32", 2},
    {SunSpecType::Float32, "float32", 2},   {SunSpecType::Ipaddr, "ipaddr", 2},
    {SunSpecType::Int64, "int64", 4},       {SunSpecType::Uint64, "uint64", 4},
    {SunSpecType::Acc64, "acc64", 4},       {SunSpecType::Bitfield64, "bitfield64", 4},
    {SunSpecType::Float64, "float64", 4},   {SunSpecType::String, "string", 0},
    {SunSpecType::Ipv6addr, "ipv6addr", 8}, {SunSpecType::Eui48, "eui48", 4},
}};

std::string jsonText(const nlohmann::json& j) {
    std::string s = j.dump();
    return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

// Reads a required member of the given kind; the error names the JSON path.
const nlohmann::json& member(const nlohmann::json& obj, const char* key, const std::string& path,
                             const std::string& file) {
    if (!obj.is_object()) throw InputError(file, path, "an object", jsonText(obj));
    auto it = obj.find(key);
    if (it == obj.end()) throw InputError(file, path + "." + key, "a value", "");
    return *it;
}

std::string stringMember(const nlohmann::json& obj, const char* key, const std::string& path,
                         const std::string& file) {
    const nlohmann::json& v = member(obj, key, path, file);
    if (!v.is_string()) throw InputError(file, path + "." + key, "a string", jsonText(v));
    return v.get<std::string>();
}

std::string optionalString(const nlohmann::json& obj, const char* key, const std::string& path,
                           const std::string& file) {
    auto it = obj.find(key);
    if (it == obj.end()) return {};
    if (!it->is_string()) throw InputError(file, path + "." + key, "a string", jsonText(*it));
    return it->get<std::string>();
}

std::int64_t intMember(const nlohmann::json& v, const std::string& where, const std::string& file) {
    if (!v.is_number_integer()) throw InputError(file, where, "an integer", jsonText(v));
    return v.get<std::int64_t>();
}

SunSpecPointDef parsePoint(const nlohmann::json& j, const std::string& path, const std::string& file,
                           int offset) {
    SunSpecPointDef p;
    p.name = stringMember(j, "name", path, file);
    p.label = optionalString(j, "label", path, file);
    p.units = optionalString(j, "units", path, file);
    const std::string type = stringMember(j, "type", path, file);
    if (!parseSunSpecType(type, p.type))
        throw InputError(file, path + ".type", "a SunSpec point type (int16, uint32, acc32, string, ...)", type);
    const std::int64_t size = intMember(member(j, "size", path, file), path + ".size", file);
    const int type_regs = sunSpecTypeRegisters(p.type);
    if (size < 1 || size > 1000 || (type_regs > 0 && size != type_regs))
        throw InputError(file, path + ".size",
                         type_regs > 0 ? std::to_string(type_regs) + " register(s) for type " + type
                                       : std::string("a register count from 1 to 1000"),
                         std::to_string(size));
    p.size = static_cast<int>(size);
    p.offset = offset;
    if (auto it = j.find("sf"); it != j.end()) {
        // The models GridTwin reads name their scale factors; numeric constants would be a new schema use.
        if (!it->is_string()) throw InputError(file, path + ".sf", "the name of a sunssf point", jsonText(*it));
        p.sf = it->get<std::string>();
    }
    p.mandatory = optionalString(j, "mandatory", path, file) == "M";
    p.writable = optionalString(j, "access", path, file) == "RW";
    if (auto it = j.find("symbols"); it != j.end()) {
        if (!it->is_array()) throw InputError(file, path + ".symbols", "an array", jsonText(*it));
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string sp = path + ".symbols[" + std::to_string(i) + "]";
            SunSpecSymbol s;
            s.name = stringMember((*it)[i], "name", sp, file);
            s.value = intMember(member((*it)[i], "value", sp, file), sp + ".value", file);
            p.symbols.push_back(std::move(s));
        }
    }
    return p;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", "a readable SunSpec model definition (JSON)", "no such file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

const char* sunSpecTypeName(SunSpecType t) {
    for (const TypeInfo& i : kTypes)
        if (i.type == t) return i.name;
    return "?";
}

bool parseSunSpecType(std::string_view text, SunSpecType& out) {
    for (const TypeInfo& i : kTypes) {
        if (text == i.name) {
            out = i.type;
            return true;
        }
    }
    return false;
}

int sunSpecTypeRegisters(SunSpecType t) {
    for (const TypeInfo& i : kTypes)
        if (i.type == t) return i.registers;
    return 0;
}

const SunSpecPointDef* SunSpecModelDef::point(std::string_view point_name) const {
    for (const SunSpecPointDef& p : points)
        if (p.name == point_name) return &p;
    return nullptr;
}

const std::vector<int>& SunSpecModelCatalog::supportedModelIds() {
    static const std::vector<int> ids{1, 101, 102, 103, 124, 201, 202, 203, 204, 701, 802};
    return ids;
}

SunSpecModelDef SunSpecModelCatalog::parseModel(std::string_view json_text, const std::string& file) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json_text);
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError(file, "byte " + std::to_string(e.byte), "valid JSON", e.what());
    }
    SunSpecModelDef m;
    const std::int64_t id = intMember(member(doc, "id", "$", file), "$.id", file);
    if (id < 1 || id >= 0xFFFF) throw InputError(file, "$.id", "a model id from 1 to 65534", std::to_string(id));
    m.id = static_cast<int>(id);
    const nlohmann::json& group = member(doc, "group", "$", file);
    m.name = stringMember(group, "name", "$.group", file);
    m.label = optionalString(group, "label", "$.group", file);
    if (group.contains("groups"))
        throw InputError(file, "$.group.groups", "a flat model (repeating groups are not supported)", "groups");
    const nlohmann::json& points = member(group, "points", "$.group", file);
    if (!points.is_array() || points.size() < 2)
        throw InputError(file, "$.group.points", "an array starting with ID and L", jsonText(points));
    int offset = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        SunSpecPointDef p = parsePoint(points[i], "$.group.points[" + std::to_string(i) + "]", file, offset);
        offset += p.size;
        m.points.push_back(std::move(p));
    }
    if (m.points[0].name != "ID" || m.points[1].name != "L")
        throw InputError(file, "$.group.points[0..1].name", "ID then L", m.points[0].name + ", " + m.points[1].name);
    if (auto it = points[0].find("value"); it != points[0].end() && *it != m.id)
        throw InputError(file, "$.group.points[0].value", "the model id " + std::to_string(m.id), jsonText(*it));
    m.length = offset - 2;
    for (std::size_t i = 0; i < m.points.size(); ++i) {
        const SunSpecPointDef& p = m.points[i];
        if (p.sf.empty()) continue;
        const SunSpecPointDef* sf = m.point(p.sf);
        if (!sf || sf->type != SunSpecType::Sunssf)
            throw InputError(file, "$.group.points[" + std::to_string(i) + "].sf",
                             "the name of a sunssf point of this model", p.sf);
    }
    return m;
}

SunSpecModelCatalog SunSpecModelCatalog::loadDirectory(const std::string& dir) {
    SunSpecModelCatalog c;
    for (int id : supportedModelIds()) {
        const std::string path = dir + "/model_" + std::to_string(id) + ".json";
        SunSpecModelDef m = parseModel(readFile(path), path);
        if (m.id != id) throw InputError(path, "$.id", std::to_string(id) + " (the file name)", std::to_string(m.id));
        c.add(std::move(m));
    }
    return c;
}

SunSpecModelCatalog SunSpecModelCatalog::loadBundled() {
    for (const char* dir : {GRIDTWIN_SOURCE_DATA_DIR, GRIDTWIN_INSTALLED_DATA_DIR}) {
        const std::string d = std::string(dir) + "/sunspec";
        if (std::ifstream(d + "/model_1.json").good()) return loadDirectory(d);
    }
    throw InputError(std::string(GRIDTWIN_SOURCE_DATA_DIR) + "/sunspec/model_1.json", "",
                     "the bundled SunSpec models (source tree or " GRIDTWIN_INSTALLED_DATA_DIR "/sunspec)",
                     "no such file");
}

void SunSpecModelCatalog::add(SunSpecModelDef model) {
    const int id = model.id;
    models_.insert_or_assign(id, std::move(model));
}

const SunSpecModelDef* SunSpecModelCatalog::find(int model_id) const {
    auto it = models_.find(model_id);
    return it == models_.end() ? nullptr : &it->second;
}

} // namespace gridtwin
