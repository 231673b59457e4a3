#include "model/StepRecord.h"

#include <array>

namespace gridtwin {

namespace {
constexpr std::array<std::string_view, static_cast<std::size_t>(Reason::Count)> kReasonCodes = {
    "idle",      "peak_shave", "month_peak_floor", "recharge",   "soc_reserve", "soc_limit",
    "power_limit", "self_consumption", "export_cap", "import_cap", "setpoint"};
} // namespace

std::string_view reasonCode(Reason r) {
    const auto i = static_cast<std::size_t>(r);
    return i < kReasonCodes.size() ? kReasonCodes[i] : std::string_view("unknown");
}

bool parseReasonCode(std::string_view code, Reason& out) {
    for (std::size_t i = 0; i < kReasonCodes.size(); ++i) {
        if (kReasonCodes[i] == code) {
            out = static_cast<Reason>(i);
            return true;
        }
    }
    return false;
}

} // namespace gridtwin
