#pragma once
// A small strict parser for "--name value" options: unknown options and missing values are
// refused with a message that lists what the command accepts.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace gridtwin::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// --help given to a command without a "help" option of its own: main prints text (the usage)
/// to stdout and exits 0.
class HelpRequest : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;        // without "--"
    std::string value_hint;  // "" for a flag
    bool repeatable = false;
    bool multi_value = false; // takes all following words until the next --option
    std::string help;
};

class ArgParser {
public:
    ArgParser(std::string command, std::vector<OptionSpec> specs);
    void parse(const std::vector<std::string>& args); // throws UsageError, HelpRequest

    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    std::string usage() const;

private:
    const OptionSpec* find(const std::string& name) const;
    std::string command_;
    std::vector<OptionSpec> specs_;
    std::map<std::string, std::vector<std::string>> seen_;
};

/// `text` as a whole number in [lo, hi]; anything else (signs, spaces, fractions, out of range)
/// throws InputError(where, expected, text).
int wholeNumber(const std::string& text, const std::string& where, const std::string& expected, int lo, int hi);

} // namespace gridtwin::cli
