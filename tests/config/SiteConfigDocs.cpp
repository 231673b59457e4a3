#include "SiteConfigDocs.h"

#include "model/ParameterTable.h"
#include "model/SiteConfig.h"


using namespace gridtwin;
using nlohmann::json;

namespace {

json leafSchema(const ParameterInfo& p) {
    json s;
    switch (p.kind) {
    case ParameterKind::Number: s["type"] = "number"; break;
    case ParameterKind::Integer: s["type"] = "integer"; break;
    case ParameterKind::Bool: s["type"] = "boolean"; break;
    case ParameterKind::Enum: s["type"] = "string"; s["enum"] = p.choices; break;
    case ParameterKind::String: s["type"] = "string"; break;
    }
    if (p.kind == ParameterKind::Number || p.kind == ParameterKind::Integer) {
        s["minimum"] = p.min;
        s["maximum"] = p.max;
    }
    std::visit([&](const auto& v) { s["default"] = v; }, p.default_value);
    s["description"] = p.unit.empty() ? p.description : p.description + " [" + p.unit + "]";
    return s;
}

json objectSchema() {
    return json{{"type", "object"}, {"additionalProperties", false}, {"properties", json::object()}};
}

std::string typeName(ParameterKind k) {
    switch (k) {
    case ParameterKind::Number: return "number";
    case ParameterKind::Integer: return "integer";
    case ParameterKind::Bool: return "bool";
    case ParameterKind::Enum: return "enum";
    case ParameterKind::String: return "string";
    }
    return {};
}

} // namespace

json siteConfigJsonSchema() {
    json root = objectSchema();
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    root["title"] = "GridTwin site configuration";
    root["description"] = "Generated from core/model/ParameterTable.cpp; see docs/site-config.md.";
    root["required"] = {"schema_version"};
    root["properties"]["schema_version"] = {{"const", kSiteConfigSchemaVersion},
                                            {"description", "Version of this schema; only 1 is supported"}};
    json pv_item = objectSchema();
    for (const auto& p : siteParameters()) {
        if (p.perPvArray()) {
            pv_item["properties"][p.path.substr(std::string("pv_arrays[].").size())] = leafSchema(p);
            continue;
        }
        json* node = &root;
        std::string rest = p.path;
        for (auto dot = rest.find('.'); dot != std::string::npos; dot = rest.find('.')) {
            const std::string group = rest.substr(0, dot);
            json& props = (*node)["properties"];
            if (!props.contains(group)) props[group] = objectSchema();
            node = &props[group];
            rest = rest.substr(dot + 1);
        }
        (*node)["properties"][rest] = leafSchema(p);
    }
    root["properties"]["pv_arrays"] = {{"type", "array"},
                                       {"description", "PV arrays; an empty array means no PV"},
                                       {"items", pv_item}};
    json device_item = objectSchema();
    for (const auto& p : deviceParameters())
        device_item["properties"][p.path.substr(std::string("data_sources.devices[].").size())] = leafSchema(p);
    root["properties"]["data_sources"]["properties"]["devices"] = {
        {"type", "array"},
        {"description", "SunSpec field devices over Modbus TCP, at most one per role; the live source \"devices\" polls them"},
        {"items", device_item}};
    return root;
}

std::string siteConfigMarkdown() {
    std::string md = R"(# Site configuration file (JSON)

A site is one JSON object. `resources/sites/reference-site.json` is the complete reference site
(BRIEF.md section 3) and `resources/site-config.schema.json` is the JSON Schema (draft 2020-12) for
editors. This page, the schema and the reference file are generated from the parameter table in
`core/model/ParameterTable.cpp` and a test (`test_config`) keeps them identical to it: ranges live
only there. To regenerate after changing the table: `GRIDTWIN_REGENERATE=1 ./test_config`.

## Rules

- `"schema_version": 1` is required. Other versions are refused with the list of supported ones.
- **Missing keys take the default** shown below (the reference site), so a file may hold only the
  fields that differ, e.g. `{"schema_version": 1, "bess": {"capacity_kwh": 40000}}`. A missing
  `pv_arrays` means the one default array; `"pv_arrays": []` means no PV. Within each array item
  missing fields take the defaults of the `pv_arrays[]` rows.
- **Unknown keys are errors** (a typo must not silently fall back to a default); the message names
  the key and suggests the closest known one.
- Wrong types and values outside the range are errors naming the JSON path
  (`$.pv_arrays[1].tilt_deg`), the expected type or range with unit, and the value found. JSON
  syntax errors name line and column.
- Enums are lower-case strings, as listed in the Range column.
- Relative file paths (`inputs.*`, `cluster.recorded_load_file`) are resolved against the
  directory of the configuration file. An empty path selects the bundled or built-in data.
- `data_sources.live_source` is the live source the console opens for the site, in the text form
  of `gridtwin --source` (`core/io/SourceSpec.h`); `"devices"` means the site's own
  `data_sources.devices` list (the `data_sources.devices[]` rows; at most one device per role).
  A missing `devices` list means the three devices of `gridtwin-devsim` (inverter, storage,
  meter on 127.0.0.1:1502, units 1, 2, 3), as in the reference site; `"devices": []` means none.
  A relative `replay:FILE` is resolved against the directory of the configuration file.
- Integers must be written without a fraction (`900`, not `900.0`).
- `controller.recharge_below_kw` must be below `controller.peak_threshold_kw`, whatever the
  `controller.kind` (both values stay in the file when the kind changes): recharging while import
  is below a level above the threshold lifts import to that level, a new peak. The error names
  both fields and values; the workbench refuses to save such a site.
- The same names and ranges apply to `gridtwin-cli simulate --set NAME=VALUE`, where PV array
  fields are addressed as `pv_arrays[0].tilt_deg`.

## Fields

| Path | Type | Unit | Range | Default | Meaning |
| --- | --- | --- | --- | --- | --- |
| `schema_version` | integer | | 1 | 1 | Version of this schema |
)";
    std::vector<const ParameterInfo*> rows;
    for (const auto& p : siteParameters()) rows.push_back(&p);
    for (const auto& p : deviceParameters()) rows.push_back(&p);
    for (const ParameterInfo* row : rows) {
        const ParameterInfo& p = *row;
        std::string range;
        if (p.kind == ParameterKind::Number || p.kind == ParameterKind::Integer)
            range = formatParameterValue(p.min) + " to " + formatParameterValue(p.max);
        else if (p.kind == ParameterKind::Bool)
            range = "true, false";
        else if (p.kind == ParameterKind::Enum)
            for (std::size_t i = 0; i < p.choices.size(); ++i) range += (i ? ", " : "") + ("`" + p.choices[i] + "`");
        else if (p.path == "location.time_zone")
            range = "IANA zone name";
        else if (p.path == "data_sources.live_source")
            range = "`sim`, `devices`, `devices:HOST:PORT[:INV,BESS,METER]`, `replay:FILE`, `prometheus:URL`, `dcgm:URL`";
        std::string def = formatParameterValue(p.default_value);
        def = p.kind == ParameterKind::String ? (def.empty() ? "(empty)" : "\"" + def + "\"") : def;
        md += "| `" + p.path + "` | " + typeName(p.kind) + " | " + p.unit + " | " + range + " | " + def +
              " | " + p.description + " |\n";
    }
    return md;
}
