#include "seminar/SessionFiles.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace fs = std::filesystem;

namespace rapport {
namespace {

// A seminar of forty phones over forty decisions stays far below this; anything larger is not ours.
constexpr std::uintmax_t kMaxSessionBytes = 32u * 1024u * 1024u;

std::string formatLocal(std::time_t now, const char* format) {
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[64];
    const std::size_t n = std::strftime(buffer, sizeof buffer, format, &local);
    return std::string(buffer, n);
}

// Keeps file names portable: letters, digits, '-' and '_' only.
std::string safeName(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += ok ? c : '-';
    }
    return out.empty() ? std::string("seminar") : out;
}

} // namespace

std::optional<fs::path> sessionsFolder() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (xdg != nullptr && xdg[0] == '/') return fs::path(xdg) / "rapport" / "sessions";
    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] != '\0') return fs::path(home) / ".local" / "share" / "rapport" / "sessions";
    return std::nullopt;
}

std::string startedStamp(std::time_t now) { return formatLocal(now, "%Y-%m-%dT%H:%M"); }

fs::path newSessionFile(const fs::path& folder, const std::string& scenarioId, std::time_t now) {
    const std::string stem = formatLocal(now, "%Y-%m-%d_%H%M") + "_" + safeName(scenarioId);
    std::error_code ec;
    fs::path file = folder / (stem + ".json");
    for (int n = 2; fs::exists(file, ec); ++n) file = folder / (stem + "_" + std::to_string(n) + ".json");
    return file;
}

WriteResult saveSessionFile(const fs::path& file, const Session& session) {
    return writeFileAtomically(file, sessionToJson(session));
}

std::optional<std::string> readSessionText(const fs::path& file, std::string& error) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec) {
        error = "cannot read " + file.string() + ": " + ec.message();
        return std::nullopt;
    }
    if (size > kMaxSessionBytes) {
        error = file.string() + " is too large for a saved seminar";
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        error = "cannot read " + file.string();
        return std::nullopt;
    }
    return text.str();
}

std::optional<SavedSession> findUnfinishedSession(const fs::path& folder) {
    std::optional<SavedSession> best;
    fs::file_time_type bestTime{};
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& file = it->path();
        // Temporaries of the atomic writer end in ".tmp-PID-N"; only finished writes count.
        std::error_code fileEc;
        if (file.extension() != ".json" || !it->is_regular_file(fileEc)) continue;
        const fs::file_time_type time = fs::last_write_time(file, fileEc);
        if (fileEc || (best && time <= bestTime)) continue;
        std::string error;
        const std::optional<std::string> text = readSessionText(file, error);
        if (!text) continue;
        std::optional<SessionSummary> summary = readSessionSummary(*text, error);
        if (!summary || summary->ended) continue;
        best = SavedSession{file, std::move(*summary)};
        bestTime = time;
    }
    return best;
}

WriteResult markSessionEnded(const fs::path& file) {
    std::string error;
    const std::optional<std::string> text = readSessionText(file, error);
    if (!text) return {error};
    const std::optional<std::string> ended = endSavedSession(*text, error);
    if (!ended) return {file.string() + ": " + error};
    return writeFileAtomically(file, *ended);
}

} // namespace rapport
