#pragma once
// What a sweep varies: one or two numeric site parameters (ParameterTable names), each over a
// list of values or start/stop/step, and the objectives its Pareto front minimises. The JSON file
// format is documented in docs/sweep-ranges.md.

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace gridtwin {

/// Sweep objectives, all minimised: total electricity cost (EUR), peak billing-interval import
/// (kW), location-based emissions (kgCO2e), equivalent full cycles.
enum class Objective { Cost, Peak, Emissions, Cycles };
inline constexpr Objective kAllObjectives[] = {Objective::Cost, Objective::Peak, Objective::Emissions,
                                               Objective::Cycles};

const char* objectiveName(Objective o);  // "cost", "peak", "emissions", "cycles"
const char* objectiveKpiKey(Objective o); // "total_cost_eur", "peak_billing_import_kw", ...
const char* objectiveUnit(Objective o);   // "EUR", "kW", "kgCO2e", ""

struct SweepAxis {
    std::string parameter;       // table path, e.g. "controller.peak_threshold_kw"
    std::string unit;            // from the ParameterTable
    bool integer = false;        // an Integer parameter: every value is whole
    std::vector<double> values;  // in sweep order, each inside the parameter's range
};

inline constexpr std::size_t kMaxSweepVariants = 10'000;

struct SweepSpec {
    std::vector<SweepAxis> axes;          // 1 or 2
    std::vector<Objective> objectives;    // at least 2 when given; default: all four

    /// Number of variants: the product of the axes' value counts.
    std::size_t variantCount() const;
    /// The axis values of variant i: axis 0 varies slowest (row-major over axes).
    std::vector<double> variantValues(std::size_t i) const;
};

/// Parses a sweep spec. Throws InputError(file, JSON path such as "$.parameters[1].step",
/// expected, found) for anything malformed: unknown or non-numeric parameters (with close
/// matches), values outside the parameter's range, a step of the wrong sign or zero, more than
/// kMaxSweepVariants variants, repeated parameters, unknown keys or objectives.
SweepSpec parseSweepSpec(const nlohmann::json& j, const std::string& file = {});
/// Reads and parses a JSON file (InputError with line/column for invalid JSON).
SweepSpec loadSweepSpec(const std::string& path);

} // namespace gridtwin
