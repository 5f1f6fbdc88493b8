#include "rapport/play/SaveGame.h"

#include "rapport/core/Cite.h"

#include <nlohmann/json.hpp>

namespace rapport {
namespace {

using nlohmann::json;

json stateObject(const Scenario& scenario, const State& s) {
    json j;
    j["node"] = scenario.nodes[s.node].id;
    j["time"] = s.time;
    j["budget"] = s.budget;
    j["decayedUntil"] = s.decayedUntil;
    j["rng"] = s.rng;
    j["step"] = s.step;
    json vars = json::object();
    for (std::size_t i = 0; i < s.vars.size(); ++i) vars[scenario.variableNames[i]] = s.vars[i];
    j["vars"] = std::move(vars);
    json facts = json::array();
    for (std::size_t f = 0; f < scenario.facts.size(); ++f)
        if (s.knows(static_cast<std::uint32_t>(f))) facts.push_back(scenario.facts[f].id);
    j["facts"] = std::move(facts);
    j["tracking"] = s.tracking;
    json personas = json::object();
    for (std::size_t i = 0; i < s.personas.size(); ++i) {
        const PersonaState& p = s.personas[i];
        json fields = json::array();
        p.visitFields([&fields](const auto& field) { fields.push_back(field); });
        personas[scenario.personas[i].id] = std::move(fields);
    }
    j["personas"] = std::move(personas);
    return j;
}

template <typename T>
void read(const json& j, T& out) { out = j.get<T>(); }

void readState(const Scenario& scenario, const json& j, State& s) {
    const std::string node = j.at("node").get<std::string>();
    bool found = false;
    for (std::size_t i = 0; i < scenario.nodes.size() && !found; ++i)
        if (scenario.nodes[i].id == node) { s.node = static_cast<NodeIndex>(i); found = true; }
    if (!found) throw std::runtime_error("unknown node '" + node + "'");
    read(j.at("time"), s.time);
    read(j.at("budget"), s.budget);
    read(j.at("decayedUntil"), s.decayedUntil);
    read(j.at("rng"), s.rng);
    read(j.at("step"), s.step);
    s.vars = scenario.variableStart;
    for (std::size_t i = 0; i < scenario.variableNames.size(); ++i) read(j.at("vars").at(scenario.variableNames[i]), s.vars[i]);
    s.facts.assign((scenario.facts.size() + 63) / 64, 0);
    for (const json& f : j.at("facts")) {
        const std::string id = f.get<std::string>();
        bool known = false;
        for (std::size_t k = 0; k < scenario.facts.size(); ++k)
            if (scenario.facts[k].id == id) { s.learn(static_cast<std::uint32_t>(k)); known = true; }
        if (!known) throw std::runtime_error("unknown fact '" + id + "'");
    }
    read(j.at("tracking"), s.tracking);
    if (s.tracking.size() != (scenario.trackingSlots + 63) / 64) throw std::runtime_error("tracking has the wrong size");
    s.personas.assign(scenario.personas.size(), PersonaState{});
    for (std::size_t i = 0; i < scenario.personas.size(); ++i) {
        const json& a = j.at("personas").at(scenario.personas[i].id);
        PersonaState& p = s.personas[i];
        std::size_t count = 0;
        p.visitFields([&count](const auto&) { ++count; });
        if (!a.is_array() || a.size() != count) throw std::runtime_error("persona '" + scenario.personas[i].id + "' is malformed");
        std::size_t at = 0;
        p.visitFields([&](auto& field) { read(a[at++], field); });
    }
}

} // namespace

std::string stateToJson(const Scenario& scenario, const State& state) { return stateObject(scenario, state).dump(); }

bool stateFromJson(const Scenario& scenario, std::string_view text, State& state, std::string& error) {
    try {
        const json j = json::parse(text);
        State loaded;
        readState(scenario, j, loaded);
        state = std::move(loaded);
        return true;
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
}

std::string saveGame(const Runner& runner) {
    const Scenario& scenario = runner.scenario();
    json j;
    j["format"] = 1;
    j["scenario"] = scenario.id;
    j["seed"] = runner.options().seed;
    json choices = json::array();
    for (ChoiceIndex c : runner.path()) choices.push_back(scenario.choices[c].id);
    j["choices"] = std::move(choices);
    j["state"] = stateObject(scenario, runner.state());
    return j.dump();
}

bool loadGame(Runner& runner, std::string_view text, std::string& error) {
    const Scenario& scenario = runner.scenario();
    try {
        const json j = json::parse(text);
        if (j.at("scenario").get<std::string>() != scenario.id) {
            error = "the save belongs to scenario '" + cite(j.at("scenario").get<std::string>()) + "'";
            return false;
        }
        if (j.at("seed").get<std::uint64_t>() != runner.options().seed) {
            error = "the save was made with seed " + std::to_string(j.at("seed").get<std::uint64_t>());
            return false;
        }
        State saved;
        readState(scenario, j.at("state"), saved);
        runner.restart();
        std::size_t step = 0;
        for (const json& id : j.at("choices")) {
            const ChooseError e = runner.choose(id.get<std::string>());
            if (e != ChooseError::None) {
                error = "choice " + std::to_string(step + 1) + " ('" + cite(id.get<std::string>()) + "') is not open any more";
                runner.restart();
                return false;
            }
            ++step;
        }
        if (runner.state() != saved) {
            error = "replaying the choices does not reach the saved state (the scenario changed)";
            runner.restart();
            return false;
        }
        return true;
    } catch (const std::exception& e) {
        error = e.what();
        runner.restart();
        return false;
    }
}

} // namespace rapport
