// `rapport explain`: what the model would do with a choice, before anyone plays it (issue 21).
// The explanation is the engine's (report/ChoiceExplanation.h); this file reads the arguments.

#include "Commands.h"
#include "Locale.h"
#include "ScenarioCommand.h"

#include "rapport/report/ChoiceExplanation.h"

#include <iostream>
#include <optional>
#include <sstream>

namespace rapport::cli {
namespace {

struct ExplainOptions {
    ScenarioCommandArgs common;
    std::string choice;
    std::optional<std::string> fromPath;
};

void printExplainHelp(std::ostream& out) {
    out << "usage: rapport explain SCENARIO CHOICE [--from-path ID,ID,...] [--json] [--lang de|en]\n\n"
           "Says what the relationship model would do with CHOICE (a choice id), before anyone plays it:\n"
           "per person the rule of the act, its table values and every factor in the order the model\n"
           "applies them (channel, traits, research, shared history, pressure), every change the choice\n"
           "makes with its reason, and how your `adjust` values combine with the model's; a warning\n"
           "when an adjustment and the model pull one dimension in opposite directions.\n"
           "The state explained is the first where CHOICE is open on a shortest path from the start,\n"
           "or the one after --from-path.\n\n"
           "  --from-path A,B,...  explain after these choices from the start\n"
           "  --json               one JSON document instead of text\n"
           "  --lang de|en         language (default: from the system locale)\n\n"
           "Exit: 0 explained, 1 the choice is not open there (or never), 2 usage or load error.\n";
}

std::vector<std::string> splitIds(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

std::optional<ChoiceIndex> findChoice(const Scenario& s, const std::string& id) {
    for (ChoiceIndex i = 0; i < s.choices.size(); ++i)
        if (s.choices[i].id == id) return i;
    return std::nullopt;
}

std::string quote(const std::string& s, Lang lang) { return lang == Lang::De ? "„" + s + "“" : "'" + s + "'"; }

} // namespace

int runExplain(const AppOptions& global, const std::vector<std::string>& args) {
    ExplainOptions o;
    // SCENARIO CHOICE: the shared parser takes one positional argument, so the second is taken here.
    std::vector<std::string> rest;
    int positionals = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if ((a == "--from-path" || a == "--lang") && i + 1 < args.size()) {
            rest.push_back(a);
            rest.push_back(args[++i]);
        } else if (!a.empty() && a[0] != '-' && ++positionals == 2) {
            o.choice = a;
        } else {
            rest.push_back(a);
        }
    }
    const std::optional<int> stop =
        parseScenarioArgs("explain", rest, o.common, printExplainHelp, [&](const std::string& a, ArgCursor& cursor) -> std::optional<int> {
            if (a != "--from-path") return -1;
            const std::optional<std::string> v = cursor.value("--from-path");
            if (!v) return 2;
            o.fromPath = *v;
            return std::nullopt;
        });
    if (stop) return *stop;
    if (o.choice.empty()) {
        std::cerr << "rapport explain: which choice? (see rapport explain --help)\n";
        return 2;
    }
    const Lang lang = o.common.lang.value_or(systemLanguage());
    const bool de = lang == Lang::De;
    const std::shared_ptr<const Scenario> loaded = loadScenarioFor("explain", o.common.scenario, global, lang);
    if (!loaded) return 2;
    const Scenario& s = *loaded;

    ExplainRequest request;
    const std::optional<ChoiceIndex> choice = findChoice(s, o.choice);
    if (!choice) {
        std::cerr << "rapport explain: " << (de ? "Die Wahl " + quote(o.choice, lang) + " gibt es nicht." : "There is no choice " + quote(o.choice, lang) + ".")
                  << "\n";
        return 2;
    }
    request.choice = *choice;
    if (o.fromPath) {
        std::vector<ChoiceIndex> path;
        for (const std::string& id : splitIds(*o.fromPath)) {
            const std::optional<ChoiceIndex> c = findChoice(s, id);
            if (!c) {
                std::cerr << "rapport explain: --from-path: "
                          << (de ? "Die Wahl " + quote(id, lang) + " gibt es nicht." : "there is no choice " + quote(id, lang) + ".") << "\n";
                return 2;
            }
            path.push_back(*c);
        }
        request.fromPath = std::move(path);
    }

    const ExplainResult r = explainChoice(s, request);
    switch (r.error) {
    case ExplainError::None: break;
    case ExplainError::PathNotOpen:
        std::cerr << "rapport explain: --from-path: "
                  << (de ? "Schritt " + std::to_string(r.failedStep + 1) + ": " + quote(s.choices[(*request.fromPath)[r.failedStep]].id, lang) +
                               " steht dort nicht zur Wahl."
                         : "step " + std::to_string(r.failedStep + 1) + ": " + quote(s.choices[(*request.fromPath)[r.failedStep]].id, lang) +
                               " is not open there.")
                  << "\n";
        return 1;
    case ExplainError::NotOpenThere: {
        std::string open;
        for (ChoiceIndex c : r.openThere) open += (open.empty() ? "" : ", ") + s.choices[c].id;
        std::cerr << "rapport explain: "
                  << (de ? quote(o.choice, lang) + " steht nach diesem Weg nicht zur Wahl (Knoten " + quote(s.nodes[r.stoppedAt].id, lang) +
                               "; offen: " + (open.empty() ? "nichts" : open) + ")."
                         : quote(o.choice, lang) + " is not open after that path (node " + quote(s.nodes[r.stoppedAt].id, lang) +
                               "; open: " + (open.empty() ? "nothing" : open) + ").")
                  << "\n";
        return 1;
    }
    case ExplainError::NeverOpen:
        std::cerr << "rapport explain: "
                  << (r.searchExhausted
                          ? (de ? quote(o.choice, lang) + " war in den ersten " + std::to_string(request.maxStates) +
                                      " Zuständen nie offen; geben Sie einen Weg mit --from-path an."
                                : quote(o.choice, lang) + " was not open in the first " + std::to_string(request.maxStates) +
                                      " states; give a path with --from-path.")
                          : (de ? quote(o.choice, lang) + " ist in keinem Spielverlauf offen." : quote(o.choice, lang) + " is open in no playthrough."))
                  << "\n";
        return 1;
    }
    std::cout << (o.common.json ? explanationJson(s, r.explanation) + "\n" : explanationText(s, r.explanation, lang));
    return 0;
}

} // namespace rapport::cli
