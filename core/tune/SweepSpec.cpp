#include "tune/SweepSpec.h"

#include "model/InputError.h"
#include "model/ParameterTable.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace gridtwin {

using nlohmann::json;

namespace {

std::string found(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

const struct {
    Objective objective;
    const char* name;
    const char* kpi_key;
    const char* unit;
} kObjectives[] = {
    {Objective::Cost, "cost", "total_cost_eur", "EUR"},
    {Objective::Peak, "peak", "peak_billing_import_kw", "kW"},
    {Objective::Emissions, "emissions", "emissions_location_kg", "kgCO2e"},
    {Objective::Cycles, "cycles", "equivalent_full_cycles", ""},
};

void rejectUnknownKeys(const json& obj, std::initializer_list<const char*> allowed, const std::string& file,
                       const std::string& where) {
    for (const auto& [key, value] : obj.items()) {
        if (std::find_if(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; }) != allowed.end())
            continue;
        std::string expected = "one of the keys";
        for (const char* a : allowed) expected += std::string(" ") + a;
        throw InputError(file, where + "." + key, expected, key);
    }
}

double number(const json& v, const std::string& file, const std::string& where, const std::string& expected) {
    if (!v.is_number()) throw InputError(file, where, expected, found(v));
    const double d = v.get<double>();
    if (!std::isfinite(d)) throw InputError(file, where, expected, found(v));
    return d;
}

// The value must be what the parameter accepts (range, whole numbers for integers).
void checkValue(const ParameterInfo& info, double v, const std::string& file, const std::string& where) {
    const bool integer = info.kind == ParameterKind::Integer;
    if (integer && (v != std::floor(v) || std::fabs(v) > 9007199254740991.0))
        throw InputError(file, where, info.expectedText(), json(v).dump());
    // Built once (no reassignment): GCC 12 misreads a variant reassignment as uninitialised use.
    const ParameterValue pv = integer ? ParameterValue(static_cast<std::int64_t>(v)) : ParameterValue(v);
    const std::string problem = checkParameterValue(info, pv);
    if (!problem.empty()) throw InputError(file, where, problem, json(v).dump());
}

SweepAxis parseAxis(const json& a, const std::string& file, const std::string& where) {
    if (!a.is_object())
        throw InputError(file, where, "an object {\"name\": ..., \"values\": [...]} or with start/stop/step", found(a));
    rejectUnknownKeys(a, {"name", "values", "start", "stop", "step"}, file, where);
    const auto name_it = a.find("name");
    if (name_it == a.end() || !name_it->is_string())
        throw InputError(file, where + ".name", "a parameter name such as controller.peak_threshold_kw",
                         name_it == a.end() ? "" : found(*name_it));
    const std::string name = name_it->get<std::string>();
    const ParameterInfo* info = findParameter(name);
    if (!info) {
        std::vector<std::string> names;
        for (const auto& p : siteParameters()) names.push_back(p.path);
        std::string expected = "a parameter name from docs/site-config.md";
        const auto near = closeMatches(name, names);
        for (std::size_t i = 0; i < near.size(); ++i) expected += (i == 0 ? " (did you mean " : " or ") + near[i];
        if (!near.empty()) expected += "?)";
        throw InputError(file, where + ".name", expected, name);
    }
    if (info->kind != ParameterKind::Number && info->kind != ParameterKind::Integer)
        throw InputError(file, where + ".name", "a numeric parameter (this one is " + info->expectedText() + ")", name);
    if (info->perPvArray())
        throw InputError(file, where + ".name", "a site-wide parameter (per-PV-array fields cannot be swept)", name);

    SweepAxis axis;
    axis.parameter = name;
    axis.unit = info->unit;
    axis.integer = info->kind == ParameterKind::Integer;
    const bool has_values = a.contains("values");
    const bool has_range = a.contains("start") || a.contains("stop") || a.contains("step");
    if (has_values == has_range)
        throw InputError(file, where, "either \"values\" or \"start\", \"stop\" and \"step\"",
                         has_values ? "both" : "neither");
    if (has_values) {
        const json& vs = a.at("values");
        if (!vs.is_array() || vs.empty()) throw InputError(file, where + ".values", "a non-empty array of numbers", found(vs));
        for (std::size_t i = 0; i < vs.size(); ++i) {
            const std::string w = where + ".values[" + std::to_string(i) + "]";
            axis.values.push_back(number(vs[i], file, w, info->expectedText()));
            checkValue(*info, axis.values.back(), file, w);
        }
    } else {
        for (const char* k : {"start", "stop", "step"})
            if (!a.contains(k)) throw InputError(file, where + "." + k, std::string("a number (") + k + ")", "");
        const double start = number(a.at("start"), file, where + ".start", info->expectedText());
        const double stop = number(a.at("stop"), file, where + ".stop", info->expectedText());
        const double step = number(a.at("step"), file, where + ".step", "a number other than 0");
        if (step == 0 || (stop - start) * step < 0)
            throw InputError(file, where + ".step",
                             "a step of the sign of stop - start (" + json(stop - start).dump() + ")", found(a.at("step")));
        // Values start + i*step up to stop inclusive; a hair of tolerance so 0.1 steps reach stop.
        const double count = std::floor((stop - start) / step + 1e-9) + 1;
        if (count > static_cast<double>(kMaxSweepVariants))
            throw InputError(file, where + ".step", "at most " + std::to_string(kMaxSweepVariants) + " values",
                             json(count).dump() + " values");
        for (std::size_t i = 0; i < static_cast<std::size_t>(count); ++i) {
            double v = start + static_cast<double>(i) * step;
            if (axis.integer) v = std::round(v);
            axis.values.push_back(v);
        }
        checkValue(*info, start, file, where + ".start");
        checkValue(*info, axis.values.back(), file, where + ".stop");
        if (axis.integer && (start != std::floor(start) || step != std::floor(step)))
            throw InputError(file, where + ".step", "whole numbers for the integer parameter " + name, found(a.at("step")));
    }
    return axis;
}

} // namespace

