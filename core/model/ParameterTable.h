#pragma once
// Metadata for every scalar field of SiteConfig: JSON path, unit, range, default, a one-line
// description (UI tooltip) and typed access. The ranges live only here: the JSON loader, the
// `--set NAME=VALUE` option of gridtwin-cli and the site editor all check against this table.

#include "model/SiteConfig.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gridtwin {

enum class ParameterKind { Number, Integer, Bool, Enum, String };

using ParameterValue = std::variant<double, std::int64_t, bool, std::string>;

struct ParameterInfo {
    /// Dotted JSON path; fields of each PV array use "pv_arrays[]." (e.g. "pv_arrays[].tilt_deg"),
    /// addressed as "pv_arrays[0].tilt_deg" by setParameter/getParameterText.
    std::string path;
    ParameterKind kind = ParameterKind::Number;
    std::string unit;                  // "kWh", "%", "" when dimensionless
    double min = 0.0;                  // inclusive, Number and Integer only
    double max = 0.0;
    std::vector<std::string> choices;  // Enum: JSON spellings in enum order
    bool is_file_path = false;         // String naming an input file (relative to the config file)
    std::string description;           // one line of English
    ParameterValue default_value;      // from SiteConfig{}
    std::function<ParameterValue(const SiteConfig&, std::size_t array_index)> get;
    /// Stores a value of the right alternative; no range check (use checkParameterValue first).
    std::function<void(SiteConfig&, std::size_t array_index, const ParameterValue&)> set;

    bool perPvArray() const { return path.rfind("pv_arrays[].", 0) == 0; }
    /// A field of each entry of data_sources.devices (deviceParameters()).
    bool perDevice() const { return path.rfind("data_sources.devices[].", 0) == 0; }
    /// What a valid value looks like, with unit: "a number from 0 to 10000000 kWh".
    std::string expectedText() const;
};

const std::vector<ParameterInfo>& siteParameters();
/// By table path ("bess.capacity_kwh", "pv_arrays[].tilt_deg"); nullptr when unknown.
const ParameterInfo* findParameter(std::string_view table_path);

/// The fields of each field device ("data_sources.devices[].unit_id", ...), indexed by device.
/// Kept apart from siteParameters() (whose entries all exist once per site or per PV array);
/// the JSON loader, the wizard and the site editor check device fields against it.
const std::vector<ParameterInfo>& deviceParameters();
const ParameterInfo* findDeviceParameter(std::string_view table_path);

/// Empty when the value is allowed, otherwise ParameterInfo::expectedText() (or for the time
/// zone, what a valid zone name is).
std::string checkParameterValue(const ParameterInfo& info, const ParameterValue& value);
/// Parses command-line text ("12.5", "true", "peak_shaving"); nullopt-like: throws nothing,
/// returns false when the text does not parse as the parameter's kind.
bool parseParameterText(const ParameterInfo& info, std::string_view text, ParameterValue& out);
/// Shortest round-trip text of a value ("0.2", "900", "true", "perez").
std::string formatParameterValue(const ParameterValue& value);

/// Sets "bess.capacity_kwh" or "pv_arrays[1].tilt_deg" from text. Throws
/// InputError("", "--set " + path, expected range with unit, value_text) for an unknown name
/// (the expectation lists close matches), an index past the last PV array, unparsable text or a
/// value out of range.
void setParameter(SiteConfig& site, std::string_view path, std::string_view value_text);
std::string getParameterText(const SiteConfig& site, std::string_view path);

/// Up to three candidates closest to name (edit distance), best first; for "did you mean".
std::vector<std::string> closeMatches(std::string_view name, const std::vector<std::string>& candidates);

} // namespace gridtwin
