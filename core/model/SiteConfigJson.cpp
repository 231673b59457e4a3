#include "model/SiteConfigJson.h"

#include "model/InputError.h"
#include "model/ParameterTable.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace gridtwin {

namespace {

using nlohmann::json;

constexpr std::string_view kPvPrefix = "pv_arrays[]";
constexpr std::string_view kDevicePrefix = "data_sources.devices[]";

std::string foundText(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

// Direct children ("bess", "capacity_kwh", ...) of a table prefix, for unknown-key suggestions.
std::vector<std::string> childKeys(const std::string& prefix) {
    std::set<std::string> keys;
    if (prefix.empty()) keys.insert("schema_version");
    for (const auto* table : {&siteParameters(), &deviceParameters()}) {
        for (const auto& p : *table) {
            std::string_view rest = p.path;
            if (!prefix.empty()) {
                if (rest.rfind(prefix + ".", 0) != 0) continue;
                rest.remove_prefix(prefix.size() + 1);
            }
            std::string key(rest.substr(0, rest.find('.')));
            if (key.size() > 2 && key.ends_with("[]")) key.resize(key.size() - 2); // "pv_arrays[]" -> "pv_arrays"
            keys.insert(key);
        }
    }
    return {keys.begin(), keys.end()};
}

bool isGroup(const std::string& table_path) {
    for (const auto& p : siteParameters())
        if (p.path.rfind(table_path + ".", 0) == 0) return true;
    return false;
}

ParameterValue readValue(const ParameterInfo& info, const json& v, const std::string& file,
                         const std::string& where) {
    const auto fail = [&](const std::string& expected) { throw InputError(file, where, expected, foundText(v)); };
    ParameterValue value;
    switch (info.kind) {
    case ParameterKind::Number:
        if (!v.is_number()) fail(info.expectedText());
        value = v.get<double>();
        break;
    case ParameterKind::Integer:
        if (!v.is_number_integer()) fail(info.expectedText());
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
            fail(info.expectedText());
        value = v.get<std::int64_t>();
        break;
    case ParameterKind::Bool:
        if (!v.is_boolean()) fail(info.expectedText());
        value = v.get<bool>();
        break;
    case ParameterKind::Enum:
    case ParameterKind::String:
        if (!v.is_string()) fail(info.expectedText());
        value = v.get<std::string>();
        break;
    }
    const std::string problem = checkParameterValue(info, value);
    if (!problem.empty()) fail(problem);
    return value;
}

std::string unknownKeyExpectation(const std::string& key, const std::string& prefix) {
    const auto near = closeMatches(key, childKeys(prefix));
    std::string expected = "a known key";
    for (std::size_t i = 0; i < near.size(); ++i) expected += (i == 0 ? " (did you mean \"" : " or \"") + near[i] + "\"";
    if (!near.empty()) expected += "?)";
    return expected;
}

// "devices": [{"role": "inverter", "host": ..., "port": ..., "unit_id": ..., "poll_interval_ms": ...}]
void readDevices(const json& v, const std::string& where, SiteConfig& site, const std::string& file) {
    if (!v.is_array()) throw InputError(file, where, "an array of device objects", foundText(v));
    site.data_sources.devices.assign(v.size(), FieldDeviceConfig{});
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string item = where + "[" + std::to_string(i) + "]";
        if (!v[i].is_object()) throw InputError(file, item, "a device object", foundText(v[i]));
        for (const auto& [key, value] : v[i].items()) {
            const ParameterInfo* info = findDeviceParameter(std::string(kDevicePrefix) + "." + key);
            if (info == nullptr) throw InputError(file, item + "." + key, unknownKeyExpectation(key, std::string(kDevicePrefix)), key);
            info->set(site, i, readValue(*info, value, file, item + "." + key));
        }
        // A live source reads one device per role; a second one would be silently ignored.
        for (std::size_t j = 0; j < i; ++j) {
            if (site.data_sources.devices[j].role != site.data_sources.devices[i].role) continue;
            const std::string role = std::get<std::string>(findDeviceParameter("data_sources.devices[].role")->get(site, i));
            throw InputError(file, item + ".role",
                             "one device per role (" + where + "[" + std::to_string(j) + "] is already the " + role + ")",
                             role);
        }
    }
}

void readObject(const json& obj, const std::string& prefix, const std::string& json_path,
                std::size_t index, SiteConfig& site, const std::string& file) {
    for (const auto& [key, v] : obj.items()) {
        const std::string table_path = prefix.empty() ? key : prefix + "." + key;
        const std::string where = json_path + "." + key;
        if (prefix.empty() && key == "schema_version") continue; // checked by the caller
        if (const ParameterInfo* info = findParameter(table_path)) {
            info->set(site, index, readValue(*info, v, file, where));
        } else if (prefix.empty() && key == "pv_arrays") {
            if (!v.is_array()) throw InputError(file, where, "an array of PV array objects", foundText(v));
            site.pv_arrays.assign(v.size(), PvArrayConfig{});
            for (std::size_t i = 0; i < v.size(); ++i) {
                const std::string item = where + "[" + std::to_string(i) + "]";
                if (!v[i].is_object()) throw InputError(file, item, "a PV array object", foundText(v[i]));
                readObject(v[i], std::string(kPvPrefix), item, i, site, file);
            }
        } else if (table_path + "[]" == kDevicePrefix) {
            readDevices(v, where, site, file);
        } else if (isGroup(table_path)) {
            if (!v.is_object()) throw InputError(file, where, "an object", foundText(v));
            readObject(v, table_path, where, index, site, file);
        } else {
            throw InputError(file, where, unknownKeyExpectation(key, prefix), key);
        }
    }
}

// nlohmann reports a byte offset; users need line and column.
std::string lineColumn(const std::string& text, std::size_t byte, std::string& line_text) {
    const std::size_t pos = std::min(byte == 0 ? 0 : byte - 1, text.size());
    std::size_t line = 1, line_start = 0;
    for (std::size_t i = 0; i < pos; ++i)
        if (text[i] == '\n') { ++line; line_start = i + 1; }
    const std::size_t line_end = text.find('\n', line_start);
    line_text = text.substr(line_start, (line_end == std::string::npos ? text.size() : line_end) - line_start);
    while (!line_text.empty() && (line_text.back() == '\r' || line_text.back() == ' ')) line_text.pop_back();
    line_text.erase(0, std::min(line_text.find_first_not_of(' '), line_text.size()));
    return "line " + std::to_string(line) + ", column " + std::to_string(pos - line_start + 1);
}

// Across fields, for every controller kind (the values stay in the file when the kind changes):
// recharging while import is below a level at or above the peak threshold lifts the import to
// that level, a new peak (OpenEMS likewise requires rechargePower < peakShavingPower).
void checkControllerBands(const SiteConfig& site, const std::string& file) {
    const ControllerConfig& c = site.controller;
    if (c.recharge_below_kw < c.peak_threshold_kw) return;
    throw InputError(file, "$.controller.recharge_below_kw",
                     "a power below controller.peak_threshold_kw = " + formatParameterValue(c.peak_threshold_kw) +
                         " kW (recharging up to a higher import makes a new peak)",
                     formatParameterValue(c.recharge_below_kw));
}

} // namespace

