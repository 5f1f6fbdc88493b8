// SHA-1 as FIPS 180-4 defines it, only to make version-5 UUIDs (RFC 4122 prescribes SHA-1 for them).

#include "export/NameUuid.h"

namespace rapport::exports {
namespace {

constexpr std::uint32_t rotl(std::uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }

void compress(std::array<std::uint32_t, 5>& h, const std::uint8_t* block) {
    std::array<std::uint32_t, 80> w{};
    for (std::size_t i = 0; i < 16; ++i)
        w[i] = std::uint32_t{block[4 * i]} << 24 | std::uint32_t{block[4 * i + 1]} << 16 | std::uint32_t{block[4 * i + 2]} << 8 |
               std::uint32_t{block[4 * i + 3]};
    for (std::size_t i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (std::size_t i = 0; i < 80; ++i) {
        std::uint32_t f = 0, k = 0;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

} // namespace

std::array<std::uint8_t, 20> sha1(std::string_view bytes) {
    std::array<std::uint32_t, 5> h = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const std::size_t full = bytes.size() / 64 * 64;
    for (std::size_t i = 0; i < full; i += 64) compress(h, data + i);
    // The tail, a 1 bit, zeros, and the length in bits as a 64-bit big-endian number.
    std::array<std::uint8_t, 128> tail{};
    const std::size_t rest = bytes.size() - full;
    for (std::size_t i = 0; i < rest; ++i) tail[i] = data[full + i];
    tail[rest] = 0x80;
    const std::size_t tailSize = rest < 56 ? 64 : 128;
    const std::uint64_t bits = static_cast<std::uint64_t>(bytes.size()) * 8;
    for (std::size_t i = 0; i < 8; ++i) tail[tailSize - 1 - i] = static_cast<std::uint8_t>(bits >> (8 * i));
    for (std::size_t i = 0; i < tailSize; i += 64) compress(h, tail.data() + i);
    std::array<std::uint8_t, 20> out{};
    for (std::size_t i = 0; i < 5; ++i)
        for (std::size_t j = 0; j < 4; ++j) out[4 * i + j] = static_cast<std::uint8_t>(h[i] >> (24 - 8 * j));
    return out;
}

bool parseUuid(std::string_view text, UuidBytes& out) {
    if (text.size() != 36) return false;
    std::size_t byte = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-') return false;
            ++i;
            continue;
        }
        const int hi = hexValue(text[i]), lo = hexValue(text[i + 1]);
        if (hi < 0 || lo < 0) return false;
        out[byte++] = static_cast<std::uint8_t>(hi << 4 | lo);
        i += 2;
    }
    return byte == 16;
}

std::string uuidText(const UuidBytes& uuid) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < uuid.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[uuid[i] >> 4];
        out += kHex[uuid[i] & 0xf];
    }
    return out;
}

UuidBytes uuid5(const UuidBytes& nameSpace, std::string_view name) {
    std::string input(reinterpret_cast<const char*>(nameSpace.data()), nameSpace.size());
    input.append(name);
    const auto digest = sha1(input);
    UuidBytes out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = digest[i];
    out[6] = static_cast<std::uint8_t>((out[6] & 0x0f) | 0x50); // version 5
    out[8] = static_cast<std::uint8_t>((out[8] & 0x3f) | 0x80); // the RFC 4122 variant
    return out;
}

const UuidBytes& urlNamespace() {
    static const UuidBytes ns = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    return ns;
}

} // namespace rapport::exports
