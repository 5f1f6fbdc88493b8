#pragma once
// Name-based UUIDs (version 5, RFC 4122 section 4.3): the same name always gives the same UUID,
// so an exported statement keeps its id however often it is exported or sent.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport::exports {

/// A UUID's 16 bytes.
using UuidBytes = std::array<std::uint8_t, 16>;

/// SHA-1 of `bytes` (FIPS 180-4): what version-5 UUIDs are made of. Not for security.
[[nodiscard]] std::array<std::uint8_t, 20> sha1(std::string_view bytes);

/// Parses "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" (either case); false when it is not one.
[[nodiscard]] bool parseUuid(std::string_view text, UuidBytes& out);

/// The lowercase text form of a UUID.
[[nodiscard]] std::string uuidText(const UuidBytes& uuid);

/// The version-5 UUID of `name` in `nameSpace`.
[[nodiscard]] UuidBytes uuid5(const UuidBytes& nameSpace, std::string_view name);

/// The RFC's namespace for URLs (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
[[nodiscard]] const UuidBytes& urlNamespace();

} // namespace rapport::exports
