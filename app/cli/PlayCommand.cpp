// `rapport play`: plays a scenario in the terminal, interactively, from a pipe, or from --choices.

#include "Commands.h"
#include "DataPaths.h"
#include "Locale.h"
#include "PlayRecording.h"
#include "PrintOutput.h"
#include "print/DebriefPrint.h"
#include "ScenarioCommand.h"
#include "TerminalView.h"
#include "store/StoreMessages.h"

#include "rapport/core/Cite.h"
#include "rapport/report/Debrief.h"
#include "rapport/model/Evaluate.h"
#include "rapport/report/PlayReport.h"
#include "rapport/report/Points.h"
#include "rapport/play/Runner.h"

#include <unistd.h>

#include <charconv>
#include <iostream>
#include <optional>
#include <sstream>

namespace rapport::cli {
namespace {

struct PlayOptions {
    ScenarioCommandArgs common;
    std::uint64_t seed = 1;
    bool seedGiven = false;
    std::optional<std::vector<std::string>> choices;
    ProfileChoice profile;
    bool profileGiven = false;
    bool resume = false;
    PrintTargets print;
    bool holdReasons = false;
    std::string from;             // --from NODE
    std::vector<std::string> set; // --set PERSON.FIELD=V (or VARIABLE=V), in order
    bool continueAfter = false;   // --continue: ask after the --choices prefix
};

void printPlayHelp(std::ostream& out) {
    out << "usage: rapport play SCENARIO [--lang de|en] [--seed N] [--choices ID,ID,...] [--json]\n"
           "                    [--reasons now|end] [--pdf FILE] [--png FILE]\n"
           "                    [--from NODE] [--set PERSON.FIELD=V ...] [--continue]\n"
           "                    [--profile NAME | --guest]\n"
           "       rapport play --resume [--lang de|en] [--choices ID,ID,...] [--json] [--profile NAME]\n\n"
           "Plays a scenario in the terminal. SCENARIO is a file path or the id of a bundled scenario.\n"
           "At each decision, type the number or the id of a choice; answers may come from a pipe.\n"
           "Every run is recorded in the profile's history (see rapport history), decision by decision.\n\n"
           "  --lang de|en        language (default: from the system locale; on --resume the run's)\n"
           "  --seed N            seed for chance events (default 1)\n"
           "  --choices A,B,...   take these choices in order, without asking\n"
           "  --json              print exactly one JSON document: final state, log, debrief\n"
           "  --reasons now|end   tell why each move moved the relationship right away (default) or\n"
           "                      keep the reasons back until the debrief\n"
           "  --pdf FILE          also write the printed debrief as an A4 PDF\n"
           "  --png FILE          also write it as PNG pages (FILE, or FILE-1.png, FILE-2.png, ...)\n"
           "  --profile NAME      record in this profile (default: the profile named \"default\")\n"
           "  --guest             record nothing\n"
           "  --from NODE         start at this node instead of the scenario's start (for authors)\n"
           "  --set P.FIELD=V     change a start value, repeatable: PERSON.FIELD with FIELD one of the\n"
           "                      six dimensions (sympathie, anerkennung, vertrauen, gegenseitigkeit,\n"
           "                      intensitaet, kompetenz) or pressure (0-100 points), owed (-20-20),\n"
           "                      encounters (0-1000); or VARIABLE=V for a scenario variable, or\n"
           "                      FACT=1 for a fact the player knows; visited(NODE)=1, chose(CHOICE)=1,\n"
           "                      linked(PERSON,PERSON)=1 for what a skipped part would leave (0: not)\n"
           "  --continue          after the --choices, keep playing: ask for the next choices\n"
           "  --resume            continue the profile's newest unfinished run; the output covers the\n"
           "                      whole run, the decisions taken before included\n\n"
           "The history is kept in $XDG_DATA_HOME/rapport/rapport.db (~/.local/share/rapport/rapport.db);\n"
           "messages about it go to standard error and never change the exit code. A run with --from or\n"
           "--set is a try-out, not progress: it is not recorded (as with --guest).\n\n"
           "Exit: 0 played (to an ending or to the end of the given choices or input),\n"
           "      1 a scripted answer was not possible, play hit a dead end or grew too long,\n"
           "      2 usage or load error (or nothing to resume).\n";
}

// Longer answers are no choice id or number: the rest of such a line is read and dropped, so a
// huge line in a pipe costs no memory.
constexpr std::size_t kMaxAnswerBytes = 1024;

/// Reads one line into `out` (at most kMaxAnswerBytes of it); false at the end of the input.
bool readAnswer(std::istream& in, std::string& out) {
    out.clear();
    std::streambuf* buffer = in.rdbuf();
    bool any = false;
    for (int c = buffer->sbumpc(); c != std::char_traits<char>::eof(); c = buffer->sbumpc()) {
        any = true;
        if (c == '\n') return true;
        if (out.size() < kMaxAnswerBytes) out.push_back(static_cast<char>(c));
    }
    return any;
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

/// Parses the arguments; returns an exit code when it should stop (help or a usage error).
std::optional<int> parseArgs(const std::vector<std::string>& args, PlayOptions& o) {
    return parseScenarioArgs("play", args, o.common, printPlayHelp, [&](const std::string& a, ArgCursor& cursor) -> std::optional<int> {
        if (a == "--seed") {
            const std::optional<std::string> v = cursor.value("--seed");
            if (!v) return 2;
            auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), o.seed);
            if (ec != std::errc() || ptr != v->data() + v->size())
                return cursor.usageError("--seed takes a whole number from 0 to 18446744073709551615, not '" + cite(*v) + "'");
            o.seedGiven = true;
            return std::nullopt;
        }
        if (a == "--profile") {
            const std::optional<std::string> v = cursor.value("--profile");
            if (!v) return 2;
            o.profile.name = store::trimName(*v);
            if (o.profile.name.empty()) return cursor.usageError("--profile needs a name");
            o.profileGiven = true;
            return std::nullopt;
        }
        if (a == "--guest") {
            o.profile.guest = true;
            return std::nullopt;
        }
        if (a == "--resume") {
            o.resume = true;
            o.common.needsScenario = false;
            return std::nullopt;
        }
        if (a == "--reasons") {
            const std::optional<std::string> v = cursor.value("--reasons");
            if (!v) return 2;
            if (*v != "now" && *v != "end") return cursor.usageError("--reasons takes 'now' or 'end', not '" + *v + "'");
            o.holdReasons = *v == "end";
            return std::nullopt;
        }
        if (a == "--from") {
            const std::optional<std::string> v = cursor.value("--from");
            if (!v) return 2;
            o.from = *v;
            return std::nullopt;
        }
        if (a == "--set") {
            const std::optional<std::string> v = cursor.value("--set");
            if (!v) return 2;
            o.set.push_back(*v);
            return std::nullopt;
        }
        if (a == "--continue") {
            o.continueAfter = true;
            return std::nullopt;
        }
        if (a == "--choices") {
            const std::optional<std::string> v = cursor.value("--choices");
            if (!v) return 2;
            o.choices = splitList(*v);
            return std::nullopt;
        }
        return takePrintOption(a, cursor, o.print);
    });
}

std::string tooLongMessage(Lang lang) {
    return lang == Lang::De ? "Dieser Durchgang ist zu lang geworden, um weiterzuspielen (zu viele Schritte oder ein zu "
                              "großes Protokoll); das Szenario endet hier nicht regulär."
                            : "This playthrough has grown too long to go on (too many steps, or a log too large); "
                              "the scenario stops here without an ending.";
}

/// Checks the combinations parseArgs cannot see one option at a time.
std::optional<int> checkCombinations(const PlayOptions& o) {
    auto usage = [](const char* message) {
        std::cerr << "rapport play: " << message << " (see rapport play --help)\n";
        return 2;
    };
    if (o.profile.guest && o.profileGiven) return usage("--guest and --profile exclude each other");
    if (o.resume && o.profile.guest) return usage("--resume continues a recorded run; a guest has none");
    if (o.resume && !o.common.scenario.empty()) return usage("--resume continues the newest unfinished run: leave out SCENARIO");
    if (o.resume && o.seedGiven) return usage("--resume continues with the run's own seed: leave out --seed");
    if (o.resume && (!o.from.empty() || !o.set.empty())) return usage("--resume continues a run where it stopped: leave out --from and --set");
    if (o.continueAfter && !o.choices) return usage("--continue keeps playing after the --choices: give --choices too");
    return std::nullopt;
}

std::string refusal(ChooseError e, const std::string& rawAnswer, Lang lang) {
    const bool de = lang == Lang::De;
    const std::string answer = cite(rawAnswer);
    switch (e) {
    case ChooseError::NotOpen:
        return de ? "„" + answer + "“ steht jetzt nicht zur Wahl." : "'" + answer + "' is not one of the open choices now.";
    case ChooseError::Unknown:
        return de ? "„" + answer + "“ ist weder eine Nummer noch eine Auswahl-Kennung dieses Szenarios."
                  : "'" + answer + "' is neither a number nor a choice id of this scenario.";
    case ChooseError::Finished: return de ? "Das Szenario ist schon zu Ende." : "The scenario has already ended.";
    case ChooseError::TooLong: return tooLongMessage(lang);
    case ChooseError::None: break;
    }
    return {};
}

/// The run that --resume continues: its record, the open store and the scenario file now.
struct ResumeTarget {
    std::unique_ptr<store::ProgressStore> store;
    store::StoredRun run;
    std::filesystem::path file;
};

/// Finds the profile's newest unfinished run and its scenario file; says why not on stderr.
std::optional<ResumeTarget> findRunToResume(const PlayOptions& o, const AppOptions& global, Lang lang) {
    const bool de = lang == Lang::De;
    ResumeTarget t;
    t.store = openStoreFor("play", lang);
    if (!t.store) return std::nullopt;
    try {
        const std::optional<store::ProfileId> profile = t.store->findProfile(o.profile.name);
        std::optional<store::StoredRun> run;
        if (profile) run = t.store->newestUnfinished(*profile);
        if (!run) {
            std::cerr << "rapport play: "
                      << (de ? "nichts fortzusetzen: das Profil „" + o.profile.name + "“ hat keinen unterbrochenen Durchgang."
                             : "nothing to resume: profile '" + o.profile.name + "' has no unfinished run.")
                      << "\n";
            return std::nullopt;
        }
        t.run = std::move(*run);
    } catch (const store::StoreError& e) {
        std::cerr << "rapport play: " << store::describeStoreError(e, lang) << "\n";
        return std::nullopt;
    }
    // The file it was played from; if that moved, the bundled scenario with the same id.
    std::optional<std::filesystem::path> file = storedRunScenarioFile(t.run.summary, global.dataDir, "play", lang);
    if (!file) return std::nullopt;
    t.file = std::move(*file);
    return t;
}

/// Replays a stored run's choices and prints them as a scripted transcript; false (with the
/// reason on stderr) when the scenario has changed so that one is no longer open.
bool replayStoredRun(Runner& runner, TerminalView& view, const std::vector<std::string>& choices, Lang lang) {
    const std::optional<std::size_t> gone = replayStoredChoices(runner, choices, [&] { view.showNew(); view.showChoices(); }, [&] { view.showTaken(); });
    if (!gone) return true;
    std::cerr << "rapport play: " << (lang == Lang::De ? "der Durchgang lässt sich nicht fortsetzen: " : "the run cannot be continued: ")
              << choiceGoneMessage(choices, *gone, lang) << "\n";
    return false;
}

} // namespace

