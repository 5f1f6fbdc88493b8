#include "lrs/SyncMessages.h"

namespace rapport::lrs {
namespace {

std::string count(std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string transportWords(Transport t, bool de) {
    switch (t) {
    case Transport::Unreachable: return de ? "keine Verbindung" : "no connection";
    case Transport::Timeout: return de ? "keine Antwort in der Zeit" : "no answer in time";
    case Transport::Broken: return de ? "Verbindung abgebrochen" : "the connection broke";
    case Transport::Tls: return de ? "das HTTPS-Zertifikat ließ sich nicht prüfen" : "the HTTPS certificate could not be verified";
    default: return de ? "Verbindungsfehler" : "connection error";
    }
}

} // namespace

std::string describeStop(const SyncOutcome& o, Lang lang) {
    const bool de = lang == Lang::De;
    switch (o.stop) {
    case SyncStop::None: return {};
    case SyncStop::NotConfigured:
        return de ? "Kein LRS eingerichtet: rapport sync --configure (oder RAPPORT_LRS_ENDPOINT, RAPPORT_LRS_KEY, RAPPORT_LRS_SECRET)."
                  : "No LRS configured: rapport sync --configure (or RAPPORT_LRS_ENDPOINT, RAPPORT_LRS_KEY, RAPPORT_LRS_SECRET).";
    case SyncStop::BadEndpoint: return (de ? "Die LRS-Adresse ist unbrauchbar: " : "The LRS endpoint is not usable: ") + o.detail + ".";
    case SyncStop::Unreachable:
        return (de ? "Das LRS ist nicht erreichbar (" : "The LRS cannot be reached (") + transportWords(o.transport, de) +
               (de ? "); die Statements warten und gehen beim nächsten Senden hinaus." : "); the statements wait and go out at the next sync.");
    case SyncStop::Credentials:
        return (de ? "Das LRS lehnt Schlüssel oder Passwort ab (" : "The LRS refuses the key or secret (") + o.detail + ").";
    case SyncStop::WrongPlace:
        return (de ? "Unter dieser Adresse antwortet kein xAPI-LRS (" : "No xAPI LRS answers at this endpoint (") + o.detail + ").";
    case SyncStop::ServerError:
        return (de ? "Das LRS hat einen Fehler gemeldet; später noch einmal versuchen (" : "The LRS reported an error; try again later (") +
               o.detail + ").";
    }
    return {};
}

std::string describeSync(const SyncOutcome& o, Lang lang) {
    const bool de = lang == Lang::De;
    std::string out = de ? count(o.sent, "Statement gesendet", "Statements gesendet") : count(o.sent, "statement sent", "statements sent");
    out += de ? ", " + std::to_string(o.after.unsent) + " warten" : ", " + std::to_string(o.after.unsent) + " waiting";
    if (o.after.rejected > 0)
        out += de ? " (" + std::to_string(o.after.rejected) + " davon vom LRS abgelehnt)" : " (" + std::to_string(o.after.rejected) + " rejected by the LRS)";
    out += ".";
    if (const std::string stop = describeStop(o, lang); !stop.empty()) out += " " + stop;
    return out;
}

std::string plainTextWarning(const std::string& endpoint, Lang lang) {
    std::string problem;
    const auto e = parseEndpoint(endpoint, problem);
    if (!e || e->scheme != "http" || e->loopback()) return {};
    return lang == Lang::De ? "Achtung: http:// ohne TLS – Schlüssel, Passwort und Ergebnisse gehen unverschlüsselt durchs Netz; besser https://."
                            : "Warning: http:// without TLS – the key, the secret and the results cross the network unencrypted; prefer https://.";
}

std::string describeConfig(const LoadedLrsConfig& l, Lang lang) {
    const bool de = lang == Lang::De;
    const char* fromEnv = de ? " (aus der Umgebung)" : " (from the environment)";
    std::string out;
    out += (de ? "Einstellungsdatei: " : "settings file: ") + (l.file ? l.file->string() : std::string("-"));
    if (l.file && !l.fileExists) out += de ? " (noch nicht angelegt)" : " (not created yet)";
    out += "\n";
    out += (de ? "LRS-Adresse:       " : "endpoint:          ") + (l.config.endpoint.empty() ? std::string("-") : l.config.endpoint) +
           (l.endpointFromEnv ? fromEnv : "") + "\n";
    out += (de ? "Schlüssel:         " : "key:               ") + (l.config.key.empty() ? std::string("-") : l.config.key) +
           (l.keyFromEnv ? fromEnv : "") + "\n";
    // The secret itself is never shown.
    out += (de ? "Passwort:          " : "secret:            ") +
           std::string(l.config.secret.empty() ? (de ? "nicht gesetzt" : "not set") : (de ? "gesetzt" : "set")) + (l.secretFromEnv ? fromEnv : "") +
           "\n";
    return out;
}

} // namespace rapport::lrs
