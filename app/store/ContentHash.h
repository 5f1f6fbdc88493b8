#pragma once
// A scenario's content hash: SHA-256 of the file's bytes as 64 lowercase hex digits. A run keeps
// it, so a result can always be tied to the exact version of the scenario it was played on (and
// an export can name it as the revision).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rapport::store {

/// SHA-256 of `bytes`, in hex.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

/// SHA-256 of a file's bytes, in hex; std::nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> fileContentHash(const std::filesystem::path& file);

} // namespace rapport::store
