#pragma once
// SiteConfig <-> JSON (schema: docs/site-config.md, resources/site-config.schema.json).
// Versioned by "schema_version" (required; supported: 1). Missing keys take the SiteConfig
// default; unknown keys, wrong types and out-of-range values (ParameterTable ranges) throw
// InputError(file, "$.bess.capacity_kwh", expected, found). Enums are lower-case strings.

#include "model/SiteConfig.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace gridtwin {

/// Reads and validates a site file; relative input file paths in it are resolved against the
/// directory of the file. JSON syntax errors name line and column. Also refuses, across fields,
/// controller.recharge_below_kw not below controller.peak_threshold_kw (any controller kind).
SiteConfig loadSiteConfig(const std::string& path);
/// Validates a parsed document; file_label names the source in error messages.
SiteConfig siteConfigFromJson(const nlohmann::json& doc, const std::string& file_label);
nlohmann::json siteConfigToJson(const SiteConfig& site);
/// Writes pretty-printed JSON (2-space indent, keys sorted); throws InputError if unwritable or
/// if loadSiteConfig would refuse the site across fields (nothing is written then).
void saveSiteConfig(const SiteConfig& site, const std::string& path);

} // namespace gridtwin
