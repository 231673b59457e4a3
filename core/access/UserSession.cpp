#include "access/UserSession.h"

#include <utility>

namespace gridtwin {

UserSession::UserSession(std::string user, UserProfile profile)
    : user_(std::move(user)), profile_(profile) {}

void UserSession::setAuditLog(AuditWriter log) {
    audit_ = std::move(log);
    setpoint_writing_ = false;
}

bool UserSession::may(Capability capability) const {
    if (!profileOffers(profile_, capability)) return false;
    return capability != Capability::WriteSetpoints || setpoint_writing_;
}

void UserSession::switchProfile(UserProfile profile, std::int64_t time_ms) {
    if (profile == profile_) return;
    const std::string detail = profileCode(profile_) + " -> " + profileCode(profile) +
                               (setpoint_writing_ ? " (setpoint writing ended)" : "");
    // Recorded under the old profile: the switch is an act of the user who held it.
    if (audit_) audit(time_ms, "switch_profile", detail);
    profile_ = profile;
    setpoint_writing_ = false;
}

void UserSession::setSetpointWriting(bool enabled, std::int64_t time_ms, const std::string& reason) {
    if (enabled == setpoint_writing_) return;
    if (enabled && !profileOffers(profile_, Capability::WriteSetpoints)) {
        throw PermissionDenied("the " + profileCode(profile_) +
                               " profile does not offer setpoint writing (engineer only)");
    }
    if (!audit_) {
        throw PermissionDenied("setpoint writing can only change with a project file open, "
                               "where the change is recorded in the audit log");
    }
    if (enabled && reason.empty()) {
        throw PermissionDenied("enabling setpoint writing needs a reason for the audit log");
    }
    audit(time_ms, enabled ? "enable_setpoint_writing" : "disable_setpoint_writing", reason);
    setpoint_writing_ = enabled;
}

std::int64_t UserSession::record(Capability needed, std::int64_t time_ms, const std::string& action,
                                 const std::string& detail) {
    if (!may(needed)) {
        throw PermissionDenied("the " + profileCode(profile_) + " profile may not " +
                               capabilityCode(needed));
    }
    if (!audit_) {
        throw PermissionDenied("no project file is open to record '" + action + "'");
    }
    return audit(time_ms, action, detail);
}

std::int64_t UserSession::audit(std::int64_t time_ms, const std::string& action,
                                const std::string& detail) {
    return audit_(time_ms, user_, profileCode(profile_), action, detail);
}

} // namespace gridtwin
