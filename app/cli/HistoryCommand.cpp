// `rapport history`: the runs a profile has recorded, newest first, as lines or as JSON.

#include "Commands.h"
#include "Locale.h"
#include "PlayRecording.h"
#include "store/StoreMessages.h"
#include "store/TimeText.h"

#include "rapport/core/Cite.h"
#include "rapport/report/Debrief.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace rapport::cli {
namespace {

void printHistoryHelp(std::ostream& out) {
    out << "usage: rapport history [--profile NAME] [--lang de|en] [--json]\n\n"
           "Lists the runs recorded for a profile, newest first: when, which scenario, how far, the\n"
           "score, the ending and the style. Unfinished runs can be continued with rapport play --resume.\n\n"
           "  --profile NAME   whose runs (default: the profile named \"default\")\n"
           "  --lang de|en     language of the lines (default: from the system locale)\n"
           "  --json           print {\"runs\": [...]}: every run with its principles and each person's\n"
           "                   six dimensions at start and end (points, as play --json has them)\n\n"
           "Exit: 0 listed (also when there are no runs), 2 usage error or the database cannot be read.\n";
}

std::string duration(std::int64_t ms) {
    const std::int64_t seconds = ms / 1000;
    if (seconds < 60) return std::to_string(seconds) + " s";
    return std::to_string(seconds / 60) + " min";
}

std::string styleNameOf(const std::string& id, Lang lang) {
    for (int s = 0; s < kStyleCount; ++s)
        if (styleId(static_cast<Style>(s)) == id) return std::string(styleName(static_cast<Style>(s), lang));
    return id;
}

double points(std::int64_t hundredths) { return static_cast<double>(hundredths) / 100.0; }

nlohmann::json runJson(const store::RunSummary& r) {
    using nlohmann::json;
    json j;
    j["id"] = r.id.v;
    j["scenario"] = r.scenarioId;
    j["scenarioFile"] = r.scenarioFile;
    j["contentHash"] = r.contentHash;
    j["lang"] = r.language;
    j["seed"] = r.seed;
    j["origin"] = r.origin;
    j["replayOf"] = r.replayOf ? json(*r.replayOf) : json(nullptr);
    j["startedAt"] = store::isoTimeUtc(r.startedAt);
    j["updatedAt"] = store::isoTimeUtc(r.updatedAt);
    j["finishedAt"] = r.finishedAt ? json(store::isoTimeUtc(*r.finishedAt)) : json(nullptr);
    j["durationMs"] = r.activeMs;
    j["finished"] = r.finished;
    j["decisions"] = r.steps;
    j["startResult"] = points(r.startResult);
    j["result"] = points(r.result);
    j["score"] = r.score;
    j["scoreLabel"] = r.scoreLabel ? json(*r.scoreLabel) : json(nullptr);
    j["ending"] = r.endingId ? json(*r.endingId) : json(nullptr);
    j["endingRating"] = r.endingRating ? json(*r.endingRating) : json(nullptr);
    j["style"] = r.style ? json(*r.style) : json(nullptr);
    json principles = json::array();
    for (const store::PrincipleRecord& p : r.principles)
        principles.push_back({{"principle", p.principle}, {"followed", p.followed}, {"violated", p.violated}});
    j["principles"] = std::move(principles);
    json persons = json::array();
    for (const store::PersonRecord& p : r.persons) {
        json dims = json::object();
        for (int d = 0; d < kDimensionCount; ++d) {
            const auto i = static_cast<std::size_t>(d);
            dims[std::string(idOf(static_cast<Dimension>(d)))] = {points(p.start.dims[i]), points(p.end.dims[i])};
        }
        persons.push_back({{"persona", p.personaId},
                           {"name", p.name},
                           {"dimensions", std::move(dims)},
                           {"quality", {points(p.start.quality), points(p.end.quality)}},
                           {"stage", {p.start.stage, p.end.stage}}});
    }
    j["persons"] = std::move(persons);
    return j;
}

void printLines(const std::string& profile, const std::vector<store::RunSummary>& runs, Lang lang) {
    const bool de = lang == Lang::De;
    if (runs.empty()) {
        std::cout << (de ? "Das Profil „" + cite(profile) + "“ hat noch keine Durchgänge." : "Profile '" + cite(profile) + "' has no runs yet.") << "\n";
        return;
    }
    std::cout << (de ? "Durchgänge des Profils „" + cite(profile) + "“, die neuesten zuerst:" : "Runs of profile '" + cite(profile) + "', newest first:") << "\n";
    for (const store::RunSummary& r : runs) {
        std::cout << "  #" << r.id.v << "  " << store::localDateTime(r.startedAt, lang) << "  " << r.scenarioId << "  ";
        if (r.finished) {
            std::cout << (de ? "Ergebnis " : "score ") << r.score << " / 100";
            if (r.scoreLabel) std::cout << " (" << *r.scoreLabel << ")";
            if (r.style) std::cout << "  ·  " << styleNameOf(*r.style, lang);
        } else {
            const bool one = r.steps == 1;
            std::cout << (de ? "unterbrochen nach " : "unfinished after ") << r.steps
                      << (de ? (one ? " Entscheidung" : " Entscheidungen") : (one ? " decision" : " decisions"));
        }
        std::cout << "  ·  " << duration(r.activeMs) << "\n";
    }
}

} // namespace

int runHistory(const AppOptions& /*global*/, const std::vector<std::string>& args) {
    std::string profile{store::kDefaultProfileName};
    std::optional<Lang> lang;
    bool json = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            printHistoryHelp(std::cout);
            return 0;
        }
        if (a == "--json") {
            json = true;
        } else if ((a == "--profile" || a == "--lang") && i + 1 < args.size()) {
            const std::string& value = args[++i];
            if (a == "--profile") {
                profile = store::trimName(value);
            } else if (!(lang = langFromId(value))) {
                std::cerr << "rapport history: --lang takes de or en, not '" << cite(value) << "'\n";
                return 2;
            }
        } else {
            std::cerr << "rapport history: " << (a == "--profile" || a == "--lang" ? a + " needs a value" : "unknown argument '" + cite(a) + "'")
                      << " (see rapport history --help)\n";
            return 2;
        }
    }
    const Lang language = lang.value_or(systemLanguage());
    const std::unique_ptr<store::ProgressStore> store = openStoreFor("history", language);
    if (!store) return 2;
    std::vector<store::RunSummary> runs;
    try {
        if (const auto id = store->findProfile(profile)) runs = store->history(*id, json);
    } catch (const store::StoreError& e) {
        std::cerr << "rapport history: " << store::describeStoreError(e, language) << "\n";
        return 2;
    }
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const store::RunSummary& r : runs) list.push_back(runJson(r));
        std::cout << nlohmann::json{{"runs", std::move(list)}}.dump(2) << "\n";
    } else {
        printLines(profile, runs, language);
    }
    return 0;
}

} // namespace rapport::cli
