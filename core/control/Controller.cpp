#include "control/Controller.h"

#include "control/PeakShavingController.h"
#include "control/SelfConsumptionController.h"

namespace gridtwin {

std::unique_ptr<Controller> makeController(const ControllerConfig& cfg) {
    switch (cfg.kind) {
    case ControllerKind::None:
        return std::make_unique<IdleController>();
    case ControllerKind::PeakShaving:
        return std::make_unique<PeakShavingController>(cfg);
    case ControllerKind::SelfConsumption:
        return std::make_unique<SelfConsumptionController>(cfg);
    }
    return std::make_unique<IdleController>();
}

} // namespace gridtwin
