// The trainer's material a scenario may carry besides the story: seminar cuts (named starts inside
// the file) and discussion questions on decisions. The guide is one text (loadTop). None of it
// changes how the scenario plays from its start.

#include "load/Loader.h"
#include "rapport/play/StartPoint.h"

namespace rapport::detail {
namespace {

constexpr std::size_t kMaxSeminarCuts = 8;
constexpr std::size_t kMaxDiscussionQuestions = 5;
constexpr std::size_t kMaxCutAssignments = 64;

} // namespace

void Loader::loadSeminarCuts(std::uint32_t json) {
    const std::vector<std::uint32_t> list = elements(json);
    if (list.size() > kMaxSeminarCuts)
        error(json, "too-many-cuts", {"A scenario offers at most " + std::to_string(kMaxSeminarCuts) + " seminar cuts.",
                                      "Ein Szenario bietet höchstens " + std::to_string(kMaxSeminarCuts) + " Seminarfassungen an."});
    for (std::size_t i = 0; i < list.size() && i < kMaxSeminarCuts; ++i) {
        const std::uint32_t c = list[i];
        if (!checkObject(c, {"id", "name", "description", "start", "set"})) continue;
        SeminarCutDef cut;
        if (const std::uint32_t n = field(c, "id", true); n != kNoJson)
            if (const auto v = id(n)) {
                cut.id = std::string(*v);
                for (const SeminarCutDef& other : m_sc.seminarCuts)
                    if (other.id == cut.id)
                        error(n, "duplicate-id", {"The seminar cut " + qEn(cut.id) + " is defined twice.",
                                                  "Die Seminarfassung " + qDe(cut.id) + " ist doppelt definiert."});
            }
        if (const std::uint32_t n = field(c, "name", true); n != kNoJson) cut.name = text(n);
        if (const std::uint32_t n = field(c, "description"); n != kNoJson) cut.description = text(n);
        if (const std::uint32_t n = field(c, "start", true); n != kNoJson) cut.start = nodeRef(n).value_or(kNone);
        std::uint32_t setJson = kNoJson;
        if (const std::uint32_t n = field(c, "set"); n != kNoJson) {
            const std::vector<std::uint32_t> values = elements(n);
            if (values.size() > kMaxCutAssignments)
                error(n, "too-many-values", {"A seminar cut sets at most " + std::to_string(kMaxCutAssignments) + " values.",
                                             "Eine Seminarfassung setzt höchstens " + std::to_string(kMaxCutAssignments) + " Werte."});
            for (std::size_t k = 0; k < values.size() && k < kMaxCutAssignments; ++k)
                if (expectType(values[k], JsonType::String)) cut.set.emplace_back(m_tree.string(values[k]));
            setJson = n;
        }
        if (cut.start != kNone && m_sc.nodes[cut.start].kind != NodeKind::Decision && m_sc.nodes[cut.start].kind != NodeKind::Narration &&
            m_sc.nodes[cut.start].kind != NodeKind::Line)
            error(field(c, "start"), "cut-start",
                  {"A seminar cut starts at a decision or at story that leads to one, not at " + qEn(m_sc.nodes[cut.start].id) + ".",
                   "Eine Seminarfassung beginnt an einer Entscheidung oder an Erzähltext, der zu einer führt, nicht an " +
                       qDe(m_sc.nodes[cut.start].id) + "."});
        m_sc.seminarCuts.push_back(std::move(cut));
        m_cutSetJson.push_back(setJson);
    }
}

void Loader::checkSeminarCuts() {
    for (std::size_t i = 0; i < m_sc.seminarCuts.size(); ++i) {
        const SeminarCutDef& cut = m_sc.seminarCuts[i];
        if (cut.set.empty() || cut.start == kNone) continue;
        // The same reading as `rapport play --from NODE --set ...`: one rule, told in both languages.
        const StartPointResult de = parseStartPoint(m_sc, m_sc.nodes[cut.start].id, cut.set, Lang::De);
        const StartPointResult en = parseStartPoint(m_sc, m_sc.nodes[cut.start].id, cut.set, Lang::En);
        for (std::size_t k = 0; k < de.errors.size() && k < en.errors.size(); ++k)
            error(m_cutSetJson[i], "cut-value", {"Seminar cut " + qEn(cut.id) + ": " + en.errors[k],
                                                 "Seminarfassung " + qDe(cut.id) + ": " + de.errors[k]});
    }
}

void Loader::loadDiscussion(std::uint32_t json, Node& n) {
    const std::vector<std::uint32_t> list = elements(json, 1);
    if (list.size() > kMaxDiscussionQuestions)
        error(json, "too-many-questions",
              {"A decision carries at most " + std::to_string(kMaxDiscussionQuestions) + " discussion questions.",
               "Eine Entscheidung trägt höchstens " + std::to_string(kMaxDiscussionQuestions) + " Diskussionsfragen."});
    for (std::size_t i = 0; i < list.size() && i < kMaxDiscussionQuestions; ++i)
        if (const TextId t = text(list[i]); t != kNone) n.discuss.push_back(t);
}

} // namespace rapport::detail
