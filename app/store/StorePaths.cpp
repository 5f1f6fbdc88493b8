#include "store/StorePaths.h"

#include <cstdlib>

namespace rapport::store {

std::optional<std::filesystem::path> defaultDatabasePath() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (xdg != nullptr && xdg[0] == '/') return std::filesystem::path(xdg) / "rapport" / "rapport.db";
    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] != '\0') return std::filesystem::path(home) / ".local" / "share" / "rapport" / "rapport.db";
    return std::nullopt;
}

} // namespace rapport::store
