#include "lrs/LrsClient.h"

#include <httplib.h>

namespace rapport::lrs {
namespace {

Transport transportOf(httplib::Error error) {
    switch (error) {
    case httplib::Error::Connection: return Transport::Unreachable;
    case httplib::Error::ConnectionTimeout: return Transport::Timeout;
    case httplib::Error::Read:
    case httplib::Error::Write: return Transport::Broken;
    case httplib::Error::SSLConnection:
    case httplib::Error::SSLLoadingCerts:
    case httplib::Error::SSLServerVerification: return Transport::Tls;
    default: return Transport::Other;
    }
}

} // namespace

LrsClient::LrsClient(const Endpoint& endpoint, const std::string& key, const std::string& secret, const LrsTimeouts& timeouts)
    : m_endpoint(endpoint), m_client(std::make_unique<httplib::Client>(endpoint.origin())) {
    m_client->set_connection_timeout(timeouts.connect);
    m_client->set_read_timeout(timeouts.transfer);
    m_client->set_write_timeout(timeouts.transfer);
    m_client->set_keep_alive(true);
    // A redirect would resend the credentials elsewhere: report it instead of following it.
    m_client->set_follow_location(false);
    if (!key.empty() || !secret.empty()) m_client->set_basic_auth(key, secret);
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
    m_client->enable_server_certificate_verification(true);
#endif
}

LrsClient::~LrsClient() = default;

LrsResponse LrsClient::postStatements(const std::string& jsonArray) {
    const httplib::Headers headers = {{"X-Experience-API-Version", kXapiVersion}};
    LrsResponse out;
    if (!m_client->is_valid()) {
        out.transport = Transport::Other;
        out.detail = "cannot open a client for " + m_endpoint.origin();
        return out;
    }
    const httplib::Result result = m_client->Post(m_endpoint.statementsPath(), headers, jsonArray, "application/json");
    if (!result) {
        out.transport = transportOf(result.error());
        out.detail = httplib::to_string(result.error());
        return out;
    }
    out.status = result->status;
    out.body = result->body;
    return out;
}

} // namespace rapport::lrs
