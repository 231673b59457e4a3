#pragma once
// UTC time as integer milliseconds since the Unix epoch, and ISO 8601 conversion.
// Civil-date arithmetic follows Howard Hinnant's days_from_civil algorithm (public domain).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gridtwin {

inline constexpr std::int64_t kMsPerSecond = 1000;
inline constexpr std::int64_t kMsPerHour = 3600 * kMsPerSecond;
inline constexpr std::int64_t kMsPerDay = 24 * kMsPerHour;

struct CivilTime {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
};

std::int64_t daysFromCivil(int year, int month, int day);
CivilTime civilFromMs(std::int64_t time_ms);
std::int64_t msFromCivil(const CivilTime& t);
bool isLeapYear(int year);

/// "2024-01-01T00:00:00Z" (milliseconds printed only when non-zero).
std::string formatIsoUtc(std::int64_t time_ms);

/// Accepts "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" with "Z" or "+HH:MM"/"-HH:MM", and a space
/// instead of "T". Returns nullopt on anything else (the caller names file, line and field).
std::optional<std::int64_t> parseIsoUtc(std::string_view text);

} // namespace gridtwin
