#include "phones/PhoneJson.h"

#include "phones/Roster.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

namespace rapport::phones {
namespace {

using nlohmann::json;

json linesJson(const std::vector<ViewLine>& lines) {
    json out = json::array();
    for (const ViewLine& l : lines) out.push_back({{"speaker", l.speaker.empty() ? json() : json(l.speaker)}, {"text", l.text}});
    return out;
}

std::string joined(const std::vector<ViewLine>& lines) {
    std::string out;
    for (const ViewLine& l : lines) out += (out.empty() ? "" : "\n") + l.text;
    return out;
}

json choicesJson(const DecisionView& view) {
    json out = json::array();
    for (const OptionView& o : view.options) out.push_back({{"id", o.id}, {"text", o.text}});
    return out;
}

json tallyJson(const DecisionView& view) {
    if (!view.reveal) return nullptr;
    json out = json::object();
    for (std::size_t i = 0; i < view.options.size() && i < view.reveal->counts.size(); ++i) out[view.options[i].id] = view.reveal->counts[i];
    return out;
}

json resultJson(const DecisionView& view, Lang lang) {
    if (!view.reveal) return nullptr;
    const RevealView& r = *view.reveal;
    json out = {{"total", r.total}, {"tie", r.tie}, {"percent", r.percent}, {"unity", std::string(idOf(r.unity))},
                {"unityText", std::string(nameOf(r.unity, lang))}};
    out["leader"] = r.leader < view.options.size() ? json(view.options[r.leader].id) : json();
    return out;
}

json moveJson(const DecisionView& view) {
    if (!view.move) return nullptr;
    const MoveView& m = *view.move;
    const OptionView& o = view.options[m.option];
    return {{"choice", o.id}, {"text", o.text}, {"decider", std::string(idOf(m.decider))},
            {"feedback", m.feedback}, {"reasons", m.reasons}, {"happened", linesJson(m.happened)}};
}

struct ErrorText {
    std::string_view id, de, en;
};

// Every error a phone or the remote can get, in words for the person holding it.
constexpr std::array<ErrorText, 21> kErrors{{
    {"wrong-room", "Dieser Raumcode stimmt nicht. Bitte prüfen Sie ihn auf der Leinwand.",
     "That room code is not right. Please check it on the projector."},
    {"slow-down", "Zu viele falsche Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.",
     "Too many wrong attempts. Please wait a moment, then try again."},
    {"room-full", "Der Raum ist voll: Es können keine weiteren Handys teilnehmen.", "The room is full: no more phones can join."},
    {"no-token", "Bitte treten Sie zuerst dem Raum bei.", "Please join the room first."},
    {"bad-token", "Ihre Teilnahme gilt nicht mehr (das Seminar wurde neu gestartet). Bitte treten Sie erneut bei.",
     "Your place is no longer valid (the seminar was restarted). Please join again."},
    {"bad-request", "Die Anfrage ist ungültig.", "The request is not valid."},
    {"bad-json", "Die Anfrage ist kein gültiges JSON.", "The request is not valid JSON."},
    {"name-too-long", "Der Name ist zu lang (höchstens 40 Zeichen).", "The name is too long (at most 40 characters)."},
    {"bad-name", "Der Name enthält Steuerzeichen.", "The name contains control characters."},
    {"unknown-team", "Dieses Team gibt es nicht.", "There is no such team."},
    {"no-vote-open", "Gerade ist keine Abstimmung offen.", "No vote is open right now."},
    {"not-offered", "Diese Möglichkeit steht hier nicht zur Wahl.", "That option is not offered here."},
    {"wrong-phase", "Das passt gerade nicht zum Stand der Abstimmung.", "That does not fit the vote's current phase."},
    {"bad-round", "Diese Entscheidung wurde auf diesem Weg noch nicht getroffen.", "That decision has not been taken on this path yet."},
    {"session-ended", "Das Seminar ist beendet.", "The seminar has ended."},
    {"no-pin", "Für die Fernbedienung braucht es die Trainer-PIN.", "The remote needs the trainer PIN."},
    {"wrong-pin", "Die Trainer-PIN stimmt nicht.", "The trainer PIN is not right."},
    {"busy", "Das Seminar antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.",
     "The seminar is not answering right now. Please try again in a moment."},
    {"too-large", "Die Anfrage ist zu groß.", "The request is too large."},
    {"not-found", "Diese Adresse gibt es hier nicht.", "There is nothing at this address."},
    {"internal", "Hier ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.", "Something went wrong here. Please try again."},
}};

} // namespace

json stateJson(const DecisionView& view, Lang lang) {
    json out;
    out["phase"] = std::string(idOf(view.phase));
    out["phaseText"] = std::string(nameOf(view.phase, lang));
    out["round"] = view.round;
    out["team"] = view.teamName.empty() ? json() : json(view.teamName);
    out["branch"] = view.branch;
    out["title"] = view.title;
    out["scene"] = view.scene;
    out["situation"] = linesJson(view.situation);
    out["prompt"] = joined(view.prompt);
    out["promptLines"] = linesJson(view.prompt);
    out["choices"] = choicesJson(view);
    out["myVote"] = nullptr;
    out["voted"] = view.voted;
    out["tally"] = tallyJson(view);
    out["result"] = resultJson(view, lang);
    out["move"] = moveJson(view);
    out["ended"] = view.ended;
    out["sessionEnded"] = view.sessionEnded;
    out["lang"] = std::string(langId(lang));
    return out;
}

json trainerJson(const Session& session, const std::vector<TeamSummary>& teams, const std::vector<DecisionView>& views, Lang lang) {
    json out;
    out["form"] = std::string(idOf(session.form()));
    out["revision"] = session.revision();
    out["ended"] = session.ended();
    out["allEnded"] = session.allEnded();
    out["title"] = views.empty() ? std::string() : views.front().title;
    out["lang"] = std::string(langId(lang));
    json list = json::array();
    for (std::size_t t = 0; t < teams.size(); ++t) {
        const TeamSummary& team = teams[t];
        const DecisionView& view = views[t];
        json entry;
        entry["name"] = team.name.empty() ? json() : json(team.name);
        entry["phase"] = std::string(idOf(team.phase));
        entry["phaseText"] = std::string(nameOf(team.phase, lang));
        entry["round"] = team.round;
        entry["branch"] = team.branch;
        entry["path"] = team.path;
        entry["score"] = static_cast<double>(team.score) / 100.0;
        entry["voted"] = team.voted;
        entry["joined"] = 0; // filled in by the server from its roster
        entry["prompt"] = joined(view.prompt);
        entry["choices"] = choicesJson(view);
        entry["tally"] = tallyJson(view);
        entry["result"] = resultJson(view, lang);
        entry["move"] = view.move ? json(view.options[view.move->option].id) : json();
        list.push_back(std::move(entry));
    }
    out["teams"] = std::move(list);
    return out;
}

json errorJson(std::string_view id, Lang lang) {
    for (const ErrorText& e : kErrors)
        if (e.id == id) return {{"error", std::string(id)}, {"message", std::string(lang == Lang::De ? e.de : e.en)}};
    return {{"error", std::string(id)}, {"message", std::string(lang == Lang::De ? "Das hat nicht geklappt." : "That did not work.")}};
}

Lang requestLanguage(std::string_view langParam, std::string_view acceptLanguage) {
    if (const std::optional<Lang> asked = langFromId(langParam)) return *asked;
    // "en-GB,en;q=0.9,de;q=0.8": the tag with the highest weight that is German or English.
    std::optional<Lang> best;
    double bestWeight = -1;
    std::size_t start = 0;
    while (start <= acceptLanguage.size()) {
        const std::size_t end = std::min(acceptLanguage.find(',', start), acceptLanguage.size());
        std::string_view item = acceptLanguage.substr(start, end - start);
        start = end + 1;
        double weight = 1.0;
        if (const std::size_t q = item.find(";q="); q != std::string_view::npos) {
            weight = std::atof(std::string(item.substr(q + 3)).c_str());
            item = item.substr(0, q);
        }
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        std::string tag;
        for (char c : item.substr(0, 2)) tag += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const std::optional<Lang> lang = tag == "de" ? std::optional<Lang>(Lang::De) : tag == "en" ? std::optional<Lang>(Lang::En) : std::nullopt;
        if (lang && weight > bestWeight) {
            best = lang;
            bestWeight = weight;
        }
        if (end == acceptLanguage.size()) break;
    }
    return best.value_or(Lang::De);
}

} // namespace rapport::phones
