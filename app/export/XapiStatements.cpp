#include "export/XapiStatements.h"

#include "export/NameUuid.h"
#include "store/LearnerScore.h"
#include "store/TimeText.h"

#include "rapport/core/Vocabulary.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace rapport::exports {
namespace {

using nlohmann::json;

std::string iri(std::string_view path) { return std::string(kXapiBase) + std::string(path); }
std::string extension(std::string_view name) { return iri("extensions/" + std::string(name)); }

// Ids in scenario files are plain ([a-z0-9-_]); anything else is percent-encoded so the IRI stays valid.
std::string iriSegment(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        }
    }
    return out;
}

const UuidBytes& rapportNamespace() {
    // Rapport's own namespace for name-based ids: the version-5 UUID of its IRI base.
    static const UuidBytes ns = uuid5(urlNamespace(), kXapiBase);
    return ns;
}

std::string nameUuid(const std::string& name) { return uuidText(uuid5(rapportNamespace(), name)); }

double points(std::int64_t hundredths) { return static_cast<double>(hundredths) / 100.0; }

// ISO 8601 duration with milliseconds: "PT12.345S".
std::string duration(std::int64_t ms) {
    if (ms < 0) ms = 0;
    char text[48];
    std::snprintf(text, sizeof text, "PT%lld.%03lldS", static_cast<long long>(ms / 1000), static_cast<long long>(ms % 1000));
    return text;
}

json verb(std::string_view id, const char* en, const char* de) {
    return {{"id", "http://adlnet.gov/expapi/verbs/" + std::string(id)}, {"display", {{"en-US", en}, {"de-DE", de}}}};
}

json scenarioActivity(std::string_view scenarioId, bool withDefinition) {
    json a = {{"objectType", "Activity"}, {"id", scenarioActivityId(scenarioId)}};
    if (withDefinition)
        a["definition"] = {{"type", "http://adlnet.gov/expapi/activities/simulation"}, {"name", {{"und", std::string(scenarioId)}}}};
    return a;
}

