#include "tune/ChangeControl.h"

#include "model/InputError.h"
#include "model/ParameterTable.h"
#include "model/SiteConfigJson.h"

#include <nlohmann/json.hpp>

namespace gridtwin {

ChangeControl::ChangeControl(Historian& project) : db_(project) {}

std::int64_t ChangeControl::exportCandidate(const CandidateExport& e) {
    if (e.author.empty()) throw InputError(db_.path(), "author", "the name of who made the change", "");
    if (e.reason.empty()) throw InputError(db_.path(), "reason", "why the configuration changes", "");
    if (e.site_name.empty()) throw InputError(db_.path(), "site", "a site name", "");
    std::string detail;
    if (e.parent_version_id) {
        const auto parent = db_.configVersion(*e.parent_version_id);
        if (!parent)
            throw InputError(db_.path(), "parent version", "an existing configuration version id",
                             std::to_string(*e.parent_version_id));
        detail = describeChanges(siteConfigFromJson(nlohmann::json::parse(parent->json), "config version " +
                                                    std::to_string(parent->id)), e.candidate);
    } else {
        for (const ParameterOverride& o : e.changes)
            detail += (detail.empty() ? "" : "; ") + o.path + " = " + o.value_text;
    }
    const int site_id = db_.siteId(e.site_name);
    const std::int64_t id = db_.addConfigVersion(site_id, e.time_ms, e.author, e.reason,
                                                 siteConfigToJson(e.candidate).dump(), e.parent_version_id);
    audit(e.time_ms, e.author, e.profile, "export_config_version",
          "site " + e.site_name + ", version " + std::to_string(id) + ": " + e.reason +
              (detail.empty() ? "" : " [" + detail + "]"));
    return id;
}

std::vector<ConfigVersion> ChangeControl::versions(const std::string& site_name) {
    const auto id = db_.findSite(site_name);
    return id ? db_.configVersions(*id) : std::vector<ConfigVersion>{};
}

SiteConfig ChangeControl::loadVersion(std::int64_t version_id) {
    const std::string label = "config version " + std::to_string(version_id);
    const auto v = db_.configVersion(version_id);
    if (!v) throw InputError(db_.path(), label, "an existing configuration version id", std::to_string(version_id));
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(v->json);
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError(db_.path(), label, "valid site JSON", e.what());
    }
    return siteConfigFromJson(doc, db_.path() + " " + label);
}

std::int64_t ChangeControl::audit(std::int64_t time_ms, const std::string& user, const std::string& profile,
                                  const std::string& action, const std::string& detail) {
    if (action.empty()) throw InputError(db_.path(), "audit action", "an action code", "");
    return db_.appendAudit({0, time_ms, user, profile, action, detail});
}

std::vector<AuditEntry> ChangeControl::auditLog(std::int64_t from_ms, std::int64_t to_ms) {
    return db_.auditLog(from_ms, to_ms);
}

std::string ChangeControl::describeChanges(const SiteConfig& from, const SiteConfig& to) {
    std::string out;
    const auto add = [&](const std::string& name, const ParameterValue& a, const ParameterValue& b) {
        if (a == b) return;
        out += (out.empty() ? "" : "; ") + name + ": " + formatParameterValue(a) + " -> " + formatParameterValue(b);
    };
    // Fields of list items, indexed where the table path has "[]": "pv_arrays[0].tilt_deg".
    const auto addItems = [&](const ParameterInfo& p, std::size_t from_n, std::size_t to_n) {
        for (std::size_t i = 0; i < std::min(from_n, to_n); ++i) {
            std::string name = p.path;
            name.insert(name.find("[]") + 1, std::to_string(i));
            add(name, p.get(from, i), p.get(to, i));
        }
    };
    const auto addCount = [&](const std::string& list, std::size_t from_n, std::size_t to_n, const char* what) {
        if (from_n != to_n)
            out += (out.empty() ? "" : "; ") + list + ": " + std::to_string(from_n) + " -> " + std::to_string(to_n) + what;
    };
    for (const ParameterInfo& p : siteParameters()) {
        if (p.perPvArray()) addItems(p, from.pv_arrays.size(), to.pv_arrays.size());
        else add(p.path, p.get(from, 0), p.get(to, 0));
    }
    addCount("pv_arrays", from.pv_arrays.size(), to.pv_arrays.size(), " arrays");
    const std::size_t from_dev = from.data_sources.devices.size(), to_dev = to.data_sources.devices.size();
    for (const ParameterInfo& p : deviceParameters()) addItems(p, from_dev, to_dev);
    addCount("data_sources.devices", from_dev, to_dev, " devices");
    return out;
}

} // namespace gridtwin