int runPlay(const AppOptions& global, const std::vector<std::string>& args) {
    PlayOptions o;
    if (auto code = parseArgs(args, o)) return *code;
    if (auto code = checkCombinations(o)) return *code;
    std::optional<ResumeTarget> resumed;
    if (o.resume) {
        resumed = findRunToResume(o, global, o.common.lang.value_or(systemLanguage()));
        if (!resumed) return 2;
    }
    const Lang lang = o.common.lang.value_or(resumed ? langFromId(resumed->run.summary.language).value_or(systemLanguage()) : systemLanguage());
    const bool de = lang == Lang::De;
    const std::string scenarioArg = resumed ? resumed->file.string() : o.common.scenario;
    const std::shared_ptr<const Scenario> loaded = loadScenarioFor("play", scenarioArg, global, lang);
    if (!loaded) return 2;
    const Scenario& scenario = *loaded;

    RunnerOptions runnerOptions;
    runnerOptions.lang = lang;
    runnerOptions.seed = resumed ? resumed->run.summary.seed : o.seed;
    if (!o.from.empty() || !o.set.empty()) {
        const StartPointResult start = parseStartPoint(scenario, o.from, o.set, lang);
        for (const std::string& error : start.errors) std::cerr << "rapport play: " << error << "\n";
        if (!start.errors.empty()) return 2;
        runnerOptions.start = start.point;
        // A try-out from another point or with other values is not progress (issue 21).
        if (!o.profile.guest && o.profileGiven)
            std::cerr << "rapport play: "
                      << (de ? "ein Durchgang mit --from oder --set wird nicht aufgezeichnet."
                             : "a run with --from or --set is not recorded.")
                      << "\n";
        o.profile.guest = true;
    }
    Runner runner(scenario, runnerOptions);

    bool interactive = !o.choices && isatty(STDIN_FILENO) != 0;
    // In --json mode standard output carries only the document; the story goes to stderr
    // when someone is typing, and nowhere otherwise.
    std::ostream discard(nullptr); // writes nothing, keeps nothing: 300,000 answers' story costs no memory
    const bool someoneTyping = interactive || (o.continueAfter && isatty(STDIN_FILENO) != 0);
    std::ostream& story = o.common.json ? (someoneTyping ? std::cerr : discard) : std::cout;
    TerminalView view(runner, lang, TerminalStyle{o.holdReasons, o.choices.has_value()}, story);

    story << "== " << textOf(scenario, nullptr, scenario.title, lang) << " ==\n";
    std::unique_ptr<PlayRecording> recording;
    if (resumed) {
        if (!replayStoredRun(runner, view, resumed->run.choices, lang)) return 2;
        std::cerr << "rapport play: "
                  << (de ? "Fortsetzung des Durchgangs nach " + std::to_string(resumed->run.choices.size()) + " Entscheidungen."
                         : "continuing the run after " + std::to_string(resumed->run.choices.size()) + " decisions.")
                  << "\n";
        recording = std::make_unique<PlayRecording>(std::move(resumed->store), resumed->run, resumed->file, runner, lang);
    } else {
        const std::filesystem::path file = resolveScenario(o.common.scenario, global.dataDir).value_or(o.common.scenario);
        recording = std::make_unique<PlayRecording>(o.profile, file, interactive ? "terminal" : "script", lang);
    }
    std::size_t scripted = 0;
    int exitCode = 0;
    while (!runner.finished()) {
        view.showNew();
        if (runner.tooLong()) {
            std::cerr << "rapport play: " << tooLongMessage(lang) << "\n";
            exitCode = 1;
            break;
        }
        if (runner.looped()) {
            std::cerr << (de ? "Endlosschleife: Das Spiel läuft ab Knoten „" : "Endless loop: play runs on from node '")
                      << runner.current().id
                      << (de ? "“ weiter, ohne je eine Entscheidung zu erreichen (oder mit mehr Aufwand, als bis zur "
                               "nächsten Entscheidung erlaubt ist).\n"
                             : "' without ever reaching a decision (or with more work than is allowed before the next "
                               "decision).\n");
            exitCode = 1;
            break;
        }
        if (runner.stuck()) {
            std::cerr << (de ? "Sackgasse: an dieser Stelle ist keine Auswahl möglich (Knoten „" : "Dead end: no choice is open here (node '")
                      << runner.current().id << (de ? "“).\n" : "').\n");
            exitCode = 1;
            break;
        }
        view.showChoices();
        std::string answer;
        if (o.choices) {
            if (scripted >= o.choices->size() && o.continueAfter) {
                // The scripted prefix is done: from here on the answers come from the keyboard or a pipe.
                o.choices.reset();
                interactive = isatty(STDIN_FILENO) != 0;
                view.endScript();
                view.showChoices();
            } else if (scripted >= o.choices->size()) {
                break; // the given choices are used up
            } else {
                answer = (*o.choices)[scripted];
            }
        }
        if (!o.choices) {
            recording->beforeWaiting();
            story << (de ? "Ihre Wahl> " : "Your choice> ") << std::flush;
            if (!readAnswer(std::cin, answer)) {
                story << "\n" << (de ? "Eingabe beendet." : "Input ended.") << "\n";
                break;
            }
            if (!interactive) story << escapeForMessage(answer) << "\n"; // echo piped answers so the transcript reads well
            while (!answer.empty() && (answer.back() == '\r' || answer.back() == ' ')) answer.pop_back();
            while (!answer.empty() && answer.front() == ' ') answer.erase(answer.begin());
            if (answer.empty()) continue;
        }
        const ChooseError e = runner.choose(answer);
        if (e != ChooseError::None) {
            const std::string why = refusal(e, answer, lang);
            if (interactive) {
                story << why << "\n";
                continue;
            }
            std::cerr << "rapport play: " << (de ? "Schritt " : "step ") << (runner.path().size() + 1) << ": " << why << "\n";
            exitCode = 1;
            break;
        }
        recording->afterDecision(runner, interactive);
        ++scripted;
        if (!interactive) view.showTaken(); // a transcript of scripted play names what was chosen
    }
    recording->finish(runner);
    // A run that hit a dead end, an endless loop or its size limit would stop at the same place again.
    const bool canGoOn = !runner.finished() && !runner.tooLong() && !runner.looped() && !runner.stuck();
    if (recording->active() && recording->run() && canGoOn) {
        const std::string again = "rapport play --resume" + (o.profile.name != store::kDefaultProfileName ? " --profile " + o.profile.name : "");
        std::cerr << "rapport play: "
                  << (de ? "der Durchgang ist gespeichert; fortsetzen mit: " : "the run is saved; continue it with: ") << again << "\n";
    }
    view.showNew();
    view.finishStory();
    const Debrief debrief = buildDebrief(runner);
    if (o.common.json) {
        writePlayReportJson(std::cout, runner, debrief, lang);
        std::cout << "\n";
    } else if (runner.finished()) {
        view.showHeldReasons();
        std::cout << "\n" << debriefToText(runner, debrief, lang);
    }
    if (o.print.any() &&
        !writePrinted("play", o.print, lang, print::debriefHeader(scenario, lang), [&, fitted = print::fittingOptions(runner, debrief, lang, {})](print::PageWriter& page) {
            print::printDebrief(page, runner, debrief, fitted);
        }))
        return 2;
    return exitCode;
}

} // namespace rapport::cli
