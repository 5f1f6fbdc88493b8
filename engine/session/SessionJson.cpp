#include "rapport/session/SessionJson.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <stdexcept>

namespace rapport {
namespace {

using nlohmann::json;

constexpr const char* kKind = "rapport-seminar";
constexpr int kFormat = 1;

std::string hex(std::uint64_t value) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    return buffer;
}

json choiceId(const Scenario& s, ChoiceIndex c) { return c == kNone ? json(nullptr) : json(s.choices[c].id); }

/// A problem in the file, with where it is ("rounds[3].offered[1]").
struct FileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const json& field(const json& object, const char* key, const std::string& where) {
    if (!object.is_object()) throw FileError(where + " should be an object");
    const auto it = object.find(key);
    if (it == object.end()) throw FileError(where + "." + key + " is missing");
    return *it;
}

template <typename T>
T get(const json& object, const char* key, const std::string& where) {
    const json& value = field(object, key, where);
    try {
        return value.get<T>();
    } catch (const json::exception&) {
        throw FileError(where + "." + key + " has the wrong type");
    }
}

const json& array(const json& object, const char* key, const std::string& where) {
    const json& value = field(object, key, where);
    if (!value.is_array()) throw FileError(where + "." + key + " should be a list");
    return value;
}

ChoiceIndex findChoice(const Scenario& s, const json& id, const std::string& where) {
    if (id.is_null()) return kNone;
    if (!id.is_string()) throw FileError(where + " should be a choice id");
    const std::string name = id.get<std::string>();
    for (std::size_t i = 0; i < s.choices.size(); ++i)
        if (s.choices[i].id == name) return static_cast<ChoiceIndex>(i);
    throw FileError(where + ": the scenario has no choice '" + name + "'");
}

NodeIndex findNode(const Scenario& s, const std::string& name, const std::string& where) {
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
        if (s.nodes[i].id == name) return static_cast<NodeIndex>(i);
    throw FileError(where + ": the scenario has no node '" + name + "'");
}

Phase phaseOf(const json& object, const std::string& where) {
    const std::string id = get<std::string>(object, "phase", where);
    const std::optional<Phase> phase = phaseFromId(id);
    if (!phase) throw FileError(where + ".phase '" + id + "' is not a phase");
    return *phase;
}

std::optional<std::uint32_t> optionalIndex(const json& object, const char* key, const std::string& where) {
    const json& value = field(object, key, where);
    if (value.is_null()) return std::nullopt;
    if (!value.is_number_unsigned()) throw FileError(where + "." + key + " should be a number or null");
    return value.get<std::uint32_t>();
}

void checkHeader(const json& doc) {
    if (!doc.is_object() || doc.value("kind", std::string()) != kKind) throw FileError("this is not a saved Rapport seminar");
    if (get<int>(doc, "format", "file") != kFormat)
        throw FileError("the seminar file has format " + std::to_string(get<int>(doc, "format", "file")) + ", this Rapport reads format 1");
}

SessionOptions readOptions(const json& doc) {
    SessionOptions o;
    const std::string form = get<std::string>(doc, "form", "file");
    if (form != "plenary" && form != "teams") throw FileError("form '" + form + "' is neither 'plenary' nor 'teams'");
    o.form = form == "plenary" ? SessionForm::Plenary : SessionForm::Teams;
    o.seed = get<std::uint64_t>(doc, "seed", "file");
    o.source = get<std::string>(doc, "source", "file");
    o.started = get<std::string>(doc, "started", "file");
    o.cut = doc.value("cut", std::string()); // written since seminar cuts exist; older files have none
    if (o.form == SessionForm::Teams)
        for (const json& t : array(doc, "teams", "file")) o.teams.push_back(get<std::string>(t, "name", "teams[]"));
    return o;
}

} // namespace

