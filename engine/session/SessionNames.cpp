// The ids (files, the phone API) and the words (the trainer's window) of the session's
// vocabulary: phases, actions, deciders, unity, errors.

#include "rapport/session/Session.h"

#include <array>

namespace rapport {
namespace {

struct Named {
    std::string_view id, de, en;
};

constexpr std::array<Named, kPhaseCount> kPhases{{
    {"waiting", "Bereit zur Abstimmung", "Ready to vote"},
    {"voting", "Abstimmung läuft", "Voting"},
    {"closed", "Abstimmung beendet", "Voting closed"},
    {"revealed", "Ergebnis der Abstimmung", "Votes revealed"},
    {"applied", "Folgen", "Consequences"},
    {"ended", "Ende", "Ended"},
}};

constexpr std::array<std::string_view, 7> kActions{"open", "close", "reveal", "apply", "next", "forward", "back"};

constexpr std::array<std::string_view, 4> kDeciders{"none", "majority", "tie", "trainer"};

constexpr std::array<Named, 5> kUnity{{
    {"no-votes", "keine Stimmen", "no votes"},
    {"unanimous", "einstimmig", "unanimous"},
    {"broad", "breite Mehrheit", "broad majority"},
    {"majority", "knappe Mehrheit", "narrow majority"},
    {"split", "gespalten", "divided"},
}};

constexpr std::array<Named, 10> kErrors{{
    {"none", "", ""},
    {"wrong-phase", "Das passt gerade nicht zum Stand der Abstimmung.", "That does not fit the vote's current phase."},
    {"unknown-team", "Dieses Team gibt es nicht.", "There is no such team."},
    {"unknown-line", "Diesen Verlauf gibt es nicht.", "There is no such line of play."},
    {"not-offered", "Diese Möglichkeit steht hier nicht zur Wahl.", "That option is not offered here."},
    {"bad-round", "Diese Entscheidung wurde auf diesem Weg noch nicht getroffen.", "That decision has not been taken on this path yet."},
    {"bad-voter", "Die Stimme hat keinen gültigen Namen.", "The vote has no valid voter name."},
    {"original-line", "Den ursprünglichen Verlauf eines Teams kann man nicht schließen.", "A team's original line cannot be closed."},
    {"line-closed", "Dieser Verlauf ist geschlossen.", "That line of play is closed."},
    {"session-ended", "Das Seminar ist beendet.", "The seminar has ended."},
}};

} // namespace

std::string_view idOf(Phase phase) { return kPhases[static_cast<std::size_t>(phase)].id; }

std::optional<Phase> phaseFromId(std::string_view id) {
    for (std::size_t i = 0; i < kPhases.size(); ++i)
        if (kPhases[i].id == id) return static_cast<Phase>(i);
    return std::nullopt;
}

std::string_view nameOf(Phase phase, Lang lang) {
    const Named& n = kPhases[static_cast<std::size_t>(phase)];
    return lang == Lang::De ? n.de : n.en;
}

std::string_view idOf(Decider decider) { return kDeciders[static_cast<std::size_t>(decider)]; }

std::optional<Decider> deciderFromId(std::string_view id) {
    for (std::size_t i = 0; i < kDeciders.size(); ++i)
        if (kDeciders[i] == id) return static_cast<Decider>(i);
    return std::nullopt;
}

std::string_view idOf(SessionForm form) { return form == SessionForm::Plenary ? "plenary" : "teams"; }

std::string_view idOf(Unity unity) { return kUnity[static_cast<std::size_t>(unity)].id; }

std::string_view nameOf(Unity unity, Lang lang) {
    const Named& n = kUnity[static_cast<std::size_t>(unity)];
    return lang == Lang::De ? n.de : n.en;
}

std::string_view idOf(PhaseAction action) { return kActions[static_cast<std::size_t>(action)]; }

std::optional<PhaseAction> phaseActionFromId(std::string_view id) {
    for (std::size_t i = 0; i < kActions.size(); ++i)
        if (kActions[i] == id) return static_cast<PhaseAction>(i);
    return std::nullopt;
}

std::string_view idOf(SessionError error) { return kErrors[static_cast<std::size_t>(error)].id; }

std::string_view describe(SessionError error, Lang lang) {
    const Named& n = kErrors[static_cast<std::size_t>(error)];
    return lang == Lang::De ? n.de : n.en;
}

} // namespace rapport
