// The generated benchmark scenarios (shapes in ScenarioGenerator.h).

#include "ScenarioGenerator.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <regex>
#include <string>

namespace rapport::bench {
namespace {

using nlohmann::json;

json text(const std::string& en) { return {{"de", en}, {"en", en}}; }

/// Everything a scenario needs besides its personas, nodes and variables.
json frame(const std::string& id) {
    return {{"format", 1},
            {"id", id},
            {"title", text("Generated: " + id)},
            {"summary", text("A generated scenario for the analyzer benchmark.")},
            {"goals", json::array({text("Measure the analyzer")})},
            {"level", "beginner"},
            {"minutes", 5},
            {"principles", json::array({"appreciation"})},
            {"player", {{"name", "Alex Berger"}, {"role", text("Consultant")}, {"company", "Berger Consulting"},
                        {"offer", text("Process consulting")}}}};
}

json persona(const std::string& id, const json& traits, const json& concerns) {
    return {{"id", id}, {"name", "Kim " + id}, {"address", text("Kim " + id)}, {"role", text("Manager")},
            {"company", "Example AG"}, {"traits", traits}, {"concerns", concerns}};
}

json ending(const std::string& id) {
    return {{"id", id}, {"type", "ending"}, {"text", text("The end.")}, {"debrief", text("Generated ending " + id + ".")}};
}

/// A linear congruential generator with Knuth's constants: fixed, so the shapes never change.
struct Lcg {
    std::uint64_t state;
    std::uint32_t next(std::uint32_t bound) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>((state >> 33) % bound);
    }
};

} // namespace

std::string gridScenario(int n) {
    json s = frame("bench-grid");
    s["personas"] = json::array({persona("p", json::array(), json::array())});
    s["variables"] = {{"a", 0}, {"b", 0}, {"c", 0}};
    s["start"] = "step";
    json choices = json::array();
    for (const char* v : {"a", "b", "c"})
        choices.push_back({{"id", std::string("inc_") + v}, {"text", text(std::string("Raise ") + v)},
                           {"if", std::string(v) + " < " + std::to_string(n)},
                           {"effects", json::array({{{"var", v}, {"add", 1}}})}, {"next", "step"}});
    choices.push_back({{"id", "finish"}, {"text", text("Finish")}, {"next", "end"}});
    s["nodes"] = json::array({{{"id", "step"}, {"type", "decision"}, {"text", text("Next?")}, {"choices", choices}},
                              ending("end")});
    return s.dump();
}

std::string actsScenario(int rounds) {
    json s = frame("bench-acts");
    s["topics"] = {{"energy", text("Energy")}};
    s["personas"] = json::array({persona("p", json::array({"formal", "analytical"}), json::array({"energy"}))});
    s["variables"] = {{"r", 0}};
    s["start"] = "talk";
    json choices = json::array();
    const char* acts[] = {"question", "listen", "praise", "smalltalk", "give", "pitch"};
    for (const char* act : acts) {
        json c = {{"id", std::string("do_") + act}, {"text", text(act)}, {"act", act}, {"with", "p"},
                  {"if", "r < " + std::to_string(rounds)},
                  {"effects", json::array({{{"var", "r"}, {"add", 1}}, {{"wait", "1d"}}})}, {"next", "talk"}};
        if (std::string(act) == "question" || std::string(act) == "give") c["topic"] = "energy";
        choices.push_back(c);
    }
    choices.push_back({{"id", "leave"}, {"text", text("Leave")}, {"next", "end"}});
    s["nodes"] = json::array({{{"id", "talk"}, {"type", "decision"}, {"text", text("What now?")}, {"choices", choices}},
                              ending("end")});
    return s.dump();
}

std::string layeredScenario(int layers, int width, std::uint64_t seed) {
    json s = frame("bench-layered");
    s["personas"] = json::array({persona("p", json::array(), json::array())});
    s["variables"] = {{"mood", 0}};
    s["start"] = "n0_0";
    Lcg rng{seed};
    json nodes = json::array();
    auto nodeId = [](int layer, int i) { return "n" + std::to_string(layer) + "_" + std::to_string(i); };
    for (int layer = 0; layer < layers; ++layer) {
        for (int i = 0; i < width; ++i) {
            json choices = json::array();
            const int count = (layer * width + i) % 10 == 0 ? 3 : 2;
            for (int j = 0; j < count; ++j) {
                const std::string next = layer + 1 == layers ? "e" + std::to_string(rng.next(4))
                                                             : nodeId(layer + 1, static_cast<int>(rng.next(static_cast<std::uint32_t>(width))));
                json c = {{"id", "c" + std::to_string(layer) + "_" + std::to_string(i) + "_" + std::to_string(j)},
                          {"text", text("Option " + std::to_string(j + 1))},
                          {"effects", json::array({{{"var", "mood"}, {"set", "(mood + " + std::to_string(rng.next(4)) + ") % 4"}}})},
                          {"next", next}};
                if (j == 2) c["if"] = "mood >= 2";
                choices.push_back(c);
            }
            nodes.push_back({{"id", nodeId(layer, i)}, {"type", "decision"}, {"text", text("Which way?")}, {"choices", choices}});
        }
    }
    for (int e = 0; e < 4; ++e) nodes.push_back(ending("e" + std::to_string(e)));
    s["nodes"] = nodes;
    return s.dump();
}

std::string repeatedScenario(const std::string& text, int copies) {
    json s = json::parse(text);
    const json original = s["nodes"];
    const std::string start = s["start"];
    const std::regex tracked(R"((visited|chose)\(\s*([A-Za-z0-9_.-]+)\s*\))");
    json nodes = json::array();
    for (int k = 0; k < copies; ++k) {
        const std::string suffix = "__" + std::to_string(k);
        const std::string nextStart = start + "__" + std::to_string(k + 1);
        // Every "if" anywhere below: its visited() and chose() name this copy's nodes and choices.
        std::function<void(json&)> renameConditions = [&](json& j) {
            if (j.is_object()) {
                for (auto it = j.begin(); it != j.end(); ++it) {
                    if (it.key() == "if" && it.value().is_string())
                        it.value() = std::regex_replace(it.value().get<std::string>(), tracked, "$1($2" + suffix + ")");
                    else renameConditions(it.value());
                }
            } else if (j.is_array()) {
                for (json& e : j) renameConditions(e);
            }
        };
        for (json node : original) {
            node["id"] = node["id"].get<std::string>() + suffix;
            if (node.contains("next")) node["next"] = node["next"].get<std::string>() + suffix;
            if (node.contains("choices"))
                for (json& c : node["choices"]) {
                    c["id"] = c["id"].get<std::string>() + suffix;
                    c["next"] = c["next"].get<std::string>() + suffix;
                }
            if (node.contains("branches"))
                for (json& b : node["branches"]) b["next"] = b["next"].get<std::string>() + suffix;
            if (node.contains("outcomes"))
                for (json& o : node["outcomes"]) o["next"] = o["next"].get<std::string>() + suffix;
            renameConditions(node);
            if (node["type"] == "ending" && k + 1 < copies) {
                json on = {{"id", node["id"]}, {"type", "narration"}, {"text", node["text"]}, {"next", nextStart}};
                if (node.contains("effects")) on["effects"] = node["effects"];
                node = on;
            }
            nodes.push_back(node);
        }
    }
    s["id"] = s["id"].get<std::string>() + "-x" + std::to_string(copies);
    s["start"] = start + "__0";
    s["nodes"] = nodes;
    s.erase("calibration");
    s.erase("seminarCuts"); // they start at nodes of the original, which are renamed here
    return s.dump();
}

} // namespace rapport::bench
