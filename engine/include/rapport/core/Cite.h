#pragma once
// Citing text from a file, a command line or a name in a one-line message: control characters
// and broken UTF-8 are escaped (a name with a newline cannot forge a second message line), and
// long text is cut to a short prefix (a 4-MB key does not become a 4-MB message).

#include <cstddef>
#include <string>
#include <string_view>

namespace rapport {

/// How many characters a message cites by default before it cuts with "…".
inline constexpr std::size_t kCiteChars = 48;

/// At most `maxChars` characters of `text`, escaped as escapeForMessage does, ending in "…" when cut.
[[nodiscard]] std::string cite(std::string_view text, std::size_t maxChars = kCiteChars);

/// `text` with control characters (\n, \t, U+0000-U+001F, U+007F-U+009F), line and paragraph
/// separators, direction overrides and invalid UTF-8 bytes written as visible escapes; nothing cut.
[[nodiscard]] std::string escapeForMessage(std::string_view text);

} // namespace rapport
