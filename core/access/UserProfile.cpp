#include "access/UserProfile.h"

namespace gridtwin {

bool profileOffers(UserProfile profile, Capability capability) {
    switch (profile) {
    case UserProfile::Operator:
        return capability == Capability::WatchConsole ||
               capability == Capability::AcknowledgeAlarms;
    case UserProfile::Engineer:
        return capability == Capability::WatchConsole ||
               capability == Capability::AcknowledgeAlarms ||
               capability == Capability::Commission || capability == Capability::Tune ||
               capability == Capability::WriteSetpoints;
    case UserProfile::Compliance:
        // Compliance staff look at the console but do not operate it (no acknowledging).
        return capability == Capability::WatchConsole || capability == Capability::ViewLedger ||
               capability == Capability::GenerateReports;
    }
    return false;
}

std::string profileCode(UserProfile profile) {
    switch (profile) {
    case UserProfile::Operator: return "operator";
    case UserProfile::Engineer: return "engineer";
    case UserProfile::Compliance: return "compliance";
    }
    return {};
}

std::optional<UserProfile> parseProfileCode(std::string_view code) {
    for (const UserProfile p : kAllProfiles) {
        if (profileCode(p) == code) return p;
    }
    return std::nullopt;
}

std::string capabilityCode(Capability capability) {
    switch (capability) {
    case Capability::WatchConsole: return "watch_console";
    case Capability::AcknowledgeAlarms: return "acknowledge_alarms";
    case Capability::Commission: return "commission";
    case Capability::Tune: return "tune";
    case Capability::WriteSetpoints: return "write_setpoints";
    case Capability::ViewLedger: return "view_ledger";
    case Capability::GenerateReports: return "generate_reports";
    }
    return {};
}

} // namespace gridtwin