std::string sessionToJson(const Session& session) {
    const Scenario& s = session.scenario();
    const SessionOptions& o = session.options();
    json doc;
    doc["kind"] = kKind;
    doc["format"] = kFormat;
    doc["scenario"] = s.id;
    doc["source"] = o.source;
    doc["started"] = o.started;
    if (!o.cut.empty()) doc["cut"] = o.cut;
    doc["seed"] = o.seed;
    doc["form"] = idOf(session.form());
    doc["revision"] = session.revision();
    doc["ended"] = session.ended();
    json teams = json::array();
    for (std::size_t t = 0; t < session.teamCount(); ++t) {
        const Team& team = session.team(TeamId{static_cast<std::uint32_t>(t)});
        teams.push_back({{"name", team.name}, {"active", team.active.value}});
    }
    doc["teams"] = std::move(teams);
    json lines = json::array();
    for (const Line& l : session.lines()) {
        json path = json::array();
        for (ChoiceIndex c : l.runner->path()) path.push_back(s.choices[c].id);
        lines.push_back({{"team", l.team.value},
                         {"parent", l.parent ? json(l.parent->value) : json(nullptr)},
                         {"forkRound", l.forkRound},
                         {"number", l.number},
                         {"closed", l.closed},
                         {"phase", idOf(l.phase)},
                         {"round", l.round},
                         {"vote", l.vote ? json(*l.vote) : json(nullptr)},
                         {"path", std::move(path)},
                         {"state", hex(hashState(l.runner->state()))}});
    }
    doc["lines"] = std::move(lines);
    json rounds = json::array();
    for (const VoteRound& r : session.rounds()) {
        json offered = json::array();
        for (ChoiceIndex c : r.offered) offered.push_back(s.choices[c].id);
        json votes = json::array();
        for (const auto& [voter, choice] : r.votes) votes.push_back(json::array({voter, s.choices[choice].id}));
        rounds.push_back({{"line", r.line.value},
                          {"round", r.round},
                          {"decision", s.nodes[r.decision].id},
                          {"offered", std::move(offered)},
                          {"hands", r.hands},
                          {"votes", std::move(votes)},
                          {"phase", idOf(r.phase)},
                          {"applied", choiceId(s, r.applied)},
                          {"decider", idOf(r.decider)}});
    }
    doc["rounds"] = std::move(rounds);
    return doc.dump(1) + "\n";
}

