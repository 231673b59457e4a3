#pragma once
// Small text helpers shared by the CSV input readers (carbon inputs, hourly price/carbon series): delimited lines with RFC 4180 quoting,
// trimming, case folding, strict numbers, and InputError locations "line N, column C (name)".

#include <cstdint>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridtwin::csvtext {

std::vector<std::string> split(const std::string& line, char delimiter);
std::string trim(std::string_view s);
std::string lower(std::string_view s);
/// A finite number filling the whole text, or nullopt.
std::optional<double> number(std::string_view text);
std::string where(int line, std::size_t column, const std::string& name);

/// A delimited file with a header line: column lookup by (case-insensitive) name and rows with
/// their line numbers. Throws InputError naming the file when it cannot be opened or is empty.
class Table {
public:
    Table(const std::string& path, char delimiter, const std::string& header_description);
    const std::string& path() const { return path_; }
    /// Index of the first header cell whose lower-cased trimmed text is one of names; -1 if none.
    int find(std::initializer_list<std::string_view> names) const;
    /// As find, but throws InputError(line 1 (header)) naming what is missing.
    std::size_t require(std::initializer_list<std::string_view> names, const std::string& describe) const;
    const std::string& headerName(std::size_t i) const { return header_[i]; }
    std::size_t columns() const { return header_.size(); }
    /// Next non-empty row (cells trimmed) with at least `columns()` cells; false at the end.
    /// Lines starting with '#' are skipped. A row with a different cell count throws.
    bool next(std::vector<std::string>& cells);
    int line() const { return line_; }
    /// Throws InputError(path, where(line(), col, header name), expected, found).
    [[noreturn]] void fail(std::size_t col, const std::string& expected, const std::string& found) const;
    double numberAt(const std::vector<std::string>& cells, std::size_t col, const std::string& expected) const;
    std::int64_t timeAt(const std::vector<std::string>& cells, std::size_t col) const;
    bool yesNoAt(const std::vector<std::string>& cells, std::size_t col) const;

private:
    std::string path_;
    char delimiter_;
    std::ifstream in_;
    std::vector<std::string> header_;
    int line_ = 1;
};

} // namespace gridtwin::csvtext
