#pragma once
// The secrets of a phone room: tokens (128 random bits), the room code people type, the trainer's
// PIN; all from the kernel's random source (getrandom), and compared in constant time.

#include <string>
#include <string_view>

namespace rapport::phones {

/// A participant's token: 128 random bits as 32 lowercase hex digits.
[[nodiscard]] std::string newToken();

/// A room code of `length` letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L).
[[nodiscard]] std::string newRoomCode(std::size_t length = 6);

/// The trainer's PIN: `digits` decimal digits, uniformly random.
[[nodiscard]] std::string newPin(std::size_t digits = 6);

/// Whether two secrets are equal, taking the same time wherever they differ.
[[nodiscard]] bool sameSecret(std::string_view a, std::string_view b);

/// A room code as typed: upper case, without spaces or dashes.
[[nodiscard]] std::string normalizeRoomCode(std::string_view typed);

} // namespace rapport::phones
