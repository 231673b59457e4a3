#pragma once
// What drives the simulated devices: a site that advances in simulated time and follows an
// external BESS setpoint. The production plant is SiteSimulation; tests may use a stub.

#include "model/SiteConfig.h"
#include "model/StepRecord.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace gridtwin {

class SunSpecPlant {
public:
    virtual ~SunSpecPlant() = default;
    virtual const SiteConfig& site() const = 0;
    /// Simulated time of the start of the next step (UTC ms).
    virtual std::int64_t nowMs() const = 0;
    virtual std::int64_t stepMs() const = 0;
    /// Runs whole steps while the next step starts before sim_ms, handing each to each_step;
    /// returns the steps run (0 also when the simulated period is over).
    virtual std::size_t advanceTo(std::int64_t sim_ms,
                                  const std::function<void(const StepRecord&)>& each_step) = 0;
    /// The last step run (a zero record with Quality::Simulated before the first).
    virtual const StepRecord& last() const = 0;
    /// kW, > 0 discharge; nullopt hands the battery back to the site's own controller.
    virtual void setBessSetpointKw(std::optional<double> kw) = 0;
};

/// SiteSimulation of site from start_ms for duration_ms at step_ms (InputError for bad inputs).
std::unique_ptr<SunSpecPlant> makeSimulationPlant(const SiteConfig& site, std::int64_t start_ms,
                                                  std::int64_t duration_ms, std::int64_t step_ms = 1000);

} // namespace gridtwin
