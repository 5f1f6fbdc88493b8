#pragma once
// Scenario files as JSON for tests that change one field and load the result: the bundled sample,
// any file read whole, and a node found by its id.

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace rapport::test {

/// The whole file at `path`, parsed as JSON.
inline nlohmann::json readJsonFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str());
}

/// The bundled sample scenario (sample-coffee-break.json).
inline nlohmann::json sampleScenarioJson() { return readJsonFile(std::string(RAPPORT_SOURCE_DIR) + "/scenarios/sample-coffee-break.json"); }

/// The node with this id; fails the test when there is none.
inline nlohmann::json& nodeById(nlohmann::json& scenario, const std::string& id) {
    for (nlohmann::json& n : scenario["nodes"])
        if (n["id"] == id) return n;
    FAIL("no node " << id);
    return scenario;
}

} // namespace rapport::test
