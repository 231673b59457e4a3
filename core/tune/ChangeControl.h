#pragma once
// Change control in the project file (one historian SQLite file): a tuned candidate becomes a
// site-configuration version with who, when and why (and the version it was derived from), and
// every change of parameters, permissions or reports goes to an append-only audit log. Nothing
// here writes to live devices.

#include "model/SiteConfig.h"
#include "store/Historian.h"
#include "tune/TuningRun.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace gridtwin {

struct CandidateExport {
    std::string site_name;            // historian site (created when new)
    SiteConfig candidate;
    std::string author;               // who
    std::string profile;              // "engineer", ... (recorded in the audit log)
    std::string reason;               // why (must not be empty)
    std::int64_t time_ms = 0;         // when (UTC)
    std::optional<std::int64_t> parent_version_id; // the version the candidate was tuned from
    std::vector<ParameterOverride> changes;         // what differs from the parent (audit detail)
};

class ChangeControl {
public:
    /// The historian must outlive this object.
    explicit ChangeControl(Historian& project);

    /// Stores the candidate as a new configuration version and appends an audit entry
    /// ("export_config_version"). Throws InputError for an empty author or reason, or a parent
    /// version that does not exist. Returns the version id.
    std::int64_t exportCandidate(const CandidateExport& e);

    /// Versions of a site, oldest first (empty for an unknown site).
    std::vector<ConfigVersion> versions(const std::string& site_name);
    /// A stored version parsed back to a SiteConfig (InputError naming "config version N").
    SiteConfig loadVersion(std::int64_t version_id);

    /// Appends one audit entry; returns its id. Committed at once.
    std::int64_t audit(std::int64_t time_ms, const std::string& user, const std::string& profile,
                       const std::string& action, const std::string& detail);
    /// Audit entries with from_ms <= time < to_ms, oldest first.
    std::vector<AuditEntry> auditLog(std::int64_t from_ms = std::numeric_limits<std::int64_t>::min(),
                                     std::int64_t to_ms = std::numeric_limits<std::int64_t>::max());

    /// "controller.peak_threshold_kw: 11500 -> 11000; bess.soc_min_pct: 5 -> 10" over every
    /// ParameterTable field that differs.
    static std::string describeChanges(const SiteConfig& from, const SiteConfig& to);

private:
    Historian& db_;
};

} // namespace gridtwin
