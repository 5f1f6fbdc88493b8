// Golden playthroughs (as Box2D pins the hash of a fixed simulation): a fixed path through every
// bundled scenario, with its exact final state hash, result and log pinned in
// tests/data/golden/<scenario>.txt. Any change of a rule shows up here; after a deliberate one:
//   RAPPORT_UPDATE_PINS=1 build/tests/rapport_tests -tc='*golden*'   and read git diff.

#include "Golden.h"

#include "rapport/load/ScenarioLoader.h"
#include "rapport/model/Model.h"
#include "rapport/play/Runner.h"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::test;

namespace {

struct PinnedPath {
    std::string kind, ending, choices;
};

/// The pinned paths per scenario id: the library's good and poor playthroughs and the sample's.
std::map<std::string, std::vector<PinnedPath>> pinnedPaths() {
    std::map<std::string, std::vector<PinnedPath>> out;
    for (const char* file : {"/paths/library-paths.txt", "/paths/sample-paths.txt"}) {
        std::ifstream in(std::string(RAPPORT_TEST_DATA) + file);
        REQUIRE_MESSAGE(in.good(), file);
        for (std::string line; std::getline(in, line);) {
            if (line.empty() || line[0] == '#') continue;
            std::istringstream fields(line);
            std::string id;
            PinnedPath p;
            fields >> id >> p.kind >> p.ending >> p.choices;
            out[id].push_back(p);
        }
    }
    return out;
}

/// Everything a playthrough produced, as diff-friendly lines.
std::string describePlaythrough(const Scenario& s, const Runner& runner, const PinnedPath& path) {
    std::ostringstream out;
    const State& st = runner.state();
    out << "== " << path.kind << ": " << runner.path().size() << " decisions, ending " << runner.current().id << "\n";
    out << "result " << points(resultOf(s, st)) << "\n";
    out << "hash " << hex(hashState(st)) << "\n";
    out << "time " << st.time << " min, budget " << st.budget << "\n";
    // The log: every field of every change, and every sentence in both languages.
    Digest fields, sentences;
    std::map<std::string, int> reasons;
    std::map<int, std::pair<int, int>> principles; // followed, violated
    for (const Change& c : runner.changes()) {
        for (std::uint64_t v : {std::uint64_t{c.step}, std::uint64_t{c.node}, std::uint64_t{c.choice}, std::uint64_t{c.persona},
                                std::uint64_t{static_cast<std::uint8_t>(c.target)}, std::uint64_t{c.dimension}, std::uint64_t{c.index},
                                static_cast<std::uint64_t>(c.before), static_cast<std::uint64_t>(c.after),
                                std::uint64_t{static_cast<std::uint8_t>(c.reason)}, static_cast<std::uint64_t>(c.principle),
                                std::uint64_t{c.violation}, std::uint64_t{c.modifiers}, std::uint64_t{static_cast<std::uint8_t>(c.channel)},
                                static_cast<std::uint64_t>(c.count)})
            fields.add(v);
        sentences.add(explainChange(s, nullptr, c, Lang::De));
        sentences.add(explainChange(s, nullptr, c, Lang::En));
        if (c.target == ChangeTarget::Dimension || c.target == ChangeTarget::Pressure || c.target == ChangeTarget::Owed)
            ++reasons[std::string(idOf(c.reason))];
        if (c.principle >= 0) (c.violation ? principles[c.principle].second : principles[c.principle].first)++;
    }
    out << "log " << runner.changes().size() << " changes, fields " << hex(fields.value) << ", sentences " << hex(sentences.value) << "\n";
    for (std::size_t p = 0; p < s.personas.size(); ++p) {
        const PersonaState& ps = st.personas[p];
        out << "persona " << s.personas[p].id << ":";
        for (int d = 0; d < kDimensionCount; ++d) out << " " << idOf(static_cast<Dimension>(d)) << " " << points(ps.dims[static_cast<std::size_t>(d)]);
        out << "; quality " << points(qualityOf(ps)) << ", stage " << idOf(stageOf(ps)) << ", pressure " << points(ps.pressure)
            << ", owed " << ps.owed << ", encounters " << ps.encounters << " (face " << ps.faceEncounters << "), praises "
            << ps.praises << ", gestures " << ps.gestures << "\n";
    }
    out << "reasons:";
    for (const auto& [id, n] : reasons) out << " " << id << " " << n << ";";
    out << "\nprinciples:";
    for (const auto& [p, n] : principles) out << " " << idOf(static_cast<Principle>(p)) << " +" << n.first << " -" << n.second << ";";
    out << "\n";
    return out.str();
}

} // namespace

TEST_CASE("golden playthroughs: a fixed path through every bundled scenario ends in the pinned state") {
    const auto paths = pinnedPaths();
    REQUIRE(paths.size() >= 9);
    for (const auto& entry : paths) {
        const auto& id = entry.first; // a plain name: Clang 14 cannot capture a structured binding
        const auto& list = entry.second;
        CAPTURE(id);
        const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/" + id + ".json");
        REQUIRE(loaded.ok());
        const Scenario& s = *loaded.scenario;
        std::ostringstream file;
        file << "# Golden playthroughs of " << id << ": the final state of each pinned path (tests/data/paths/).\n"
             << "# Rewrite after a deliberate change: RAPPORT_UPDATE_PINS=1 build/tests/rapport_tests -tc='*golden*'\n";
        for (const PinnedPath& path : list) {
            CAPTURE(path.kind);
            Runner runner(s);
            std::istringstream choices(path.choices);
            for (std::string choice; std::getline(choices, choice, ',');) REQUIRE(runner.choose(choice) == ChooseError::None);
            REQUIRE(runner.finished());
            CHECK(runner.current().id == path.ending);
            file << describePlaythrough(s, runner, path);
        }
        checkGolden(id + ".txt", file.str());
    }
}

TEST_CASE("golden playthroughs: the same path gives the same state hash every time") {
    // The pins above are only worth something if a replay is bit-for-bit the same.
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/trade-fair.json");
    REQUIRE(loaded.ok());
    const auto paths = pinnedPaths();
    const PinnedPath& path = paths.at("trade-fair").front();
    std::uint64_t first = 0;
    for (int run = 0; run < 3; ++run) {
        Runner runner(*loaded.scenario);
        std::istringstream choices(path.choices);
        for (std::string choice; std::getline(choices, choice, ',');) REQUIRE(runner.choose(choice) == ChooseError::None);
        if (run == 0) first = hashState(runner.state());
        CHECK(hashState(runner.state()) == first);
    }
}
