// The production engine of SimulatorSource, in its own file so that code (and tests) that inject
// another engine do not link SiteSimulation.
#include "io/SimulatorSource.h"

namespace gridtwin {

namespace {

class SiteSimulationEngine final : public StepEngine {
public:
    SiteSimulationEngine(const SiteConfig& site, const SimulationPeriod& period)
        : sim_(site, period) {}
    bool done() const override { return sim_.done(); }
    std::size_t run(std::size_t max_steps, const SiteSimulation::BatchSink& sink) override {
        return sim_.run(max_steps, sink);
    }

private:
    SiteSimulation sim_;
};

} // namespace

StepEngineFactory siteSimulationEngineFactory() {
    return [](const SiteConfig& site, const SimulationPeriod& period) {
        return std::unique_ptr<StepEngine>(std::make_unique<SiteSimulationEngine>(site, period));
    };
}

SimulatorSource::SimulatorSource(SiteConfig site, std::int64_t start_ms, std::int64_t step_ms)
    : SimulatorSource(std::move(site), start_ms, step_ms, siteSimulationEngineFactory(),
                      WallClock::system()) {}

} // namespace gridtwin
