#pragma once
// Where seminar sessions are kept between steps and after a crash: one JSON file per seminar in
// $XDG_DATA_HOME/rapport/sessions (or ~/.local/share/rapport/sessions), written atomically after
// every step. The window and the phone server both save through here.

#include "io/AtomicFile.h"
#include "rapport/session/SessionJson.h"

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

namespace rapport {

/// The sessions folder; std::nullopt when neither XDG_DATA_HOME nor HOME is set.
[[nodiscard]] std::optional<std::filesystem::path> sessionsFolder();

/// The local time as a session records its start ("2026-12-03T09:30").
[[nodiscard]] std::string startedStamp(std::time_t now);

/// A file name for a seminar begun at `now` that no file in `folder` has yet
/// ("2026-12-03_0930_sample-coffee-break.json", then "..._2.json").
[[nodiscard]] std::filesystem::path newSessionFile(const std::filesystem::path& folder, const std::string& scenarioId,
                                                   std::time_t now);

/// Writes the session to `file` atomically (the old or the new content, never a mix).
[[nodiscard]] WriteResult saveSessionFile(const std::filesystem::path& file, const Session& session);

/// Reads a saved session's text (at most a few megabytes); std::nullopt and `error` on failure.
[[nodiscard]] std::optional<std::string> readSessionText(const std::filesystem::path& file, std::string& error);

/// A saved seminar that was not ended, to offer it again.
struct SavedSession {
    std::filesystem::path file;
    SessionSummary summary;
};

/// The most recently written seminar in `folder` that the trainer has not ended; temporaries
/// left by a crash and files that are not sessions are skipped.
[[nodiscard]] std::optional<SavedSession> findUnfinishedSession(const std::filesystem::path& folder);

/// Marks a saved seminar as ended without restoring it (the trainer declines to continue it).
[[nodiscard]] WriteResult markSessionEnded(const std::filesystem::path& file);

} // namespace rapport
