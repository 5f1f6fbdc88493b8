#include "store/TimeText.h"

#include <cstdio>
#include <ctime>

namespace rapport::store {
namespace {

std::tm localParts(std::int64_t ms) {
    const auto seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    return local;
}

} // namespace

std::string isoTimeUtc(std::int64_t ms) {
    const auto seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                  utc.tm_min, utc.tm_sec, static_cast<int>(ms % 1000));
    return text;
}

std::string localDate(std::int64_t ms, Lang lang) {
    const std::tm t = localParts(ms);
    char text[64];
    if (lang == Lang::De)
        std::snprintf(text, sizeof text, "%02d.%02d.%04d", t.tm_mday, t.tm_mon + 1, t.tm_year + 1900);
    else
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
    return text;
}

std::string localDateTime(std::int64_t ms, Lang lang) {
    const std::tm t = localParts(ms);
    char text[16];
    std::snprintf(text, sizeof text, " %02d:%02d", t.tm_hour, t.tm_min);
    return localDate(ms, lang) + text;
}

} // namespace rapport::store
