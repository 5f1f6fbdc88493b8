// `rapport seminar SCENARIO [--plenary | --teams N|NAME,NAME,...] [--phones [--port N] [--host ADDR]]`:
// opens the window straight into a seminar on the scenario, with no introduction or other question
// in the way; with --phones the room votes from its phones (docs/seminar-api.md).

#include "Commands.h"
#include "Locale.h"
#include "ScenarioCommand.h"
#include "gui/Gui.h"

#include "DataPaths.h"
#include "rapport/core/Cite.h"

#include <charconv>
#include <iostream>
#include <sstream>

namespace rapport::cli {
namespace {

void printSeminarHelp(std::ostream& out) {
    out << "usage: rapport seminar SCENARIO [--plenary | --teams N | --teams NAME,NAME,...] [--cut ID]\n"
           "                       [--lang de|en] [--phones [--port N] [--host ADDR]]\n\n"
           "Opens the window on a seminar: each decision of the scenario appears large for the projector,\n"
           "the room votes (a show of hands, or each team's choice), and you reveal the result, the move\n"
           "and what it did to the relationship. The seminar is saved after every step in\n"
           "$XDG_DATA_HOME/rapport/sessions/; after a crash, `rapport` offers to continue it.\n\n"
           "  --plenary            the whole room decides each step together (the default)\n"
           "  --teams N            N teams (2-6) called Team 1 ... Team N play side by side\n"
           "  --teams A,B,...      2-6 teams with these names\n"
           "  --cut ID             begin at one of the scenario's seminar cuts (a shorter version it names)\n"
           "  --lang de|en         language of the window and the scenario\n"
           "  --phones             the room votes from its phones: the window shows a QR code and a room\n"
           "                       code; standard output gets `join: URL`, `room: CODE`, `trainer: PIN`\n"
           "                       (the PIN lets the trainer's phone act as a remote at URL/trainer.html)\n"
           "  --port N             the port to listen on (default 8765; if taken, the next free one)\n"
           "  --host ADDR          the address to listen on and to put in the join URL (default: all\n"
           "                       addresses, and the URL names the first private network address)\n\n"
           "Keys in the seminar: Page Down next step, Page Up back, 1-9 votes, Tab next team, T timer,\n"
           "W what if, V comparison, H high contrast, P phones on or off, Esc start screen.\n\n"
           "Exit: 0 when the window closes, 2 usage or load error.\n";
}

// "3" gives Team 1..Team 3; anything else is a comma-separated list of names. A count outside
// 2-6 gives no names (the caller says why).
std::vector<std::string> teamNames(const std::string& value) {
    unsigned count = 0;
    const char* end = value.data() + value.size();
    auto [ptr, ec] = std::from_chars(value.data(), end, count);
    std::vector<std::string> out;
    if (ec == std::errc() && ptr == end) {
        if (count >= kMinTeams && count <= kMaxTeams)
            for (unsigned t = 1; t <= count; ++t) out.push_back("Team " + std::to_string(t));
        return out;
    }
    std::stringstream in(value);
    for (std::string name; std::getline(in, name, ',');) {
        const auto first = name.find_first_not_of(' ');
        const auto last = name.find_last_not_of(' ');
        out.push_back(first == std::string::npos ? std::string() : name.substr(first, last - first + 1));
    }
    return out;
}

} // namespace

int runSeminar(const AppOptions& global, const std::vector<std::string>& args) {
    ScenarioCommandArgs common;
    SessionOptions options;
    bool plenary = false;
    bool phonesOn = false;
    phones::PhoneOptions phoneOptions;
    bool phoneFlags = false;
    const std::optional<int> stop = parseScenarioArgs("seminar", args, common, printSeminarHelp, [&](const std::string& a, ArgCursor& cursor) -> std::optional<int> {
        if (a == "--plenary") {
            plenary = true;
            return std::nullopt;
        }
        if (a == "--teams") {
            const std::optional<std::string> v = cursor.value("--teams");
            if (!v) return 2;
            options.form = SessionForm::Teams;
            options.teams = teamNames(*v);
            if (options.teams.empty()) return cursor.usageError("--teams takes 2 to 6, or names separated by commas, not '" + cite(*v) + "'");
            return std::nullopt;
        }
        if (a == "--phones") {
            phonesOn = true;
            return std::nullopt;
        }
        if (a == "--cut") {
            const std::optional<std::string> v = cursor.value("--cut");
            if (!v) return 2;
            options.cut = *v;
            return std::nullopt;
        }
        if (a == "--port") {
            const std::optional<std::string> v = cursor.value("--port");
            if (!v) return 2;
            unsigned port = 0;
            const auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), port);
            if (ec != std::errc() || ptr != v->data() + v->size() || port < 1 || port > 65535)
                return cursor.usageError("--port takes a number from 1 to 65535, not '" + *v + "'");
            phoneOptions.port = static_cast<int>(port);
            phoneFlags = true;
            return std::nullopt;
        }
        if (a == "--host") {
            const std::optional<std::string> v = cursor.value("--host");
            if (!v) return 2;
            if (v->empty()) return cursor.usageError("--host needs an address");
            phoneOptions.host = *v;
            phoneFlags = true;
            return std::nullopt;
        }
        return -1;
    });
    if (stop) return *stop;
    if (common.json) {
        std::cerr << "rapport seminar: --json is not an option of seminar (see rapport seminar --help)\n";
        return 2;
    }
    if (phoneFlags && !phonesOn) {
        std::cerr << "rapport seminar: --port and --host belong to --phones\n";
        return 2;
    }
    if (plenary && options.form == SessionForm::Teams) {
        std::cerr << "rapport seminar: --plenary and --teams exclude each other\n";
        return 2;
    }
    const Lang lang = common.lang.value_or(systemLanguage());
    if (const std::string why = Session::whyInvalid(options, lang); !why.empty()) {
        std::cerr << "rapport seminar: " << why << "\n";
        return 2;
    }
    gui::SeminarLaunch launch;
    const std::optional<std::filesystem::path> file = resolveScenario(common.scenario, global.dataDir);
    launch.scenario = loadScenarioFor("seminar", common.scenario, global, lang);
    if (!launch.scenario || !file) return 2;
    if (const std::string why = Session::whyInvalid(*launch.scenario, options, lang); !why.empty()) {
        std::string known;
        for (const SeminarCutDef& cut : launch.scenario->seminarCuts) known += (known.empty() ? "" : ", ") + cut.id;
        std::cerr << "rapport seminar: " << why
                  << (known.empty() ? (lang == Lang::De ? " Es hat keine." : " It has none.")
                                    : (lang == Lang::De ? " Es hat: " : " It has: ") + known + ".")
                  << "\n";
        return 2;
    }
    launch.file = *file;
    launch.options = options;
    launch.lang = common.lang;
    if (phonesOn) launch.phones = phoneOptions;
    return gui::runGui(global, &launch);
}

} // namespace rapport::cli