json decisionActivity(std::string_view scenarioId, std::string_view nodeId) {
    return {{"objectType", "Activity"},
            {"id", scenarioActivityId(scenarioId) + "/decisions/" + iriSegment(nodeId)},
            {"definition",
             {{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"}, {"interactionType", "choice"}, {"name", {{"und", std::string(nodeId)}}}}}};
}

json score(int value) { return {{"scaled", static_cast<double>(value) / 100.0}, {"raw", value}, {"min", 0}, {"max", 100}}; }

json dimensions(const store::PersonSnapshot& snap) {
    json d = json::object();
    for (int k = 0; k < kDimensionCount; ++k)
        d[std::string(idOf(static_cast<Dimension>(k)))] = points(snap.dims[static_cast<std::size_t>(k)]);
    return d;
}

json persons(const std::vector<store::PersonRecord>& list) {
    json out = json::object();
    for (const store::PersonRecord& p : list)
        out[p.personaId] = {{"name", p.name},
                            {"start", dimensions(p.start)},
                            {"end", dimensions(p.end)},
                            {"quality", {{"start", points(p.start.quality)}, {"end", points(p.end.quality)}}},
                            {"stage", {{"start", p.start.stage}, {"end", p.end.stage}}}};
    return out;
}

json principles(const std::vector<store::PrincipleRecord>& list) {
    json out = json::object();
    for (const store::PrincipleRecord& p : list) out[p.principle] = {{"followed", p.followed}, {"violated", p.violated}};
    return out;
}

store::QueuedStatement finish(json statement, std::string id, int seq) {
    statement["id"] = id;
    store::QueuedStatement q;
    q.id = std::move(id);
    q.body = statement.dump();
    q.seq = seq;
    return q;
}

} // namespace

std::string accountHomePage() { return iri("learners"); }

std::string scenarioActivityId(std::string_view scenarioId) { return iri("scenarios/" + iriSegment(scenarioId)); }

std::string runRegistration(std::string_view account, store::RunId run) {
    return nameUuid("run/" + std::string(account) + "/" + std::to_string(run.v));
}

std::vector<store::QueuedStatement> runStatements(const store::RunSummary& run, const std::vector<store::DecisionRecord>& decisions,
                                                  std::string_view account) {
    std::vector<store::QueuedStatement> out;
    if (!run.finished || !run.finishedAt) return out;
    const std::string registration = runRegistration(account, run.id);
    const json actor = {{"objectType", "Agent"}, {"account", {{"homePage", accountHomePage()}, {"name", std::string(account)}}}};
    json context = {{"registration", registration},
                    {"revision", run.contentHash},
                    {"platform", "Rapport"},
                    {"language", run.language},
                    {"extensions", {{extension("seed"), run.seed}}}};
    const json scenario = scenarioActivity(run.scenarioId, true);

    auto add = [&](json statement, const std::string& name) {
        statement["actor"] = actor;
        const int seq = static_cast<int>(out.size());
        out.push_back(finish(std::move(statement), nameUuid(registration + "/" + name), seq));
    };

    add({{"verb", verb("attempted", "attempted", "versuchte")},
         {"object", scenario},
         {"context", context},
         {"timestamp", store::isoTimeUtc(run.startedAt)}},
        "attempted");

    json decisionContext = context;
    decisionContext["contextActivities"] = {{"parent", json::array({scenarioActivity(run.scenarioId, false)})}};
    for (const store::DecisionRecord& d : decisions) {
        json c = decisionContext;
        c["extensions"][extension("step")] = d.step;
        add({{"verb", verb("answered", "answered", "beantwortete")},
             {"object", decisionActivity(run.scenarioId, d.nodeId)},
             {"result",
              {{"response", d.choiceId},
               {"duration", duration(d.thinkMs)},
               {"score", score(d.score)},
               {"extensions", {{extension("relationship-quality"), {{"before", points(d.resultBefore)}, {"after", points(d.resultAfter)}}}}}}},
             {"context", std::move(c)},
             {"timestamp", store::isoTimeUtc(d.chosenAt)}},
            "step/" + std::to_string(d.step));
    }

    json outcome = {{extension("relationship-quality"), {{"start", points(run.startResult)}, {"end", points(run.result)}}},
                    {extension("persons"), persons(run.persons)},
                    {extension("principles"), principles(run.principles)}};
    if (run.endingId) outcome[extension("ending")] = {{"id", *run.endingId}, {"rating", run.endingRating.value_or("unrated")}};
    if (run.style) outcome[extension("style")] = *run.style;
    if (run.scoreLabel) outcome[extension("score-label")] = *run.scoreLabel;
    const std::string finishedAt = store::isoTimeUtc(*run.finishedAt);
    add({{"verb", verb("completed", "completed", "schloss ab")},
         {"object", scenario},
         {"result", {{"completion", true}, {"duration", duration(run.activeMs)}, {"score", score(run.score)}, {"extensions", std::move(outcome)}}},
         {"context", context},
         {"timestamp", finishedAt}},
        "completed");

    const bool passed = store::mastered(run.score);
    json verdict = {{extension("mastery-score"), store::masteryScore()}};
    if (run.scoreLabel) verdict[extension("score-label")] = *run.scoreLabel;
    add({{"verb", passed ? verb("passed", "passed", "bestand") : verb("failed", "failed", "bestand nicht")},
         {"object", scenario},
         {"result", {{"success", passed}, {"score", score(run.score)}, {"extensions", std::move(verdict)}}},
         {"context", context},
         {"timestamp", finishedAt}},
        "result");
    return out;
}

std::vector<store::QueuedStatement> seminarStatements(const store::StoredSeminar& session) {
    std::vector<store::QueuedStatement> out;
    const store::SeminarRecord& r = session.record;
    const json scenario = scenarioActivity(r.scenarioId, true);
    const json context = {{"registration", session.registration},
                          {"revision", r.contentHash},
                          {"platform", "Rapport"},
                          {"language", std::string(langId(r.lang))},
                          {"extensions", {{extension("seminar-form"), r.form}}}};
    for (std::size_t t = 0; t < r.teams.size(); ++t) {
        const store::SeminarTeamRecord& team = r.teams[t];
        const std::string teamName = session.registration + "/team/" + std::to_string(t);
        // A team is a Group identified by an account under its session: no member is named.
        json actor = {{"objectType", "Group"}, {"account", {{"homePage", iri("seminars")}, {"name", teamName}}}};
        if (!team.name.empty()) actor["name"] = team.name;
        auto add = [&](json statement, const std::string& name) {
            statement["actor"] = actor;
            const int seq = static_cast<int>(out.size());
            out.push_back(finish(std::move(statement), nameUuid(teamName + "/" + name), seq));
        };
        add({{"verb", verb("attempted", "attempted", "versuchte")},
             {"object", scenario},
             {"context", context},
             {"timestamp", store::isoTimeUtc(r.startedAt)}},
            "attempted");
        json decisionContext = context;
        decisionContext["contextActivities"] = {{"parent", json::array({scenarioActivity(r.scenarioId, false)})}};
        for (std::size_t step = 0; step < team.choices.size(); ++step) {
            json votes = json::object();
            for (const store::SeminarVoteRecord& v : r.votes)
                if (v.team == static_cast<int>(t) && v.step == step) votes[v.choiceId] = v.votes;
            json c = decisionContext;
            c["extensions"][extension("step")] = step;
            // The session keeps no decision's node or time: the object is the scenario's decision
            // by its place, and the statement takes the session's end as its time.
            add({{"verb", verb("answered", "answered", "beantwortete")},
                 {"object", decisionActivity(r.scenarioId, "step-" + std::to_string(step))},
                 {"result", {{"response", team.choices[step]}, {"extensions", {{extension("votes"), std::move(votes)}}}}},
                 {"context", std::move(c)},
                 {"timestamp", store::isoTimeUtc(r.finishedAt)}},
                "step/" + std::to_string(step));
        }
        if (!team.score) continue; // the team did not reach an ending
        json outcome = json::object();
        if (team.result) outcome[extension("relationship-quality")] = {{"end", points(*team.result)}};
        if (team.endingId) outcome[extension("ending")] = {{"id", *team.endingId}};
        if (team.style) outcome[extension("style")] = *team.style;
        if (team.scoreLabel) outcome[extension("score-label")] = *team.scoreLabel;
        json completedResult = {{"completion", true}, {"duration", duration(r.finishedAt - r.startedAt)}, {"score", score(*team.score)}};
        if (!outcome.empty()) completedResult["extensions"] = std::move(outcome);
        const std::string finishedAt = store::isoTimeUtc(r.finishedAt);
        add({{"verb", verb("completed", "completed", "schloss ab")},
             {"object", scenario},
             {"result", std::move(completedResult)},
             {"context", context},
             {"timestamp", finishedAt}},
            "completed");
        const bool passed = store::mastered(*team.score);
        add({{"verb", passed ? verb("passed", "passed", "bestand") : verb("failed", "failed", "bestand nicht")},
             {"object", scenario},
             {"result", {{"success", passed}, {"score", score(*team.score)}, {"extensions", {{extension("mastery-score"), store::masteryScore()}}}}},
             {"context", context},
             {"timestamp", finishedAt}},
            "result");
    }
    for (store::QueuedStatement& q : out) q.session = session.id;
    return out;
}

} // namespace rapport::exports
