// Checks over the loaded scenario as a whole: reachability from the start, tracking slots for
// visited()/chose(), and start relationships the model cannot carry.

#include "load/Loader.h"
#include "rapport/model/Model.h"
#include "rapport/model/ModelConstants.h"
#include "rapport/core/ScenarioGraph.h"
#include "rapport/core/State.h"
#include "rapport/core/TimeUnits.h"

namespace rapport::detail {

void Loader::checkReachable() {
    const std::uint32_t startNode = m_tree.find(m_tree.root(), "start");
    if (m_brokenGraph || m_sc.nodes.empty() || startNode == kNoJson || !m_tree.isString(startNode) ||
        m_nodes.index.count(std::string(m_tree.string(startNode))) == 0)
        return; // a missing or unknown node is reported already; much would look unreachable
    // A graph pass over every static successor, as an author reads the file.
    const std::vector<bool> seen = reachableFrom(m_sc, m_sc.start);
    const std::string& start = m_sc.nodes[m_sc.start].id;
    for (std::size_t i = 0; i < m_sc.nodes.size(); ++i) {
        // A node without a valid id of its own already has an error; no warning on top.
        if (seen[i] || m_sc.nodes[i].id.empty()) continue;
        const std::uint32_t at = i < m_nodes.where.size() && m_nodes.where[i] != kNoJson ? m_nodes.where[i] : m_nodeJson[i];
        const std::string& name = m_sc.nodes[i].id;
        warning(at, "unreachable",
                {"The node " + qEn(name) + " cannot be reached from the start " + qEn(start) + ".",
                 "Der Knoten " + qDe(name) + " ist vom Start " + qDe(start) + " aus nicht erreichbar."});
    }
}

void Loader::assignTrackingSlots() {
    m_sc.choiceTrackingSlot.assign(m_sc.choices.size(), kNone);
    for (ExprNode& e : m_sc.expressions) {
        if (e.op == ExprOp::Visited && e.a < m_sc.nodes.size()) {
            std::uint32_t& slot = m_sc.nodes[e.a].trackingSlot;
            if (slot == kNone) slot = m_sc.trackingSlots++;
            e.b = slot;
        } else if (e.op == ExprOp::Chose && e.a < m_sc.choices.size()) {
            std::uint32_t& slot = m_sc.choiceTrackingSlot[e.a];
            if (slot == kNone) slot = m_sc.trackingSlots++;
            e.b = slot;
        }
    }
}

void Loader::completeStarts() {
    for (std::size_t i = 0; i < m_sc.personas.size() && i < m_startJson.size(); ++i) {
        StartRelationship& s = m_sc.personas[i].start;
        const auto stage = static_cast<std::size_t>(s.stage);
        // The format promises: encounters default to the minimum the stage needs, half of them
        // face to face, and a history as long as the stage typically takes.
        if (!m_encountersGiven[i]) s.encounters = model::kStageRules[stage].encounters;
        if (!m_knownForGiven[i]) s.knownFor = model::kStageKnownForDays[stage] * kMinutesPerDay;
        if (!m_inPersonGiven[i]) {
            s.inPerson = s.encounters / 2;
        } else if (s.inPerson > s.encounters) {
            const std::string all = std::to_string(s.encounters);
            error(m_tree.find(m_startJson[i], "inPerson"), "out-of-range",
                  {"“inPerson” counts the encounters that were face to face, so it cannot be more than the " + all +
                       " encounters in all. Raise “encounters” or lower “inPerson”.",
                   "„inPerson“ zählt die persönlichen Begegnungen und kann daher nicht größer sein als alle " + all +
                       " Begegnungen zusammen. Erhöhen Sie „encounters“ oder senken Sie „inPerson“."});
        }
    }
}

void Loader::checkStartStages() {
    for (std::size_t i = 0; i < m_sc.personas.size() && i < m_startJson.size(); ++i) {
        StartRelationship& s = m_sc.personas[i].start;
        const auto& rule = model::kStageRules[static_cast<std::size_t>(s.stage)];
        if (!m_stageGiven[i] || s.stage == Stage::Stranger) continue;
        PersonaState ps;
        for (std::size_t d = 0; d < ps.dims.size(); ++d) ps.dims[d] = s.dimensions[d] * kScale;
        ps.encounters = s.encounters;
        const Stage carried = stageOf(ps);
        if (carried >= s.stage) continue;
        const std::string quality = std::to_string(qualityOf(ps) / kScale);
        const std::string needs = std::to_string(rule.quality);
        const std::string encounters = std::to_string(rule.encounters);
        const std::string has = std::to_string(s.encounters);
        std::string en = "These start values carry only the stage " + qEn(idOf(carried)) + " (quality " + quality +
                         ", " + has + (s.encounters == 1 ? " encounter); " : " encounters); ") + qEn(idOf(s.stage)) +
                         " needs quality " + needs + " and " + encounters +
                         (rule.encounters == 1 ? " encounter" : " encounters");
        std::string de = "Diese Startwerte tragen nur die Stufe " + qDe(idOf(carried)) + " (Qualität " + quality +
                         ", " + has + (s.encounters == 1 ? " Begegnung); " : " Begegnungen); ") + qDe(idOf(s.stage)) +
                         " braucht Qualität " + needs + " und " + encounters +
                         (rule.encounters == 1 ? " Begegnung" : " Begegnungen");
        if (rule.gegenseitigkeit > 0) {
            en += ", gegenseitigkeit " + std::to_string(rule.gegenseitigkeit);
            de += ", Gegenseitigkeit " + std::to_string(rule.gegenseitigkeit);
        }
        en += ". Quality is the mean of the six dimensions, pulled halfway down to the weakest.";
        de += ". Die Qualität ist der Mittelwert der sechs Dimensionen, halb zur schwächsten hin gezogen.";
        warning(m_tree.find(m_startJson[i], "stage"), "start-stage", {std::move(en), std::move(de)});
    }
}

} // namespace rapport::detail
