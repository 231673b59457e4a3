#pragma once
// The one error type for bad input files and values. Its message always names the file, the place
// in it (line and column, or a JSON path), what was expected and what was found, so that a user
// can fix the input without reading code.

#include <stdexcept>
#include <string>

namespace gridtwin {

class InputError : public std::runtime_error {
public:
    /// file: path as the user gave it ("" for command-line values); where: "line 12, column 3
    /// (pv_kw)" or "$.bess.capacity_kwh"; expected: "a number >= 0"; found: the offending text.
    InputError(std::string file, std::string where, std::string expected, std::string found)
        : std::runtime_error(compose(file, where, expected, found)), file_(std::move(file)),
          where_(std::move(where)), expected_(std::move(expected)), found_(std::move(found)) {}

    const std::string& file() const { return file_; }
    const std::string& where() const { return where_; }
    const std::string& expected() const { return expected_; }
    const std::string& found() const { return found_; }

private:
    static std::string compose(const std::string& file, const std::string& where,
                               const std::string& expected, const std::string& found) {
        std::string m = file.empty() ? std::string() : file + ": ";
        if (!where.empty()) m += where + ": ";
        m += "expected " + expected + ", found " + (found.empty() ? "nothing" : "'" + found + "'");
        return m;
    }
    std::string file_, where_, expected_, found_;
};

} // namespace gridtwin
