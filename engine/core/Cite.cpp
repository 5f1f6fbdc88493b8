#include "rapport/core/Cite.h"

#include <cstdint>

namespace rapport {
namespace {

/// Length of the valid UTF-8 sequence at `s[i]` and its code point, or 0 when the byte starts none.
std::size_t decodeUtf8(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b = byte(i);
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    std::size_t n = 0;
    std::uint32_t min = 0;
    if ((b & 0xE0u) == 0xC0u) n = 2, cp = b & 0x1Fu, min = 0x80;
    else if ((b & 0xF0u) == 0xE0u) n = 3, cp = b & 0x0Fu, min = 0x800;
    else if ((b & 0xF8u) == 0xF0u) n = 4, cp = b & 0x07u, min = 0x10000;
    else return 0;
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

bool needsEscape(std::uint32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void appendHex(std::string& out, std::uint32_t v, int digits) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(v >> static_cast<unsigned>(shift)) & 0xFu];
}

void appendEscaped(std::string& out, std::uint32_t cp) {
    switch (cp) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
    }
    if (cp < 0x80) {
        out += "\\x";
        appendHex(out, cp, 2);
    } else {
        out += "\\u{";
        appendHex(out, cp, 4);
        out += '}';
    }
}

std::string escapeUpTo(std::string_view text, std::size_t maxChars) {
    std::string out;
    out.reserve(text.size() < maxChars * 2 ? text.size() + 8 : maxChars * 2 + 8);
    std::size_t chars = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (chars == maxChars) {
            out += "…";
            break;
        }
        std::uint32_t cp = 0;
        const std::size_t n = decodeUtf8(text, i, cp);
        if (n == 0) { // a byte that is not UTF-8: show its value
            out += "\\x";
            appendHex(out, static_cast<unsigned char>(text[i]), 2);
            ++i;
        } else {
            if (needsEscape(cp)) appendEscaped(out, cp);
            else out.append(text.data() + i, n);
            i += n;
        }
        ++chars;
    }
    return out;
}

} // namespace

std::string cite(std::string_view text, std::size_t maxChars) { return escapeUpTo(text, maxChars); }

std::string escapeForMessage(std::string_view text) { return escapeUpTo(text, text.size() + 1); }

} // namespace rapport
