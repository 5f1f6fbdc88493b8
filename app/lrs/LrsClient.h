#pragma once
// Talking to a Learning Record Store over HTTP(S) (cpp-httplib from Debian): POST statements with
// Basic auth and the X-Experience-API-Version header, bounded in time. One client keeps its
// connection open between requests.

#include "lrs/LrsConfig.h"

#include <cstdint>
#include <memory>
#include <string>

namespace httplib {
class Client;
}

namespace rapport::lrs {

/// How long to wait, in seconds.
struct LrsTimeouts {
    int connect = 5;
    int transfer = 30; ///< reading the answer or writing the request
};

/// Why a request got no answer.
enum class Transport : std::uint8_t {
    Answered,    ///< the LRS answered (with any status)
    Unreachable, ///< no connection: refused, no such host, no network
    Timeout,     ///< no connection or no answer in time
    Broken,      ///< the connection broke while sending or reading
    Tls,         ///< the HTTPS certificate could not be verified, or TLS failed
    Other,
};

/// The LRS's answer, or why there was none.
struct LrsResponse {
    Transport transport = Transport::Answered;
    int status = 0; ///< the HTTP status when answered
    std::string body;
    std::string detail; ///< the HTTP library's word for a transport problem
    [[nodiscard]] bool answered() const { return transport == Transport::Answered; }
};

/// A connection to one LRS.
class LrsClient {
public:
    LrsClient(const Endpoint& endpoint, const std::string& key, const std::string& secret, const LrsTimeouts& timeouts = {});
    ~LrsClient();
    LrsClient(const LrsClient&) = delete;
    LrsClient& operator=(const LrsClient&) = delete;

    /// POSTs a JSON array of statements to the statements resource.
    [[nodiscard]] LrsResponse postStatements(const std::string& jsonArray);

private:
    Endpoint m_endpoint;
    std::unique_ptr<httplib::Client> m_client;
};

/// The xAPI version every request names.
inline constexpr const char* kXapiVersion = "1.0.3";

} // namespace rapport::lrs
