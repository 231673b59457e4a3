#pragma once
#include "control/Controller.h"

namespace gridtwin {

/// Balancing to a grid target (OpenEMS Controller.Ess.Balancing: setpoint = grid + ess - target),
/// never discharging into the SoC reserve kept for peak shaving.
class SelfConsumptionController final : public Controller {
public:
    explicit SelfConsumptionController(const ControllerConfig& cfg) : cfg_(cfg) {}
    const char* name() const override { return "self-consumption"; }
    void apply(const ControlInput& in, BessRequest& request) override;

private:
    ControllerConfig cfg_;
};

// Inline: the engine calls it through the final type, once per step.
inline void SelfConsumptionController::apply(const ControlInput& in, BessRequest& request) {
    const double target = in.grid_without_bess_kw - cfg_.grid_target_kw;
    if (target > 0 && in.soc_pct <= cfg_.soc_reserve_pct) {
        request.propose(0.0, Reason::SocReserve);
        return;
    }
    request.propose(target, Reason::SelfConsumption);
}

/// The baseline: the battery stays idle.
class IdleController final : public Controller {
public:
    const char* name() const override { return "none"; }
    void apply(const ControlInput&, BessRequest& request) override {
        request.propose(0.0, Reason::Idle);
    }
};

} // namespace gridtwin
