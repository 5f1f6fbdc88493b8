#pragma once
// The language to use when the user has not chosen one: German if the system locale says so.

#include "rapport/core/Vocabulary.h"

#include <cstdlib>
#include <string_view>

namespace rapport {

/// Reads LC_ALL, LC_MESSAGES, LANG in that order (as gettext does); German for "de*", else English.
[[nodiscard]] inline Lang systemLanguage() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') continue;
        return std::string_view(value).substr(0, 2) == "de" ? Lang::De : Lang::En;
    }
    return Lang::En;
}

} // namespace rapport
