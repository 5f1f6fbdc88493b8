// `rapport play --json` keeps its documented contract: every key that docs/play-json.md lists is in
// the document, in every element it promises, and the German page lists the same keys.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/report/Debrief.h"
#include "rapport/report/PlayReport.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace rapport;
using nlohmann::json;

namespace {

const std::string kSource = RAPPORT_SOURCE_DIR;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// A key path from the docs ("log[].before") and whether the docs call it conditional ("only when").
struct DocumentedKey {
    std::string path;
    bool always = true;
};

/// The first cell of every table row that is a key path (a top-level key, or one with "." or "[]").
std::vector<DocumentedKey> documentedKeys(const std::string& page) {
    static const std::set<std::string> kTop{"scenario", "seed", "lang", "finished", "stuck", "ending",
                                            "choices", "open", "lines", "log", "state", "debrief"};
    std::vector<DocumentedKey> keys;
    std::istringstream in(readFile(kSource + "/docs/" + page));
    const std::regex row(R"(^\| `([A-Za-z\[\]\.]+)` \|(.*)$)");
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (!std::regex_match(line, m, row)) continue;
        const std::string path = m[1];
        const std::string head = path.substr(0, path.find_first_of(".["));
        if (kTop.count(head) == 0) continue;
        const std::string rest = m[2];
        keys.push_back({path, rest.find("only when") == std::string::npos && rest.find("nur wenn") == std::string::npos});
    }
    return keys;
}

/// Walks `path` in `doc`; counts the elements that have the last key and those that lack it.
void walk(const json& node, const std::vector<std::string>& parts, std::size_t at, int& present, int& missing) {
    std::string key = parts[at];
    const bool list = key.size() > 2 && key.compare(key.size() - 2, 2, "[]") == 0;
    if (list) key.resize(key.size() - 2);
    if (!node.is_object()) {
        ++missing;
        return;
    }
    if (!node.contains(key)) {
        ++missing;
        return;
    }
    const json& child = node.at(key);
    if (at + 1 == parts.size()) {
        ++present;
        return;
    }
    if (list) {
        if (!child.is_array()) {
            ++missing;
            return;
        }
        for (const json& element : child) walk(element, parts, at + 1, present, missing);
    } else {
        walk(child, parts, at + 1, present, missing);
    }
}

