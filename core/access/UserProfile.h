#pragma once
// User profiles and what each one offers (issue 7): operators watch and acknowledge alarms,
// engineers commission, tune and - only when explicitly enabled - write setpoints, compliance
// staff read the ledger and produce reports. The UI hides what a profile does not offer.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace gridtwin {

enum class UserProfile { Operator, Engineer, Compliance };

enum class Capability {
    WatchConsole,      // live console, trends, KPIs
    AcknowledgeAlarms,
    Commission,        // connect a site, map devices
    Tune,              // workbench: edit parameters, sweeps, export a configuration version
    WriteSetpoints,    // offered to engineers; effective only after explicit enabling
    ViewLedger,        // hourly carbon ledger
    GenerateReports,   // compliance report / white paper
};

inline constexpr std::array<UserProfile, 3> kAllProfiles = {
    UserProfile::Operator, UserProfile::Engineer, UserProfile::Compliance};
inline constexpr std::array<Capability, 7> kAllCapabilities = {
    Capability::WatchConsole, Capability::AcknowledgeAlarms, Capability::Commission,
    Capability::Tune,         Capability::WriteSetpoints,    Capability::ViewLedger,
    Capability::GenerateReports};

/// The policy table: whether the profile offers the capability at all.
bool profileOffers(UserProfile profile, Capability capability);

/// "operator", "engineer", "compliance" (stored in settings and the audit log).
std::string profileCode(UserProfile profile);
/// nullopt for anything else (case-sensitive, like the stored codes).
std::optional<UserProfile> parseProfileCode(std::string_view code);
/// "watch_console", "write_setpoints", ... (audit details, CLI output).
std::string capabilityCode(Capability capability);

} // namespace gridtwin
