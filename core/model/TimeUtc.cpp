#include "model/TimeUtc.h"

#include <charconv>
#include <cstdio>

namespace gridtwin {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::int64_t daysFromCivil(int year, int month, int day) {
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilTime civilFromMs(std::int64_t time_ms) {
    std::int64_t days = time_ms / kMsPerDay;
    std::int64_t rem = time_ms % kMsPerDay;
    if (rem < 0) {
        rem += kMsPerDay;
        --days;
    }
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    CivilTime t;
    t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2 ? 1 : 0));
    t.hour = static_cast<int>(rem / kMsPerHour);
    t.minute = static_cast<int>(rem % kMsPerHour / 60000);
    t.second = static_cast<int>(rem % 60000 / 1000);
    t.millisecond = static_cast<int>(rem % 1000);
    return t;
}

std::int64_t msFromCivil(const CivilTime& t) {
    return daysFromCivil(t.year, t.month, t.day) * kMsPerDay + t.hour * kMsPerHour +
           static_cast<std::int64_t>(t.minute) * 60000 + t.second * 1000LL + t.millisecond;
}

std::string formatIsoUtc(std::int64_t time_ms) {
    const CivilTime t = civilFromMs(time_ms);
    char buf[40];
    if (t.millisecond != 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.year, t.month, t.day,
                      t.hour, t.minute, t.second, t.millisecond);
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day,
                      t.hour, t.minute, t.second);
    }
    return buf;
}

namespace {
bool readInt(std::string_view s, std::size_t pos, std::size_t len, int& out) {
    if (pos + len > s.size()) return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    auto res = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return res.ec == std::errc{};
}
int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}
} // namespace

std::optional<std::int64_t> parseIsoUtc(std::string_view s) {
    CivilTime t;
    if (s.size() < 10 || !readInt(s, 0, 4, t.year) || s[4] != '-' || !readInt(s, 5, 2, t.month) ||
        s[7] != '-' || !readInt(s, 8, 2, t.day))
        return std::nullopt;
    if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > daysInMonth(t.year, t.month))
        return std::nullopt;
    std::size_t pos = 10;
    std::int64_t offset_ms = 0;
    if (pos < s.size()) {
        if (s[pos] != 'T' && s[pos] != ' ') return std::nullopt;
        if (!readInt(s, pos + 1, 2, t.hour) || s.size() < pos + 6 || s[pos + 3] != ':' ||
            !readInt(s, pos + 4, 2, t.minute))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!readInt(s, pos + 1, 2, t.second)) return std::nullopt;
            pos += 3;
            if (pos < s.size() && s[pos] == '.') {
                std::size_t end = pos + 1;
                while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
                if (end == pos + 1) return std::nullopt;
                int frac = 0;
                const std::size_t digits = std::min<std::size_t>(end - pos - 1, 3);
                readInt(s, pos + 1, digits, frac);
                for (std::size_t d = digits; d < 3; ++d) frac *= 10;
                t.millisecond = frac;
                pos = end;
            }
        }
        if (t.hour > 23 || t.minute > 59 || t.second > 60) return std::nullopt;
        if (pos < s.size()) {
            if (s[pos] == 'Z' && pos + 1 == s.size()) {
                pos += 1;
            } else if ((s[pos] == '+' || s[pos] == '-') && s.size() == pos + 6 && s[pos + 3] == ':') {
                int oh = 0, om = 0;
                if (!readInt(s, pos + 1, 2, oh) || !readInt(s, pos + 4, 2, om)) return std::nullopt;
                offset_ms = (oh * 60LL + om) * 60000 * (s[pos] == '+' ? 1 : -1);
                pos = s.size();
            } else {
                return std::nullopt;
            }
        }
    }
    if (pos != s.size()) return std::nullopt;
    return msFromCivil(t) - offset_ms;
}

} // namespace gridtwin