std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> parts;
    std::string part;
    for (char c : path) {
        if (c == '.') {
            parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

struct Run {
    json doc;
    std::size_t changes = 0;
};

/// Plays a scenario taking the first open choice at most `steps` times; the document and the
/// number of changes the runner recorded.
Run play(const std::string& file, std::size_t steps) {
    const LoadResult loaded = loadScenarioFile(file);
    REQUIRE(loaded.ok());
    Runner runner(*loaded.scenario);
    for (std::size_t i = 0; i < steps && !runner.finished() && !runner.choices().empty(); ++i)
        REQUIRE(runner.choose(runner.choices().front()) == ChooseError::None);
    const Debrief debrief = buildDebrief(runner);
    return {json::parse(playReportJson(runner, debrief, Lang::En)), runner.changes().size()};
}

} // namespace

TEST_CASE("play --json has every key docs/play-json.md promises, in every element") {
    const std::vector<DocumentedKey> keys = documentedKeys("play-json.md");
    REQUIRE(keys.size() > 60);
    // Together these runs show every target (pressure only in the gifts scenario), an unfinished run
    // with open choices, and the format 2 events.
    const std::vector<Run> runs = {
        play(kSource + "/scenarios/congress-approach.json", 200),
        play(kSource + "/scenarios/gifts-and-invitations.json", 200),
        play(kSource + "/scenarios/sample-coffee-break.json", 2),
        play(kSource + "/tests/data/good/format2.json", 200),
    };
    for (const DocumentedKey& key : keys) {
        CAPTURE(key.path);
        int present = 0, missing = 0;
        for (const Run& run : runs) walk(run.doc, split(key.path), 0, present, missing);
        CHECK(present > 0); // shown by at least one run
        if (key.always) CHECK(missing == 0);
    }
}

TEST_CASE("play --json logs one entry per change, with documented targets and stage ids") {
    const std::set<std::string> targets{"dimension", "pressure", "owed", "variable", "link", "fact", "time", "request"};
    const std::set<std::string> stages{"stranger", "acquaintance", "contact", "relationship", "partner"};
    std::set<std::string> seen;
    for (const char* file : {"/scenarios/congress-approach.json", "/scenarios/gifts-and-invitations.json",
                             "/scenarios/regular-customers-year.json", "/tests/data/good/format2.json"}) {
        CAPTURE(file);
        const Run run = play(kSource + file, 200);
        // Nothing grouped away: drift over a long silence is one entry per person and dimension.
        CHECK(run.doc["log"].size() == run.changes);
        for (const json& entry : run.doc["log"]) {
            const std::string target = entry["target"];
            CHECK(targets.count(target) == 1);
            seen.insert(target);
            CHECK((entry["dimension"].is_null() == (target != "dimension")));
            CHECK(entry["before"].is_number());
            CHECK(entry["after"].is_number());
            CHECK_FALSE(entry["reason"].get<std::string>().empty());
            if (target == "request") {
                CHECK(entry["grade"].is_number_integer());
                CHECK(entry["granted"].is_boolean());
            }
        }
        for (const json& p : run.doc["debrief"]["personas"]) {
            CHECK(stages.count(p["stage"][0].get<std::string>()) == 1);
            CHECK(stages.count(p["stage"][1].get<std::string>()) == 1);
            CHECK(p["willingness"].get<int>() >= 0);
            CHECK(p["willingness"].get<int>() <= 100);
            CHECK(p["willing"].is_boolean());
        }
    }
    // Every kind of change shows up in these runs, but for requests, which the judgments' cases read.
    for (const std::string t : {"dimension", "pressure", "owed", "variable", "link", "fact", "time"}) {
        CAPTURE(t);
        CHECK(seen.count(t) == 1);
    }
}

TEST_CASE("the German page of the play --json contract lists the same keys") {
    std::set<std::string> en, de;
    std::map<std::string, bool> enAlways;
    for (const DocumentedKey& k : documentedKeys("play-json.md")) {
        en.insert(k.path);
        enAlways[k.path] = k.always;
    }
    for (const DocumentedKey& k : documentedKeys("play-json.de.md")) {
        de.insert(k.path);
        CAPTURE(k.path);
        CHECK(enAlways[k.path] == k.always);
    }
    CHECK(en == de);
}

TEST_CASE("scene headers tell long uneven spans in half days and half hours, as people say them") {
    using rapport::describeLater;
    using rapport::Lang;
    constexpr std::int64_t hour = 60, day = 24 * hour;
    CHECK(describeLater(34 * hour, Lang::De) == "anderthalb Tage später");
    CHECK(describeLater(34 * hour, Lang::En) == "one and a half days later");
    CHECK(describeLater(2 * day + 13 * hour, Lang::De) == "zweieinhalb Tage später");
    CHECK(describeLater(day + 2 * hour, Lang::De) == "einen Tag später");    // rounds to whole days
    CHECK(describeLater(3 * day + 20 * hour, Lang::De) == "4 Tage später");
    CHECK(describeLater(3 * hour, Lang::De) == "3 Stunden später");          // within a day: exact
    CHECK(describeLater(2 * day, Lang::En) == "2 days later");
    CHECK(describeLater(14 * day + 5, Lang::De) == "2 Wochen später"); // not "20165 Minuten"
    CHECK(describeLater(150, Lang::De) == "zweieinhalb Stunden später"); // not "150 Minuten"
    CHECK(describeLater(150, Lang::En) == "two and a half hours later");
    CHECK(describeLater(90, Lang::De) == "90 Minuten später");
    CHECK(describeLater(13 * hour + 30, Lang::De) == "dreizehneinhalb Stunden später"); // not "810 Minuten"
    CHECK(describeLater(23 * hour + 30, Lang::En) == "twenty-three and a half hours later");
    CHECK(describeLater(7 * hour + 10, Lang::De) == "7 Stunden später");              // to the half hour
    CHECK(describeLater(4 * hour + 20, Lang::De) == "viereinhalb Stunden später");
    CHECK(describeLater(100, Lang::De) == "100 Minuten später");                     // under two hours: exact
    CHECK(describeLater(9 * day + 20 * hour, Lang::De) == "10 Tage später");
}
