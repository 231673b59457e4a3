#pragma once
// Who is at the keyboard, under which profile, and whether setpoint writing is enabled. Changes
// of profile and of the setpoint-writing permission, and generated reports, go to the audit log
// of the open project file (ChangeControl); without a project file they are refused rather than
// done unrecorded. The log is handed in as a function so that this policy does not depend on
// the store (the app binds it to ChangeControl::audit).

#include "access/UserProfile.h"

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>

namespace gridtwin {

/// Appends one audit entry (time_ms, user, profile, action, detail) and returns its id; the
/// signature of ChangeControl::audit.
using AuditWriter = std::function<std::int64_t(std::int64_t, const std::string&, const std::string&,
                                               const std::string&, const std::string&)>;

/// A user action the profile does not offer, or one that cannot be recorded.
class PermissionDenied : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class UserSession {
public:
    UserSession(std::string user, UserProfile profile);

    const std::string& user() const { return user_; }
    UserProfile profile() const { return profile_; }
    /// The profile offers it and, for WriteSetpoints, writing has been enabled explicitly.
    bool may(Capability capability) const;
    bool setpointWritingEnabled() const { return setpoint_writing_; }

    /// The audit log of the open project file; an empty function when none is open. Setpoint
    /// writing ends with the old log: its enabling was recorded there, not in the new one.
    void setAuditLog(AuditWriter log);
    bool hasAuditLog() const { return static_cast<bool>(audit_); }

    /// Switches the profile (recorded when a project file is open). Setpoint writing always
    /// ends with the switch: a new profile starts without it.
    void switchProfile(UserProfile profile, std::int64_t time_ms);
    /// Throws PermissionDenied when the profile does not offer setpoint writing or no project
    /// file is open to record the change, or when enabling without a reason.
    void setSetpointWriting(bool enabled, std::int64_t time_ms, const std::string& reason);
    /// Records an action that needs the capability (e.g. GenerateReports: "generate_report",
    /// detail = output file). Throws PermissionDenied when the session may not do it or no
    /// project file is open. Returns the audit entry id.
    std::int64_t record(Capability needed, std::int64_t time_ms, const std::string& action,
                        const std::string& detail);

private:
    std::int64_t audit(std::int64_t time_ms, const std::string& action, const std::string& detail);

    std::string user_;
    UserProfile profile_;
    bool setpoint_writing_ = false;
    AuditWriter audit_;
};

} // namespace gridtwin
