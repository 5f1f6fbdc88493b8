#pragma once
// Turns nlohmann/json's parse error messages into a place and plain words for trainers.

#include "load/JsonTree.h"

#include <cstddef>
#include <string_view>

namespace rapport::detail {

/// Fills offset, code and both messages of `out` from nlohmann's `what()` and its position (bytes
/// read after a BOM of `bomLength` bytes). `text` is the whole source, BOM included.
void describeJsonSyntaxError(std::string_view text, std::size_t bomLength, std::size_t position,
                             std::string_view what, JsonError& out);

/// True if `text` starting at `at` begins with a well-formed UTF-8 sequence.
[[nodiscard]] bool validUtf8At(std::string_view text, std::size_t at);

/// The offset of the first byte that is not well-formed UTF-8, or npos.
[[nodiscard]] std::size_t findInvalidUtf8(std::string_view text);

} // namespace rapport::detail
