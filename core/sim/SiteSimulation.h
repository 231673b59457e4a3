#pragma once
// The simulation engine: the site stepping through time at a fixed step (1 s to 1 h), with the
// same controller code that runs live. It streams StepRecords in batches and never holds more
// than one batch, so a year at 1 s steps runs in bounded memory. Deterministic: the records are a
// pure function of (site config, inputs, seed, period, step).

#include "model/SiteConfig.h"
#include "model/StepRecord.h"
#include "sim/SimulationInputs.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace gridtwin {

class SiteSimulation {
public:
    /// Loads or builds every input series the site names (weather, load, price, carbon).
    /// Throws InputError for a bad input file or an impossible period/step.
    SiteSimulation(const SiteConfig& site, const SimulationPeriod& period);
    /// Runs on inputs prepared by prepareSimulationInputs (shared, read-only; many simulations
    /// may use them at once from different threads). Throws InputError when the site or period
    /// differs from the prepared one in a field that shapes the inputs (see checkInputsMatch).
    SiteSimulation(const SiteConfig& site, const SimulationPeriod& period,
                   std::shared_ptr<const SimulationInputs> inputs);
    ~SiteSimulation();
    SiteSimulation(const SiteSimulation&) = delete;
    SiteSimulation& operator=(const SiteSimulation&) = delete;

    /// An external BESS setpoint (kW, > 0 discharge) replaces the controller from the next step,
    /// reason Setpoint; grid, PCS and SoC limits still apply. nullopt hands back to the controller.
    void setBessSetpointKw(std::optional<double> kw);

    bool done() const;
    std::int64_t nowMs() const; // start of the next step
    const SimulationPeriod& period() const;
    const SiteConfig& site() const;

    /// Runs at most max_steps steps and hands them to sink in batches; returns the steps run.
    using BatchSink = std::function<void(std::span<const StepRecord>)>;
    std::size_t run(std::size_t max_steps, const BatchSink& sink);
    /// Runs to the end of the period.
    std::size_t runToEnd(const BatchSink& sink);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace gridtwin
