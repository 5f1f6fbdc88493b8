// The bundled scenario library (issues 5 and 6): every scenario loads without a warning, has at
// least three endings, gives feedback for every principle it lists, and together the library
// practises each principle in at least two scenarios; scenarios/README.md lists them all; and the
// choices matter (a good and a poor playthrough far apart).

#include "rapport/model/Model.h"
#include "rapport/model/Score.h"
#include "rapport/play/Runner.h"
#include "rapport/load/ScenarioLoader.h"

#include "ScenarioFiles.h"

#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace rapport;

namespace {

std::vector<std::shared_ptr<const Scenario>> bundledScenarios() {
    std::vector<std::shared_ptr<const Scenario>> out;
    std::error_code ec;
    const std::vector<std::filesystem::path> files = listScenarioFiles(RAPPORT_SOURCE_DIR "/scenarios", ec);
    REQUIRE_FALSE(ec);
    for (const std::filesystem::path& file : files) {
        const std::string name = file.filename().string();
        const LoadResult loaded = loadScenarioFile(file.string());
        CAPTURE(name);
        CHECK(loaded.diagnostics.empty()); // --strict: not even a warning
        if (loaded.ok()) out.push_back(loaded.scenario);
    }
    return out;
}

bool isSample(const Scenario& s) { return s.id.rfind("sample-", 0) == 0; }

} // namespace

TEST_CASE("every bundled scenario is complete: endings, feedback for each listed principle") {
    const auto library = bundledScenarios();
    REQUIRE(library.size() >= 9);
    for (const auto& s : library) {
        CAPTURE(s->id);
        int endings = 0;
        for (const Node& n : s->nodes) endings += n.kind == NodeKind::Ending ? 1 : 0;
        CHECK(endings >= 3);
        for (Principle p : s->principles) {
            CAPTURE(idOf(p));
            bool hasFeedback = false;
            for (const Choice& c : s->choices)
                hasFeedback = hasFeedback || (c.feedback != kNone && (c.principle == static_cast<int>(p) || c.violates == static_cast<int>(p)));
            CHECK(hasFeedback);
        }
    }
}

TEST_CASE("across the library each of the ten principles is practised in at least two scenarios") {
    std::array<int, kPrincipleCount> practised{};
    for (const auto& s : bundledScenarios()) {
        if (isSample(*s)) continue;
        for (Principle p : s->principles) ++practised[static_cast<std::size_t>(p)];
    }
    for (int p = 0; p < kPrincipleCount; ++p) {
        CAPTURE(idOf(static_cast<Principle>(p)));
        CHECK(practised[static_cast<std::size_t>(p)] >= 2);
    }
}

TEST_CASE("scenarios/README.md lists every bundled scenario with its duration") {
    std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/README.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    for (const auto& s : bundledScenarios()) {
        CAPTURE(s->id);
        const std::string row = "`" + s->id + "`";
        const std::size_t at = text.str().find(row);
        REQUIRE(at != std::string::npos);
        const std::string line = text.str().substr(at, text.str().find('\n', at) - at);
        CHECK(line.find("| " + std::to_string(s->minutes) + " ") != std::string::npos);
    }
}

// On the learner's score (docs/score.md): the author's good playthrough is a success, and the poor
// one lies at least 40 of the 100 points below it.
TEST_CASE("choices matter: in every library scenario the good playthrough succeeds and the poor one scores 40 points less") {
    std::ifstream in(std::string(RAPPORT_TEST_DATA) + "/paths/library-paths.txt");
    REQUIRE(in);
    struct Played {
        int good = -1, poor = -1;
    };
    std::map<std::string, Played> results;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string id, kind, ending, choices;
        fields >> id >> kind >> ending >> choices;
        CAPTURE(id);
        CAPTURE(kind);
        const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/" + id + ".json");
        REQUIRE(loaded.ok());
        Runner runner(*loaded.scenario);
        std::istringstream list(choices);
        for (std::string choice; std::getline(list, choice, ',');) REQUIRE(runner.choose(choice) == ChooseError::None);
        REQUIRE(runner.finished());
        CHECK(runner.current().id == ending);
        CHECK(runner.path().size() >= 12);
        CHECK(runner.path().size() <= 40);
        CHECK(loaded.scenario->calibration.has_value()); // a bundled scenario's score is calibrated
        const int score = scoreOf(*loaded.scenario, resultOf(*loaded.scenario, runner.state()));
        (kind == "good" ? results[id].good : results[id].poor) = score;
    }
    CHECK(results.size() >= 8);
    for (const auto& entry : results) {
        const auto& id = entry.first; // a plain name: Clang 14 cannot capture a structured binding
        const auto& r = entry.second;
        CAPTURE(id);
        REQUIRE(r.good >= 0);
        REQUIRE(r.poor >= 0);
        CHECK(isSuccess(r.good));
        CHECK(r.good - r.poor >= 40);
    }
}