const char* objectiveName(Objective o) { return kObjectives[static_cast<int>(o)].name; }
const char* objectiveKpiKey(Objective o) { return kObjectives[static_cast<int>(o)].kpi_key; }
const char* objectiveUnit(Objective o) { return kObjectives[static_cast<int>(o)].unit; }

std::size_t SweepSpec::variantCount() const {
    if (axes.empty()) return 0;
    std::size_t n = 1;
    for (const auto& a : axes) n *= a.values.size();
    return n;
}

std::vector<double> SweepSpec::variantValues(std::size_t i) const {
    std::vector<double> out(axes.size());
    for (std::size_t k = axes.size(); k-- > 0;) {
        const std::size_t n = axes[k].values.size();
        out[k] = axes[k].values[i % n];
        i /= n;
    }
    return out;
}

SweepSpec parseSweepSpec(const json& j, const std::string& file) {
    if (!j.is_object()) throw InputError(file, "$", "a JSON object with \"parameters\"", found(j));
    rejectUnknownKeys(j, {"parameters", "objectives", "description"}, file, "$");
    SweepSpec spec;
    const auto params = j.find("parameters");
    if (params == j.end() || !params->is_array() || params->empty() || params->size() > 2)
        throw InputError(file, "$.parameters", "an array of one or two parameter ranges",
                         params == j.end() ? "" : found(*params));
    for (std::size_t i = 0; i < params->size(); ++i) {
        const std::string where = "$.parameters[" + std::to_string(i) + "]";
        spec.axes.push_back(parseAxis((*params)[i], file, where));
        if (i == 1 && spec.axes[1].parameter == spec.axes[0].parameter)
            throw InputError(file, where + ".name", "a parameter other than the first", spec.axes[1].parameter);
    }
    if (spec.variantCount() > kMaxSweepVariants)
        throw InputError(file, "$.parameters", "at most " + std::to_string(kMaxSweepVariants) + " variants in all",
                         std::to_string(spec.variantCount()) + " variants");
    const auto objs = j.find("objectives");
    if (objs == j.end()) {
        spec.objectives.assign(std::begin(kAllObjectives), std::end(kAllObjectives));
        return spec;
    }
    if (!objs->is_array() || objs->size() < 2)
        throw InputError(file, "$.objectives", "an array of at least two of cost, peak, emissions, cycles", found(*objs));
    for (std::size_t i = 0; i < objs->size(); ++i) {
        const std::string where = "$.objectives[" + std::to_string(i) + "]";
        const json& o = (*objs)[i];
        const auto it = std::find_if(std::begin(kObjectives), std::end(kObjectives),
                                     [&](const auto& k) { return o.is_string() && o.get<std::string>() == k.name; });
        if (it == std::end(kObjectives)) throw InputError(file, where, "one of cost, peak, emissions, cycles", found(o));
        if (std::find(spec.objectives.begin(), spec.objectives.end(), it->objective) != spec.objectives.end())
            throw InputError(file, where, "each objective once", found(o));
        spec.objectives.push_back(it->objective);
    }
    return spec;
}

SweepSpec loadSweepSpec(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", "a readable sweep ranges file (JSON)", "no such file or no permission");
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        // Line and column of the byte where parsing stopped (1-based).
        const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        const std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        const std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
        const std::size_t column = at - (line_start == std::string::npos ? 0 : line_start + 1) + 1;
        throw InputError(path, "line " + std::to_string(line) + ", column " + std::to_string(column), "valid JSON",
                         text.substr(line_start == std::string::npos ? 0 : line_start + 1, 40));
    }
    return parseSweepSpec(doc, path);
}

} // namespace gridtwin
