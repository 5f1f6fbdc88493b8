// `rapport play`: plays a scenario in the terminal, interactively, from a pipe, or from --choices.

#include "Commands.h"
#include "Locale.h"
#include "ScenarioCommand.h"

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
    std::optional<std::vector<std::string>> choices;
};

void printPlayHelp(std::ostream& out) {
    out << "usage: rapport play SCENARIO [--lang de|en] [--seed N] [--choices ID,ID,...] [--json]\n\n"
           "Plays a scenario in the terminal. SCENARIO is a file path or the id of a bundled scenario.\n"
           "At each decision, type the number or the id of a choice; answers may come from a pipe.\n\n"
           "  --lang de|en        language (default: from the system locale)\n"
           "  --seed N            seed for chance events (default 1)\n"
           "  --choices A,B,...   take these choices in order, without asking\n"
           "  --json              print exactly one JSON document: final state, log, debrief\n\n"
           "Exit: 0 played (to an ending or to the end of the given choices or input),\n"
           "      1 a scripted answer was not possible, 2 usage or load error.\n";
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
            if (ec != std::errc() || ptr != v->data() + v->size()) return cursor.usageError("--seed takes a whole number, not '" + *v + "'");
            return std::nullopt;
        }
        if (a == "--choices") {
            const std::optional<std::string> v = cursor.value("--choices");
            if (!v) return 2;
            o.choices = splitList(*v);
            return std::nullopt;
        }
        return -1;
    });
}

std::string refusal(ChooseError e, const std::string& answer, Lang lang) {
    const bool de = lang == Lang::De;
    switch (e) {
    case ChooseError::NotOpen:
        return de ? "„" + answer + "“ steht jetzt nicht zur Wahl." : "'" + answer + "' is not one of the open choices now.";
    case ChooseError::Unknown:
        return de ? "„" + answer + "“ ist weder eine Nummer noch eine Auswahl-Kennung dieses Szenarios."
                  : "'" + answer + "' is neither a number nor a choice id of this scenario.";
    case ChooseError::Finished: return de ? "Das Szenario ist schon zu Ende." : "The scenario has already ended.";
    case ChooseError::None: break;
    }
    return {};
}

/// Prints what happened since the last decision and the choices now open.
class TerminalView {
public:
    TerminalView(const Runner& runner, Lang lang, std::ostream& out) : m_runner(runner), m_lang(lang), m_out(out) {}

    /// Lines and changes since the last call, in the order they happened.
    void showNew() {
        const Scenario& s = m_runner.scenario();
        const auto& lines = m_runner.lines();
        for (; m_shownLines < lines.size(); ++m_shownLines) {
            const ShownLine& l = lines[m_shownLines];
            showChangesUpTo(l.changesBefore);
            if (l.speaker != kNone) m_out << s.personas[l.speaker].name << ": ";
            m_out << m_runner.lineText(l) << "\n";
        }
        showChangesUpTo(m_runner.changes().size());
    }

private:
    void showChangesUpTo(std::size_t end) {
        const Scenario& s = m_runner.scenario();
        const auto& changes = m_runner.changes();
        while (m_shownChanges < end) {
            const Change& c = changes[m_shownChanges];
            if (c.reason == Reason::Drift) { // one line per person, not one per dimension
                std::size_t last = m_shownChanges;
                std::string dims;
                while (last < end && changes[last].reason == Reason::Drift && changes[last].persona == c.persona) {
                    const Change& d = changes[last];
                    if (!dims.empty()) dims += ", ";
                    dims += std::string(nameOf(static_cast<Dimension>(d.dimension), m_lang)) + " " + formatChange(d.delta());
                    ++last;
                }
                m_out << "   · " << s.personas[c.persona].name << ": " << explainChange(s, &m_runner.state(), c, m_lang)
                      << " (" << dims << ")\n";
                m_shownChanges = last;
                continue;
            }
            if (c.target != ChangeTarget::Variable) // variables are the author's bookkeeping, not for learners
                m_out << "   · " << describeChange(s, &m_runner.state(), c, m_lang) << "\n";
            ++m_shownChanges;
        }
    }

public:
    void showChoices() {
        const Scenario& s = m_runner.scenario();
        const auto& open = m_runner.choices();
        for (std::size_t i = 0; i < open.size(); ++i)
            m_out << "  " << (i + 1) << ") " << textOf(s, &m_runner.state(), s.choices[open[i]].text, m_lang) << "  ["
                  << s.choices[open[i]].id << "]\n";
    }

private:
    const Runner& m_runner;
    Lang m_lang;
    std::ostream& m_out;
    std::size_t m_shownLines = 0;
    std::size_t m_shownChanges = 0;
};

} // namespace

int runPlay(const AppOptions& global, const std::vector<std::string>& args) {
    PlayOptions o;
    if (auto code = parseArgs(args, o)) return *code;
    const Lang lang = o.common.lang.value_or(systemLanguage());
    const bool de = lang == Lang::De;
    const std::shared_ptr<const Scenario> loaded = loadScenarioFor("play", o.common.scenario, global, lang);
    if (!loaded) return 2;
    const Scenario& scenario = *loaded;

    RunnerOptions runnerOptions;
    runnerOptions.lang = lang;
    runnerOptions.seed = o.seed;
    Runner runner(scenario, runnerOptions);

    const bool interactive = !o.choices && isatty(STDIN_FILENO) != 0;
    // In --json mode standard output carries only the document; the story goes to stderr
    // when someone is typing, and nowhere otherwise.
    std::ostringstream discard;
    std::ostream& story = o.common.json ? (interactive ? std::cerr : static_cast<std::ostream&>(discard)) : std::cout;
    TerminalView view(runner, lang, story);

    story << "== " << textOf(scenario, nullptr, scenario.title, lang) << " ==\n";
    std::size_t scripted = 0;
    int exitCode = 0;
    while (!runner.finished()) {
        view.showNew();
        if (runner.stuck()) {
            std::cerr << (de ? "Sackgasse: an dieser Stelle ist keine Auswahl möglich (Knoten „" : "Dead end: no choice is open here (node '")
                      << runner.current().id << (de ? "“).\n" : "').\n");
            exitCode = 1;
            break;
        }
        view.showChoices();
        std::string answer;
        if (o.choices) {
            if (scripted >= o.choices->size()) break; // the given choices are used up
            answer = (*o.choices)[scripted];
        } else {
            story << (de ? "Ihre Wahl> " : "Your choice> ") << std::flush;
            if (!std::getline(std::cin, answer)) {
                story << "\n" << (de ? "Eingabe beendet." : "Input ended.") << "\n";
                break;
            }
            if (!interactive) story << answer << "\n"; // echo piped answers so the transcript reads well
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
        ++scripted;
        if (!interactive) // a transcript of scripted play names what was chosen
            story << "  → "
                  << textOf(scenario, &runner.decisionStates()[runner.path().size() - 1], scenario.choices[runner.path().back()].text, lang)
                  << "\n";
    }
    view.showNew();
    const Debrief debrief = buildDebrief(runner);
    if (o.common.json) {
        std::cout << playReportJson(runner, debrief, lang) << "\n";
    } else if (runner.finished()) {
        std::cout << "\n" << debriefToText(runner, debrief, lang);
    }
    return exitCode;
}

} // namespace rapport::cli
