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

/// The baseline: the battery stays idle.
class IdleController final : public Controller {
public:
    const char* name() const override { return "none"; }
    void apply(const ControlInput&, BessRequest& request) override { request.propose(0.0, Reason::Idle); }
};

} // namespace gridtwin
