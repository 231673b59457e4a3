#include "control/SelfConsumptionController.h"

#include "control/PeakShavingController.h"

namespace gridtwin {

void SelfConsumptionController::apply(const ControlInput& in, BessRequest& request) {
    const double target = in.grid_without_bess_kw - cfg_.grid_target_kw;
    if (target > 0 && in.soc_pct <= cfg_.soc_reserve_pct) {
        request.propose(0.0, Reason::SocReserve);
        return;
    }
    request.propose(target, Reason::SelfConsumption);
}

std::unique_ptr<Controller> makeController(const ControllerConfig& cfg) {
    switch (cfg.kind) {
    case ControllerKind::None: return std::make_unique<IdleController>();
    case ControllerKind::PeakShaving: return std::make_unique<PeakShavingController>(cfg);
    case ControllerKind::SelfConsumption: return std::make_unique<SelfConsumptionController>(cfg);
    }
    return std::make_unique<IdleController>();
}

} // namespace gridtwin
