#include "phones/LanAddress.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <cstdint>

namespace rapport::phones {
namespace {

bool isPrivate(std::uint32_t host) {
    const std::uint32_t a = host >> 24, b = (host >> 16) & 0xff;
    return a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168);
}

} // namespace

bool isPrivateAddress(const std::string& dotted) {
    in_addr addr{};
    if (inet_pton(AF_INET, dotted.c_str(), &addr) != 1) return false;
    return isPrivate(ntohl(addr.s_addr));
}

std::optional<std::string> firstPrivateAddress() {
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return std::nullopt;
    std::optional<std::string> found;
    for (const ifaddrs* i = list; i != nullptr && !found; i = i->ifa_next) {
        if (i->ifa_addr == nullptr || i->ifa_addr->sa_family != AF_INET) continue;
        if ((i->ifa_flags & IFF_UP) == 0 || (i->ifa_flags & IFF_LOOPBACK) != 0) continue;
        const auto* in = reinterpret_cast<const sockaddr_in*>(i->ifa_addr);
        const std::uint32_t host = ntohl(in->sin_addr.s_addr);
        // Loopback (127/8) and link-local (169.254/16) are no address another device can use.
        if ((host >> 24) == 127 || (host >> 16) == 0xa9fe || !isPrivate(host)) continue;
        char text[INET_ADDRSTRLEN] = {};
        if (inet_ntop(AF_INET, &in->sin_addr, text, sizeof text) != nullptr) found = std::string(text);
    }
    freeifaddrs(list);
    return found;
}

} // namespace rapport::phones
