#pragma once
// Generators for the checked-in schema and field reference; the tests compare the files in the
// repository with these, and GRIDTWIN_REGENERATE=1 rewrites them.

#include <nlohmann/json.hpp>

#include <string>

nlohmann::json siteConfigJsonSchema();
std::string siteConfigMarkdown();
