#include "phones/Secrets.h"

#include <sys/random.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <stdexcept>

namespace rapport::phones {
namespace {

constexpr std::string_view kRoomAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

void randomBytes(unsigned char* out, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = getrandom(out + got, size - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw std::runtime_error("no random numbers from the kernel (getrandom failed)");
        got += static_cast<std::size_t>(n);
    }
}

// A uniform number below `bound`, rejecting the top of the byte range that would favour some.
std::size_t uniformBelow(std::size_t bound) {
    const unsigned limit = 256u - 256u % static_cast<unsigned>(bound);
    for (;;) {
        unsigned char b = 0;
        randomBytes(&b, 1);
        if (b < limit) return b % bound;
    }
}

} // namespace

std::string newToken() {
    std::array<unsigned char, 16> bytes{};
    randomBytes(bytes.data(), bytes.size());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kHex[b >> 4];
        out += kHex[b & 15];
    }
    return out;
}

std::string newRoomCode(std::size_t length) {
    std::string out;
    for (std::size_t i = 0; i < length; ++i) out += kRoomAlphabet[uniformBelow(kRoomAlphabet.size())];
    return out;
}

std::string newPin(std::size_t digits) {
    std::string out;
    for (std::size_t i = 0; i < digits; ++i) out += static_cast<char>('0' + uniformBelow(10));
    return out;
}

bool sameSecret(std::string_view a, std::string_view b) {
    // The length of a secret is no secret; the content is compared without an early exit.
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::string normalizeRoomCode(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

} // namespace rapport::phones
