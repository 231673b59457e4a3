#include "io/prometheus/DcgmExpositionParser.h"

#include "model/InputError.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace gridtwin {

namespace {

bool nameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'; }
bool nameChar(char c) { return nameStart(c) || (c >= '0' && c <= '9'); }

void skipBlanks(std::string_view s, std::size_t& i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

// Go ParseFloat syntax as Prometheus writes it.
bool parseGoFloat(std::string_view s, double& v) {
    if (s == "NaN") {
        v = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (s == "+Inf" || s == "Inf") {
        v = std::numeric_limits<double>::infinity();
        return true;
    }
    if (s == "-Inf") {
        v = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    return !s.empty() && res.ec == std::errc() && res.ptr == s.data() + s.size();
}

} // namespace

std::string ExpositionSample::label(std::string_view key) const {
    for (const auto& [k, v] : labels)
        if (k == key) return v;
    return {};
}

std::vector<ExpositionSample> DcgmExpositionParser::parse(std::string_view text, const std::string& source) {
    std::vector<ExpositionSample> out;
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        std::size_t i = 0;
        skipBlanks(line, i);
        if (i == line.size() || line[i] == '#') continue; // blank, HELP, TYPE or a comment
        const std::string where = "line " + std::to_string(line_no);
        const auto fail = [&](const std::string& expected, std::size_t at) {
            throw InputError(source, where + ", column " + std::to_string(at + 1), expected,
                             std::string(line.substr(at, 40)));
        };
        ExpositionSample s;
        const std::size_t name_start = i;
        if (!nameStart(line[i])) fail("a metric name [a-zA-Z_:][a-zA-Z0-9_:]*", i);
        while (i < line.size() && nameChar(line[i])) ++i;
        s.name = std::string(line.substr(name_start, i - name_start));
        skipBlanks(line, i);
        if (i < line.size() && line[i] == '{') {
            ++i;
            for (;;) {
                skipBlanks(line, i);
                if (i < line.size() && line[i] == '}') {
                    ++i;
                    break;
                }
                const std::size_t ls = i;
                if (i >= line.size() || !(nameStart(line[i]) && line[i] != ':')) fail("a label name or '}'", i);
                while (i < line.size() && nameChar(line[i]) && line[i] != ':') ++i;
                std::string key(line.substr(ls, i - ls));
                skipBlanks(line, i);
                if (i >= line.size() || line[i] != '=') fail("'=' after label " + key, i);
                ++i;
                skipBlanks(line, i);
                if (i >= line.size() || line[i] != '"') fail("a quoted label value", i);
                const std::size_t quote = i++;
                std::string value;
                bool closed = false;
                while (i < line.size()) {
                    const char c = line[i++];
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c == '\\' && i < line.size()) {
                        const char e = line[i++];
                        value += e == 'n' ? '\n' : e; // \\ and \" stand for themselves
                    } else {
                        value += c;
                    }
                }
                if (!closed) fail("a label value closed by '\"'", quote);
                s.labels.emplace_back(std::move(key), std::move(value));
                skipBlanks(line, i);
                if (i < line.size() && line[i] == ',') {
                    ++i;
                    continue;
                }
                if (i < line.size() && line[i] == '}') {
                    ++i;
                    break;
                }
                fail("',' or '}' after a label", i);
            }
        }
        skipBlanks(line, i);
        const std::size_t vs = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        if (vs == i) fail("a sample value after " + s.name, vs);
        if (!parseGoFloat(line.substr(vs, i - vs), s.value)) fail("a number (or NaN, +Inf, -Inf)", vs);
        skipBlanks(line, i);
        if (i < line.size()) {
            const std::size_t ts = i;
            while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
            std::int64_t t = 0;
            const auto res = std::from_chars(line.data() + ts, line.data() + i, t);
            if (res.ec != std::errc() || res.ptr != line.data() + i) fail("a timestamp in ms since the epoch", ts);
            s.timestamp_ms = t;
            skipBlanks(line, i);
            if (i < line.size()) fail("the end of the line", i);
        }
        out.push_back(std::move(s));
    }
    return out;
}

GpuPowerSum DcgmExpositionParser::sumPower(const std::vector<ExpositionSample>& samples, std::string_view metric) {
    GpuPowerSum sum;
    for (const ExpositionSample& s : samples) {
        if (s.name != metric) continue;
        if (!std::isfinite(s.value) || s.value < 0 || s.value >= kBlankThreshold) {
            ++sum.missing;
            continue;
        }
        sum.total_w += s.value;
        ++sum.gpus;
        if (s.timestamp_ms) sum.newest_timestamp_ms = std::max(sum.newest_timestamp_ms.value_or(*s.timestamp_ms), *s.timestamp_ms);
    }
    return sum;
}

} // namespace gridtwin
