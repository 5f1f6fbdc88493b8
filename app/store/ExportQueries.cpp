#include "store/ExportQueries.h"

#include <nlohmann/json.hpp>

namespace rapport::store {

std::string xapiAccount(ProgressStore& store, ProfileId profile) {
    Statement s = store.database().prepare("SELECT xapi_account FROM profile WHERE id = ?1");
    s.bind(1, profile.v);
    std::string out;
    if (s.step()) {
        out = s.optionalText(0).value_or("");
        s.reset();
    }
    if (out.empty()) throw StoreError("profile " + std::to_string(profile.v) + " has no xAPI pseudonym");
    return out;
}

std::optional<StoredSeminar> readSeminarSession(ProgressStore& store, std::int64_t id) {
    Database& db = store.database();
    Statement s = db.prepare("SELECT registration, scenario_id, content_hash, language, form, started_at, finished_at"
                             " FROM seminar_session WHERE id = ?1");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    StoredSeminar out;
    out.id = id;
    out.registration = s.optionalText(0).value_or("");
    SeminarRecord& r = out.record;
    r.scenarioId = s.text(1);
    r.contentHash = s.text(2);
    r.lang = langFromId(s.text(3)).value_or(Lang::De);
    r.form = s.text(4);
    r.startedAt = s.int64(5);
    r.finishedAt = s.int64(6);
    s.reset();
    Statement teams = db.prepare("SELECT team, name, choices, result, score, score_label, ending_id, style FROM seminar_team"
                                 " WHERE session_id = ?1 ORDER BY team");
    teams.bind(1, id);
    while (teams.step()) {
        SeminarTeamRecord t;
        t.name = teams.text(1);
        // Written by recordSeminarSession as a JSON array of choice ids.
        const auto choices = nlohmann::json::parse(teams.text(2), nullptr, false);
        if (choices.is_array())
            for (const auto& c : choices)
                if (c.is_string()) t.choices.push_back(c.get<std::string>());
        t.result = teams.optionalInt64(3);
        if (const auto score = teams.optionalInt64(4)) t.score = static_cast<int>(*score);
        t.scoreLabel = teams.optionalText(5);
        t.endingId = teams.optionalText(6);
        t.style = teams.optionalText(7);
        // Teams are numbered from 0 in the order recorded; the record keeps them in that order.
        const std::int64_t number64 = teams.int64(0);
        if (number64 < 0 || number64 >= 64) continue; // a seminar has at most six teams; never trust a number to size memory
        const auto number = static_cast<std::size_t>(number64);
        if (r.teams.size() <= number) r.teams.resize(number + 1);
        r.teams[number] = std::move(t);
    }
    Statement votes = db.prepare("SELECT team, step, choice_id, votes FROM seminar_vote WHERE session_id = ?1 ORDER BY team, step, choice_id");
    votes.bind(1, id);
    while (votes.step())
        r.votes.push_back(SeminarVoteRecord{votes.int32(0), static_cast<std::uint32_t>(votes.int64(1)), votes.text(2), votes.int32(3)});
    return out;
}

} // namespace rapport::store
