#include "ArgParser.h"

#include "model/InputError.h"

#include <algorithm>
#include <charconv>

namespace gridtwin::cli {

ArgParser::ArgParser(std::string command, std::vector<OptionSpec> specs)
    : command_(std::move(command)), specs_(std::move(specs)) {}

const OptionSpec* ArgParser::find(const std::string& name) const {
    for (const auto& s : specs_)
        if (s.name == name) return &s;
    return nullptr;
}

void ArgParser::parse(const std::vector<std::string>& args) {
    if (!find("help") && std::find(args.begin(), args.end(), "--help") != args.end()) throw HelpRequest(usage());
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0)
            throw UsageError("unexpected argument '" + a + "'\n" + usage());
        std::string name = a.substr(2);
        std::optional<std::string> inline_value;
        if (auto eq = name.find('='); eq != std::string::npos && find(name.substr(0, eq))) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const OptionSpec* spec = find(name);
        if (!spec) throw UsageError("unknown option '" + a + "'\n" + usage());
        if (seen_.count(name) && !spec->repeatable && !spec->multi_value)
            throw UsageError("option --" + name + " given twice");
        auto& slot = seen_[name];
        if (spec->value_hint.empty()) {
            if (inline_value) throw UsageError("option --" + name + " takes no value");
            continue;
        }
        if (inline_value) {
            slot.push_back(*inline_value);
            continue;
        }
        if (spec->multi_value) {
            while (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) slot.push_back(args[++i]);
            continue;
        }
        if (i + 1 >= args.size())
            throw UsageError("option --" + name + " needs a value: " + spec->value_hint);
        slot.push_back(args[++i]);
    }
}

bool ArgParser::has(const std::string& name) const { return seen_.count(name) > 0; }

std::optional<std::string> ArgParser::value(const std::string& name) const {
    auto it = seen_.find(name);
    if (it == seen_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> ArgParser::values(const std::string& name) const {
    auto it = seen_.find(name);
    return it == seen_.end() ? std::vector<std::string>{} : it->second;
}

std::string ArgParser::usage() const {
    std::string u = "usage: gridtwin-cli " + command_;
    for (const auto& s : specs_) {
        u += " [--" + s.name + (s.value_hint.empty() ? "" : " " + s.value_hint) + "]";
        if (s.repeatable || s.multi_value) u += "...";
    }
    u += "\n";
    for (const auto& s : specs_) {
        std::string left = "  --" + s.name + (s.value_hint.empty() ? "" : " " + s.value_hint);
        if (left.size() < 34) left.resize(34, ' ');
        u += left + " " + s.help + "\n";
    }
    return u;
}

int wholeNumber(const std::string& text, const std::string& where, const std::string& expected, int lo, int hi) {
    int v = 0;
    const char* end = text.data() + text.size();
    const auto [p, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || p != end || v < lo || v > hi) throw InputError("", where, expected, text);
    return v;
}

} // namespace gridtwin::cli
