#include "io/sunspec/SunSpecPlant.h"

#include "sim/SiteSimulation.h"

namespace gridtwin {

namespace {

class SimulationPlant : public SunSpecPlant {
public:
    SimulationPlant(const SiteConfig& site, const SimulationPeriod& period) : sim_(site, period) {
        last_.time_ms = period.start_ms;
    }
    const SiteConfig& site() const override { return sim_.site(); }
    std::int64_t nowMs() const override { return sim_.nowMs(); }
    std::int64_t stepMs() const override { return sim_.period().step_ms; }
    std::size_t advanceTo(std::int64_t sim_ms, const std::function<void(const StepRecord&)>& each_step) override {
        if (sim_ms <= sim_.nowMs() || sim_.done()) return 0;
        const auto steps = static_cast<std::size_t>((sim_ms - sim_.nowMs() + stepMs() - 1) / stepMs());
        return sim_.run(steps, [&](std::span<const StepRecord> batch) {
            for (const StepRecord& r : batch) {
                if (each_step) each_step(r);
            }
            if (!batch.empty()) last_ = batch.back();
        });
    }
    const StepRecord& last() const override { return last_; }
    void setBessSetpointKw(std::optional<double> kw) override { sim_.setBessSetpointKw(kw); }

private:
    SiteSimulation sim_;
    StepRecord last_;
};

} // namespace

std::unique_ptr<SunSpecPlant> makeSimulationPlant(const SiteConfig& site, std::int64_t start_ms,
                                                  std::int64_t duration_ms, std::int64_t step_ms) {
    SimulationPeriod p;
    p.step_ms = step_ms;
    p.start_ms = start_ms - start_ms % step_ms;
    p.end_ms = p.start_ms + duration_ms - duration_ms % step_ms;
    return std::make_unique<SimulationPlant>(site, p);
}

} // namespace gridtwin