SiteConfig siteConfigFromJson(const json& doc, const std::string& file_label) {
    if (!doc.is_object()) throw InputError(file_label, "$", "a JSON object with the site", foundText(doc));
    const auto version = doc.find("schema_version");
    const std::string supported = "schema_version " + std::to_string(kSiteConfigSchemaVersion) +
                                  " (supported versions: " + std::to_string(kSiteConfigSchemaVersion) + ")";
    if (version == doc.end()) throw InputError(file_label, "$.schema_version", supported, "");
    if (!version->is_number_integer() || version->get<std::int64_t>() != kSiteConfigSchemaVersion)
        throw InputError(file_label, "$.schema_version", supported, foundText(*version));
    SiteConfig site;
    readObject(doc, "", "$", 0, site, file_label);
    return site;
}

json siteConfigToJson(const SiteConfig& site) {
    json doc = json::object();
    doc["schema_version"] = kSiteConfigSchemaVersion;
    doc["pv_arrays"] = json::array();
    for (std::size_t i = 0; i < site.pv_arrays.size(); ++i) doc["pv_arrays"].push_back(json::object());
    for (const auto& p : siteParameters()) {
        const auto put = [&](json& target, std::size_t i) {
            std::visit([&](const auto& v) { target = v; }, p.get(site, i));
        };
        if (p.perPvArray()) {
            const std::string key = p.path.substr(kPvPrefix.size() + 1);
            for (std::size_t i = 0; i < site.pv_arrays.size(); ++i) put(doc["pv_arrays"][i][key], i);
        } else {
            std::string pointer = "/" + p.path;
            for (char& ch : pointer) if (ch == '.') ch = '/';
            put(doc[json::json_pointer(pointer)], 0);
        }
    }
    json& devices = doc["data_sources"]["devices"];
    devices = json::array();
    for (std::size_t i = 0; i < site.data_sources.devices.size(); ++i) {
        json item = json::object();
        for (const auto& p : deviceParameters())
            std::visit([&](const auto& v) { item[p.path.substr(kDevicePrefix.size() + 1)] = v; }, p.get(site, i));
        devices.push_back(item);
    }
    return doc;
}

SiteConfig loadSiteConfig(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", "a readable site configuration file (JSON)", "no such file or no permission");
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        std::string line_text;
        const std::string where = lineColumn(text, e.byte, line_text);
        std::string detail = e.what();
        const auto dash = detail.find(" - ");
        if (dash != std::string::npos) detail = detail.substr(dash + 3);
        throw InputError(path, where, "valid JSON (" + detail + ")", line_text);
    }
    SiteConfig site = siteConfigFromJson(doc, path);
    checkControllerBands(site, path);
    // Input files named relative to the config file are found next to it.
    const std::filesystem::path dir = std::filesystem::path(path).parent_path();
    for (const auto& p : siteParameters()) {
        if (!p.is_file_path) continue;
        const std::size_t n = p.perPvArray() ? site.pv_arrays.size() : 1;
        for (std::size_t i = 0; i < n; ++i) {
            const std::string value = std::get<std::string>(p.get(site, i));
            if (value.empty() || std::filesystem::path(value).is_absolute()) continue;
            p.set(site, i, (dir / value).lexically_normal().string());
        }
    }
    // So is a replay log named as the site's live source ("replay:log.csv").
    std::string& live = site.data_sources.live_source;
    constexpr std::string_view kReplay = "replay:";
    if (live.rfind(kReplay, 0) == 0 && live.size() > kReplay.size() &&
        !std::filesystem::path(live.substr(kReplay.size())).is_absolute())
        live = std::string(kReplay) + (dir / live.substr(kReplay.size())).lexically_normal().string();
    return site;
}

void saveSiteConfig(const SiteConfig& site, const std::string& path) {
    checkControllerBands(site, path); // what is saved must load again
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError(path, "", "a writable file path", "cannot open for writing");
    out << siteConfigToJson(site).dump(2) << '\n';
    if (!out) throw InputError(path, "", "a writable file path", "write failed");
}

} // namespace gridtwin
