#include "control/Controller.h"

#include <algorithm>

namespace gridtwin {

void BessRequest::propose(double kw, Reason why) {
    target_kw = std::clamp(kw, min_kw, max_kw);
    reason = why;
}

void BessRequest::limitDischarge(double max_discharge_kw, Reason why) {
    if (max_discharge_kw < max_kw) max_kw = max_discharge_kw;
    if (min_kw > max_kw) min_kw = max_kw;
    if (target_kw > max_kw) {
        target_kw = max_kw;
        reason = why;
    }
}

void BessRequest::limitCharge(double max_charge_kw, Reason why) {
    if (-max_charge_kw > min_kw) min_kw = -max_charge_kw;
    if (max_kw < min_kw) max_kw = min_kw;
    if (target_kw < min_kw) {
        target_kw = min_kw;
        reason = why;
    }
}

} // namespace gridtwin
