#pragma once
// Writing a file so that a reader, a crash or a full disk never leaves half of it: every writer
// of the app (settings, saved sessions, runs, exports) goes through here.

#include <filesystem>
#include <string>
#include <string_view>

namespace rapport {

/// What went wrong while writing, in plain words naming the file; empty on success.
struct WriteResult {
    std::string error;
    [[nodiscard]] bool ok() const { return error.empty(); }
};

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk (fsync), renames it over
/// `path` and flushes the folder, so `path` holds either the old or the new content, never a mix.
/// Creates missing parent folders. `mode` is the new file's permission bits (0600 for secrets).
[[nodiscard]] WriteResult writeFileAtomically(const std::filesystem::path& path, std::string_view bytes,
                                              unsigned mode = 0644);

} // namespace rapport
