#include "io/CsvText.h"

#include "model/InputError.h"
#include "model/TimeUtc.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace gridtwin::csvtext {

std::vector<std::string> split(const std::string& line, char delimiter) {
    // RFC 4180 quoting (Electricity Maps quotes some text fields).
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') { out.back() += '"'; ++i; }
            else if (ch == '"') quoted = false;
            else out.back() += ch;
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == delimiter) {
            out.emplace_back();
        } else {
            out.back() += ch;
        }
    }
    return out;
}

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(first, last - first + 1));
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

std::optional<double> number(std::string_view text) {
    double v = 0.0;
    const auto res = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || res.ec != std::errc() || res.ptr != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::string where(int line, std::size_t column, const std::string& name) {
    return "line " + std::to_string(line) + ", column " + std::to_string(column + 1) + " (" + name + ")";
}

Table::Table(const std::string& path, char delimiter, const std::string& header_description)
    : path_(path), delimiter_(delimiter), in_(path, std::ios::binary) {
    if (!in_) throw InputError(path, "", "a readable file", "no such file or no permission");
    std::string line;
    while (std::getline(in_, line)) {
        if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3); // UTF-8 byte-order mark
        if (!trim(line).empty() && line[0] != '#') break;
        ++line_;
        line.clear();
    }
    if (trim(line).empty()) throw InputError(path, "line 1", "a header line with " + header_description, "an empty file");
    for (const std::string& cell : split(line, delimiter_)) header_.push_back(trim(cell));
}

int Table::find(std::initializer_list<std::string_view> names) const {
    for (std::size_t i = 0; i < header_.size(); ++i)
        if (std::find(names.begin(), names.end(), lower(header_[i])) != names.end()) return static_cast<int>(i);
    return -1;
}

std::size_t Table::require(std::initializer_list<std::string_view> names, const std::string& describe) const {
    const int i = find(names);
    if (i < 0) {
        std::string found;
        for (const auto& h : header_) found += (found.empty() ? "" : ",") + h;
        throw InputError(path_, "line " + std::to_string(line_) + " (header)", "a column " + describe, found);
    }
    return static_cast<std::size_t>(i);
}

bool Table::next(std::vector<std::string>& cells) {
    std::string line;
    while (std::getline(in_, line)) {
        ++line_;
        if (trim(line).empty() || line[0] == '#') continue;
        cells = split(line, delimiter_);
        for (auto& c : cells) c = trim(c);
        if (cells.size() != header_.size())
            throw InputError(path_, "line " + std::to_string(line_),
                             std::to_string(header_.size()) + " fields separated by '" + std::string(1, delimiter_) + "'",
                             std::to_string(cells.size()) + " fields");
        return true;
    }
    return false;
}

void Table::fail(std::size_t col, const std::string& expected, const std::string& found) const {
    throw InputError(path_, where(line_, col, header_[col]), expected, found);
}

double Table::numberAt(const std::vector<std::string>& cells, std::size_t col, const std::string& expected) const {
    const auto v = number(cells[col]);
    if (!v) fail(col, expected, cells[col]);
    return *v;
}

std::int64_t Table::timeAt(const std::vector<std::string>& cells, std::size_t col) const {
    const auto t = parseIsoUtc(cells[col]);
    if (!t) fail(col, "an ISO 8601 UTC time (2025-01-01T00:00:00Z)", cells[col]);
    return *t;
}

bool Table::yesNoAt(const std::vector<std::string>& cells, std::size_t col) const {
    const std::string v = lower(cells[col]);
    if (v == "yes" || v == "true" || v == "1") return true;
    if (v == "no" || v == "false" || v == "0") return false;
    fail(col, "yes or no", cells[col]);
}

} // namespace gridtwin::csvtext
