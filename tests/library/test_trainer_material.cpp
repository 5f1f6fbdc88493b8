// The trainer's material of the bundled library (issue 15, parts 4 and 5): every scenario carries a
// guide of at least a page in both languages and discussion questions at two or more decisions, and
// a group of twelve gets through it in 45 minutes – the author's good playthrough takes at most 25
// decisions from the start, or from the start of one of the scenario's seminar cuts.

#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Evaluate.h"
#include "rapport/play/Runner.h"

#include "ScenarioFiles.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace rapport;

namespace {

constexpr std::size_t kMinGuideCharacters = 1800; // about a printed page
constexpr std::size_t kMaxSeminarDecisions = 25;  // twelve people, 45 minutes

std::vector<std::shared_ptr<const Scenario>> libraryScenarios() {
    std::vector<std::shared_ptr<const Scenario>> out;
    std::error_code ec;
    for (const std::filesystem::path& file : listScenarioFiles(RAPPORT_SOURCE_DIR "/scenarios", ec)) {
        const LoadResult loaded = loadScenarioFile(file.string());
        CAPTURE(file.filename().string());
        REQUIRE(loaded.ok());
        out.push_back(loaded.scenario);
    }
    REQUIRE_FALSE(ec);
    return out;
}

// Characters, not bytes: „ “ – ä count once.
std::size_t characters(const std::string& utf8) {
    std::size_t n = 0;
    for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("every library scenario has a guide for trainers of at least a page in German and English") {
    const auto library = libraryScenarios();
    REQUIRE(library.size() >= 9);
    for (const auto& s : library) {
        CAPTURE(s->id);
        REQUIRE(s->guide != kNone);
        const Text& guide = s->texts[s->guide];
        CHECK(guide.present[static_cast<std::size_t>(Lang::De)]);
        CHECK(guide.present[static_cast<std::size_t>(Lang::En)]);
        CHECK(characters(textOf(*s, nullptr, s->guide, Lang::De)) >= kMinGuideCharacters);
        CHECK(characters(textOf(*s, nullptr, s->guide, Lang::En)) >= kMinGuideCharacters);
    }
}

TEST_CASE("every library scenario has discussion questions at two or more decisions") {
    for (const auto& s : libraryScenarios()) {
        CAPTURE(s->id);
        int withQuestions = 0;
        for (const Node& n : s->nodes) withQuestions += n.kind == NodeKind::Decision && !n.discuss.empty() ? 1 : 0;
        CHECK(withQuestions >= 2);
    }
}

// The pinned good playthrough counts from the scenario's start, or from the first time it passes
// a cut's start: one of these must be short enough for a seminar.
TEST_CASE("a seminar gets through every library scenario: at most 25 decisions from its start or a seminar cut") {
    std::ifstream in(std::string(RAPPORT_TEST_DATA) + "/paths/library-paths.txt");
    REQUIRE(in);
    int checked = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string id, kind, ending, choices;
        fields >> id >> kind >> ending >> choices;
        if (kind != "good") continue;
        CAPTURE(id);
        const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/" + id + ".json");
        REQUIRE(loaded.ok());
        const Scenario& s = *loaded.scenario;
        Runner runner(s);
        std::vector<NodeIndex> decisions; // where each choice of the path was taken
        std::istringstream list(choices);
        for (std::string choice; std::getline(list, choice, ',');) {
            decisions.push_back(runner.state().node);
            REQUIRE(runner.choose(choice) == ChooseError::None);
        }
        REQUIRE(runner.finished());
        // Where the path first passes each cut's start: at a decision, or at the story before one
        // (its lines are logged with the number of choices made so far).
        std::size_t shortest = decisions.size();
        std::string from = "the start";
        for (const SeminarCutDef& cut : s.seminarCuts) {
            std::size_t passedAt = decisions.size();
            for (std::size_t i = 0; i < decisions.size() && passedAt == decisions.size(); ++i)
                if (decisions[i] == cut.start) passedAt = i;
            for (const ShownLine& shown : runner.lines())
                if (shown.node == cut.start && shown.step < passedAt) passedAt = shown.step;
            if (passedAt < decisions.size() && decisions.size() - passedAt < shortest) {
                shortest = decisions.size() - passedAt;
                from = "cut " + cut.id;
            }
        }
        CAPTURE(from);
        CHECK(shortest <= kMaxSeminarDecisions);
        ++checked;
    }
    CHECK(checked >= 8); // the sample has no pinned playthrough (it is a few decisions long)
}
