// `rapport sync`: sends the statements of finished runs to the configured Learning Record Store;
// `--configure` keeps its endpoint, key and secret, `--status` shows what waits (docs/exports.md).

#include "Commands.h"
#include "Locale.h"
#include "PlayRecording.h"
#include "lrs/StatementSync.h"
#include "lrs/SyncMessages.h"
#include "store/StoreMessages.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>

namespace rapport::cli {
namespace {

void printSyncHelp(std::ostream& out) {
    out << "usage: rapport sync [--status | --configure] [--lang de|en]\n\n"
           "Sends the xAPI statements of every finished run (and seminar session) that the Learning\n"
           "Record Store has not taken yet. Statements wait in the progress database: when the LRS\n"
           "cannot be reached they go out at the next sync; one the LRS rejects stays waiting with\n"
           "its reason and does not hold up the others. Sending twice never duplicates a statement.\n\n"
           "  --status         the settings (never the secret) and what waits, with the LRS's reasons\n"
           "  --configure      asks for the endpoint, key and secret (read from standard input; the\n"
           "                   secret is not echoed) and keeps them in ~/.config/rapport/lrs.json\n"
           "                   (or $XDG_CONFIG_HOME/rapport/lrs.json), readable by you alone (0600)\n"
           "  --lang de|en     language of the messages (default: from the system locale)\n\n"
           "Environment: RAPPORT_LRS_ENDPOINT, RAPPORT_LRS_KEY and RAPPORT_LRS_SECRET override the file.\n\n"
           "Exit: 0 nothing waits any more, 1 statements still wait (LRS unreachable, credentials\n"
           "refused, or statements rejected), 2 usage error, no LRS configured, or the database or\n"
           "the settings cannot be read.\n";
}

// One line from standard input without its line end; the echo is off at a terminal for secrets.
std::optional<std::string> readLine(const std::string& prompt, bool secret) {
    if (::isatty(STDIN_FILENO)) std::cerr << prompt << std::flush; // piped answers need no questions
    termios before{};
    const bool hide = secret && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (hide) {
        termios quiet = before;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool ok = static_cast<bool>(std::getline(std::cin, line));
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &before);
        std::cerr << "\n";
    }
    if (!ok) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

int configure(Lang lang) {
    const bool de = lang == Lang::De;
    const lrs::LoadedLrsConfig current = lrs::loadLrsConfig();
    lrs::LrsConfig next;
    const auto endpoint = readLine(de ? "LRS-Adresse (xAPI-Endpunkt, https://…): " : "LRS endpoint (xAPI, https://...): ", false);
    const auto key = endpoint ? readLine(de ? "Schlüssel (Benutzer): " : "key (user name): ", false) : std::nullopt;
    const auto secret = key ? readLine(de ? "Passwort (Secret): " : "secret (password): ", true) : std::nullopt;
    if (!secret) {
        std::cerr << "rapport sync: " << (de ? "Eingabe endete vorzeitig; nichts gespeichert." : "input ended early; nothing saved.") << "\n";
        return 2;
    }
    next.endpoint = *endpoint;
    next.key = *key;
    next.secret = *secret;
    std::string problem;
    if (!lrs::parseEndpoint(next.endpoint, problem)) {
        std::cerr << "rapport sync: " << (de ? "unbrauchbare LRS-Adresse: " : "unusable endpoint: ") << problem << (de ? "; nichts gespeichert." : "; nothing saved.")
                  << "\n";
        return 2;
    }
    if (const std::string warning = lrs::plainTextWarning(next.endpoint, lang); !warning.empty()) std::cerr << "rapport sync: " << warning << "\n";
    if (const std::string error = lrs::saveLrsConfig(next); !error.empty()) {
        std::cerr << "rapport sync: " << error << "\n";
        return 2;
    }
    std::cerr << (de ? "Gespeichert (nur für Sie lesbar): " : "Saved (readable by you alone): ") << (current.file ? current.file->string() : "")
              << "\n";
    if (current.endpointFromEnv || current.keyFromEnv || current.secretFromEnv)
        std::cerr << (de ? "Hinweis: RAPPORT_LRS_* in der Umgebung gehen der Datei vor." : "Note: RAPPORT_LRS_* in the environment take precedence over the file.")
                  << "\n";
    return 0;
}

int status(store::ProgressStore& store, const lrs::LoadedLrsConfig& loaded, Lang lang) {
    const bool de = lang == Lang::De;
    std::cout << lrs::describeConfig(loaded, lang);
    store::StatementQueue queue(store);
    const store::QueueCounts counts = queue.counts();
    std::cout << (de ? "gesendet:          " : "sent:              ") << counts.sent << "\n"
              << (de ? "wartend:           " : "waiting:           ") << counts.unsent << "\n";
    const auto rejected = queue.rejected(20);
    if (!rejected.empty()) std::cout << (de ? "vom LRS abgelehnt:" : "rejected by the LRS:") << "\n";
    for (const store::QueuedStatement& q : rejected) {
        std::cout << "  " << q.id;
        if (q.run) std::cout << (de ? " (Durchgang #" : " (run #") << q.run->v << ")";
        if (q.session) std::cout << (de ? " (Seminar #" : " (seminar #") << *q.session << ")";
        std::cout << ": " << q.lastError.value_or("") << "\n";
    }
    return 0;
}

} // namespace

int runSync(const AppOptions& /*global*/, const std::vector<std::string>& args) {
    bool showStatus = false, configureIt = false;
    std::optional<Lang> lang;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            printSyncHelp(std::cout);
            return 0;
        }
        if (a == "--status") {
            showStatus = true;
        } else if (a == "--configure") {
            configureIt = true;
        } else if (a == "--lang" && i + 1 < args.size()) {
            if (!(lang = langFromId(args[++i]))) {
                std::cerr << "rapport sync: --lang takes de or en, not '" << args[i] << "'\n";
                return 2;
            }
        } else {
            std::cerr << "rapport sync: " << (a == "--lang" ? a + " needs a value" : "unknown argument '" + a + "'") << " (see rapport sync --help)\n";
            return 2;
        }
    }
    const Lang language = lang.value_or(systemLanguage());
    if (showStatus && configureIt) {
        std::cerr << "rapport sync: --status and --configure do not go together\n";
        return 2;
    }
    if (configureIt) return configure(language);
    const lrs::LoadedLrsConfig loaded = lrs::loadLrsConfig();
    for (const std::string& w : loaded.warnings) std::cerr << "rapport sync: " << w << "\n";
    if (!loaded.error.empty()) {
        std::cerr << "rapport sync: " << loaded.error << "\n";
        return 2;
    }
    const std::unique_ptr<store::ProgressStore> store = openStoreFor("sync", language);
    if (!store) return 2;
    try {
        if (showStatus) return status(*store, loaded, language);
        if (const std::string warning = lrs::plainTextWarning(loaded.config.endpoint, language); !warning.empty())
            std::cerr << "rapport sync: " << warning << "\n";
        const lrs::SyncOutcome outcome = lrs::syncStatements(*store, loaded.config);
        for (const lrs::Rejection& r : outcome.rejected)
            std::cerr << "rapport sync: " << (language == Lang::De ? "abgelehnt " : "rejected ") << r.id << ": " << r.reason << "\n";
        std::cout << lrs::describeSync(outcome, language) << "\n";
        if (outcome.stop == lrs::SyncStop::NotConfigured || outcome.stop == lrs::SyncStop::BadEndpoint) return 2;
        return outcome.after.unsent == 0 ? 0 : 1;
    } catch (const store::StoreError& e) {
        std::cerr << "rapport sync: " << store::describeStoreError(e, language) << "\n";
        return 2;
    }
}

} // namespace rapport::cli
