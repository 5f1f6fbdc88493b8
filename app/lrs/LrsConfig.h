#pragma once
// Where Rapport sends xAPI statements (docs/exports.md): a Learning Record Store's endpoint, key
// and secret, kept in $XDG_CONFIG_HOME/rapport/lrs.json (else ~/.config/rapport/lrs.json) with
// file mode 0600, written atomically. RAPPORT_LRS_ENDPOINT, RAPPORT_LRS_KEY and
// RAPPORT_LRS_SECRET override the file's values one by one.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::lrs {

/// An LRS's address and credentials (HTTP Basic auth: the key is the user, the secret the password).
struct LrsConfig {
    std::string endpoint; ///< e.g. "https://lrs.example.org/data/xAPI/"; statements go to its "statements"
    std::string key;
    std::string secret;
    [[nodiscard]] bool configured() const { return !endpoint.empty(); }
};

/// The configuration in effect, and where each part came from.
struct LoadedLrsConfig {
    LrsConfig config;
    std::optional<std::filesystem::path> file; ///< the config file's place (it need not exist)
    bool fileExists = false;
    bool endpointFromEnv = false, keyFromEnv = false, secretFromEnv = false;
    std::string error;                 ///< the file could not be read or is not valid (plain English, with the file)
    std::vector<std::string> warnings; ///< e.g. the file can be read by other users
};

/// A parsed endpoint: what an HTTP client needs.
struct Endpoint {
    std::string scheme; ///< "http" or "https"
    std::string host;   ///< a name, an IPv4 address or an IPv6 address without brackets
    int port = 0;
    std::string basePath; ///< starts and ends with '/'

    /// "https://host:port", the form an HTTP client is opened with.
    [[nodiscard]] std::string origin() const;
    /// The statements resource: basePath + "statements".
    [[nodiscard]] std::string statementsPath() const { return basePath + "statements"; }
    /// Whether the host is this computer (127.0.0.1, ::1, localhost).
    [[nodiscard]] bool loopback() const;
};

/// The config file's place; std::nullopt when neither XDG_CONFIG_HOME (absolute) nor HOME is set.
[[nodiscard]] std::optional<std::filesystem::path> lrsConfigPath();

/// Reads the file (if it exists) and applies the environment's overrides.
[[nodiscard]] LoadedLrsConfig loadLrsConfig();

/// Writes the file with mode 0600 (atomically); returns what went wrong, empty on success.
[[nodiscard]] std::string saveLrsConfig(const LrsConfig& config);

/// Parses an endpoint URL (http or https, a host, an optional port and path, no query). On failure
/// returns std::nullopt and says why in `problem` (plain English).
[[nodiscard]] std::optional<Endpoint> parseEndpoint(std::string_view url, std::string& problem);

} // namespace rapport::lrs
