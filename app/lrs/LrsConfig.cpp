#include "lrs/LrsConfig.h"

#include "io/AtomicFile.h"

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace rapport::lrs {
namespace {

std::optional<std::string> environment(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return std::nullopt;
    return std::string(value);
}

bool validPort(std::string_view text, int& port) {
    if (text.empty() || text.size() > 5) return false;
    port = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
        port = port * 10 + (c - '0');
    }
    return port >= 1 && port <= 65535;
}

} // namespace

std::string Endpoint::origin() const {
    const bool ipv6 = host.find(':') != std::string::npos;
    return scheme + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

bool Endpoint::loopback() const { return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0; }

std::optional<std::filesystem::path> lrsConfigPath() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    if (xdg != nullptr && xdg[0] == '/') return std::filesystem::path(xdg) / "rapport" / "lrs.json";
    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] != '\0') return std::filesystem::path(home) / ".config" / "rapport" / "lrs.json";
    return std::nullopt;
}

LoadedLrsConfig loadLrsConfig() {
    LoadedLrsConfig out;
    out.file = lrsConfigPath();
    std::error_code ec;
    if (out.file && std::filesystem::exists(*out.file, ec)) {
        out.fileExists = true;
        const std::string name = out.file->string();
        std::ifstream in(*out.file, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        if (!in && !in.eof()) {
            out.error = name + ": cannot be read";
        } else {
            try {
                const nlohmann::json j = nlohmann::json::parse(bytes.str());
                if (!j.is_object()) throw std::runtime_error("the file must hold one JSON object with endpoint, key and secret");
                for (const char* field : {"endpoint", "key", "secret"}) {
                    if (!j.contains(field)) continue;
                    if (!j.at(field).is_string()) throw std::runtime_error(std::string("\"") + field + "\" must be a text");
                }
                out.config.endpoint = j.value("endpoint", "");
                out.config.key = j.value("key", "");
                out.config.secret = j.value("secret", "");
            } catch (const std::exception& e) { // nlohmann's parse errors name line and column
                out.error = name + ": " + e.what();
            }
        }
        struct stat info{};
        if (::stat(out.file->c_str(), &info) == 0 && (info.st_mode & 077) != 0)
            out.warnings.push_back(name + " can be read by other users of this computer; run: chmod 600 " + name);
    }
    if (const auto v = environment("RAPPORT_LRS_ENDPOINT")) {
        out.config.endpoint = *v;
        out.endpointFromEnv = true;
    }
    if (const auto v = environment("RAPPORT_LRS_KEY")) {
        out.config.key = *v;
        out.keyFromEnv = true;
    }
    if (const auto v = environment("RAPPORT_LRS_SECRET")) {
        out.config.secret = *v;
        out.secretFromEnv = true;
    }
    return out;
}

std::string saveLrsConfig(const LrsConfig& config) {
    const auto file = lrsConfigPath();
    if (!file) return "neither XDG_CONFIG_HOME nor HOME is set: nowhere to keep the LRS settings";
    const nlohmann::json j = {{"endpoint", config.endpoint}, {"key", config.key}, {"secret", config.secret}};
    // The secret is a password: the file is the user's alone (mode 0600 from its first byte).
    return writeFileAtomically(*file, j.dump(2) + "\n", 0600).error;
}

std::optional<Endpoint> parseEndpoint(std::string_view url, std::string& problem) {
    Endpoint e;
    const auto schemeEnd = url.find("://");
    if (schemeEnd == std::string_view::npos) {
        problem = "the endpoint must start with https:// or http://";
        return std::nullopt;
    }
    e.scheme = std::string(url.substr(0, schemeEnd));
    for (char& c : e.scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (e.scheme != "http" && e.scheme != "https") {
        problem = "the endpoint must start with https:// or http://, not " + e.scheme + "://";
        return std::nullopt;
    }
    std::string_view rest = url.substr(schemeEnd + 3);
    if (rest.find_first_of("?#") != std::string_view::npos) {
        problem = "the endpoint must not have a query (?) or a fragment (#)";
        return std::nullopt;
    }
    const auto pathStart = rest.find('/');
    std::string_view authority = rest.substr(0, pathStart);
    std::string path = pathStart == std::string_view::npos ? "/" : std::string(rest.substr(pathStart));
    if (authority.find('@') != std::string_view::npos) {
        problem = "put the key and secret in their own fields, not in the endpoint";
        return std::nullopt;
    }
    std::string_view portText;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) {
            problem = "the endpoint's IPv6 address lacks its closing ]";
            return std::nullopt;
        }
        e.host = std::string(authority.substr(1, close - 1));
        if (close + 1 < authority.size()) {
            if (authority[close + 1] != ':') {
                problem = "unexpected characters after the endpoint's IPv6 address";
                return std::nullopt;
            }
            portText = authority.substr(close + 2);
        }
    } else {
        const auto colon = authority.find(':');
        e.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos) portText = authority.substr(colon + 1);
    }
    if (e.host.empty()) {
        problem = "the endpoint has no host";
        return std::nullopt;
    }
    if (!portText.empty() || (authority.size() > 0 && authority.back() == ':')) {
        if (!validPort(portText, e.port)) {
            problem = "the endpoint's port must be a number from 1 to 65535";
            return std::nullopt;
        }
    } else {
        e.port = e.scheme == "https" ? 443 : 80;
    }
    if (path.back() != '/') path += '/';
    // Pasted the statements resource itself rather than the endpoint: the endpoint is its folder.
    constexpr std::string_view kStatements = "statements/";
    if (path.size() >= kStatements.size() + 1 && path.compare(path.size() - kStatements.size(), kStatements.size(), kStatements) == 0 &&
        path[path.size() - kStatements.size() - 1] == '/')
        path.resize(path.size() - kStatements.size());
    e.basePath = std::move(path);
    return e;
}

} // namespace rapport::lrs
