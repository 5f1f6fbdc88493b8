#pragma once
// The address phones in the room can reach the laptop at: the first private LAN address.

#include <optional>
#include <string>

namespace rapport::phones {

/// The first private IPv4 address of an interface that is up (10/8, 172.16/12, 192.168/16), skipping
/// loopback and link-local; none when the laptop is on no such network.
[[nodiscard]] std::optional<std::string> firstPrivateAddress();

/// Whether an IPv4 address in dotted form is private in the sense above.
[[nodiscard]] bool isPrivateAddress(const std::string& dotted);

} // namespace rapport::phones