SessionLoad sessionFromJson(const Scenario& scenario, std::string_view text, Lang lang) {
    SessionLoad out;
    try {
        const json doc = json::parse(text);
        checkHeader(doc);
        const std::string id = get<std::string>(doc, "scenario", "file");
        if (id != scenario.id) throw FileError("the seminar was held with scenario '" + id + "', not '" + scenario.id + "'");
        Session::Parts parts;
        parts.options = readOptions(doc);
        parts.options.lang = lang;
        parts.revision = get<std::uint64_t>(doc, "revision", "file");
        parts.ended = get<bool>(doc, "ended", "file");
        const json& teams = array(doc, "teams", "file");
        for (std::size_t t = 0; t < teams.size(); ++t)
            parts.active.push_back(LineId{get<std::uint32_t>(teams[t], "active", "teams[" + std::to_string(t) + "]")});
        const json& lines = array(doc, "lines", "file");
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string where = "lines[" + std::to_string(i) + "]";
            const json& l = lines[i];
            Session::Parts::SavedLine saved;
            saved.team = TeamId{get<std::uint32_t>(l, "team", where)};
            if (const auto parent = optionalIndex(l, "parent", where)) saved.parent = LineId{*parent};
            saved.forkRound = get<std::uint32_t>(l, "forkRound", where);
            saved.number = get<std::uint32_t>(l, "number", where);
            saved.closed = get<bool>(l, "closed", where);
            saved.phase = phaseOf(l, where);
            saved.round = get<std::uint32_t>(l, "round", where);
            if (const auto vote = optionalIndex(l, "vote", where)) saved.vote = *vote;
            const json& path = array(l, "path", where);
            for (std::size_t k = 0; k < path.size(); ++k)
                saved.path.push_back(findChoice(scenario, path[k], where + ".path[" + std::to_string(k) + "]"));
            const std::string state = get<std::string>(l, "state", where);
            try {
                std::size_t used = 0;
                saved.stateHash = std::stoull(state, &used, 16);
                if (used != state.size()) throw std::invalid_argument("trailing");
            } catch (const std::exception&) {
                throw FileError(where + ".state is not a hexadecimal hash");
            }
            parts.lines.push_back(std::move(saved));
        }
        const json& rounds = array(doc, "rounds", "file");
        for (std::size_t i = 0; i < rounds.size(); ++i) {
            const std::string where = "rounds[" + std::to_string(i) + "]";
            const json& r = rounds[i];
            VoteRound round;
            round.line = LineId{get<std::uint32_t>(r, "line", where)};
            round.round = get<std::uint32_t>(r, "round", where);
            round.decision = findNode(scenario, get<std::string>(r, "decision", where), where + ".decision");
            const json& offered = array(r, "offered", where);
            for (std::size_t k = 0; k < offered.size(); ++k)
                round.offered.push_back(findChoice(scenario, offered[k], where + ".offered[" + std::to_string(k) + "]"));
            round.hands = get<std::vector<std::uint32_t>>(r, "hands", where);
            const json& votes = array(r, "votes", where);
            for (std::size_t k = 0; k < votes.size(); ++k) {
                const std::string at = where + ".votes[" + std::to_string(k) + "]";
                if (!votes[k].is_array() || votes[k].size() != 2 || !votes[k][0].is_string())
                    throw FileError(at + " should be [voter, choice]");
                round.votes.emplace_back(votes[k][0].get<std::string>(), findChoice(scenario, votes[k][1], at));
            }
            round.phase = phaseOf(r, where);
            round.applied = findChoice(scenario, field(r, "applied", where), where + ".applied");
            const std::string decider = get<std::string>(r, "decider", where);
            const std::optional<Decider> d = deciderFromId(decider);
            if (!d) throw FileError(where + ".decider '" + decider + "' is unknown");
            round.decider = *d;
            parts.rounds.push_back(std::move(round));
        }
        std::string error;
        out.session = Session::fromParts(scenario, std::move(parts), error);
        if (!out.session) out.error = error;
    } catch (const json::parse_error& e) {
        out.error = std::string("the seminar file is not valid JSON (") + e.what() + ")";
    } catch (const std::exception& e) {
        out.error = e.what();
    }
    return out;
}

std::optional<SessionSummary> readSessionSummary(std::string_view text, std::string& error) {
    try {
        const json doc = json::parse(text);
        checkHeader(doc);
        SessionSummary s;
        s.scenario = get<std::string>(doc, "scenario", "file");
        const SessionOptions o = readOptions(doc);
        s.source = o.source;
        s.started = o.started;
        s.form = o.form;
        s.teams = o.teams;
        s.ended = get<bool>(doc, "ended", "file");
        const json& teams = array(doc, "teams", "file");
        const json& lines = array(doc, "lines", "file");
        for (const json& t : teams) {
            const std::uint32_t active = get<std::uint32_t>(t, "active", "teams[]");
            if (active >= lines.size()) throw FileError("teams[]: the active line does not exist");
            s.round = std::max(s.round, get<std::uint32_t>(lines[active], "round", "lines[]"));
        }
        return s;
    } catch (const json::parse_error& e) {
        error = std::string("the seminar file is not valid JSON (") + e.what() + ")";
    } catch (const std::exception& e) {
        error = e.what();
    }
    return std::nullopt;
}

std::optional<std::string> endSavedSession(std::string_view text, std::string& error) {
    try {
        json doc = json::parse(text);
        checkHeader(doc);
        (void)get<bool>(doc, "ended", "file");
        doc["ended"] = true;
        return doc.dump(1) + "\n";
    } catch (const json::parse_error& e) {
        error = std::string("the seminar file is not valid JSON (") + e.what() + ")";
    } catch (const std::exception& e) {
        error = e.what();
    }
    return std::nullopt;
}

} // namespace rapport
