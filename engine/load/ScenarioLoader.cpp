// Reading a scenario file: IO problems, the JSON syntax, then the Loader's one pass over the
// document (top level, player, topics, variables, personas here; nodes in Nodes.cpp; what format 2
// adds in Format2.cpp).

#include "rapport/load/ScenarioLoader.h"

#include "load/JsonTree.h"
#include "load/Loader.h"
#include "rapport/core/State.h"
#include "rapport/model/ModelConstants.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace rapport {
namespace detail {
namespace {

constexpr std::array<std::string_view, 3> kLevelIds{"beginner", "intermediate", "advanced"};

// Names a variable may not take: they mean something else in expressions.
bool reservedName(std::string_view name) {
    static constexpr std::array<std::string_view, 12> kKeywords{
        "and", "or", "not", "true", "false", "time", "days", "budget", "known", "visited", "chose", "linked"};
    return std::find(kKeywords.begin(), kKeywords.end(), name) != kKeywords.end() || dimensionFromId(name) ||
           stageFromId(name);
}

// A result in hundredths as the file writes it: "48.65", "48.5", "48".
std::string formatHundredths(std::int64_t v) {
    std::string out = std::to_string(v / kScale);
    if (const std::int64_t rest = v % kScale; rest != 0) {
        out += '.' + std::to_string(rest / 10);
        if (rest % 10 != 0) out += std::to_string(rest % 10);
    }
    return out;
}

bool isColour(std::string_view s) {
    if (s.size() != 7 || s[0] != '#') return false;
    return std::all_of(s.begin() + 1, s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

void Loader::run() {
    const std::uint32_t root = m_tree.root();
    if (!m_tree.isObject(root)) {
        error(root, "wrong-type", {"A scenario file must contain one object { … }.",
                                   "Eine Szenario-Datei muss ein Objekt { … } enthalten."});
        return;
    }
    // The format comes first: a file from a newer version is not judged by rules it doesn't follow.
    const std::uint32_t format = field(root, "format", true);
    if (format != kNoJson && expectType(format, JsonType::Integer)) {
        const std::int64_t v = m_tree.integer(format);
        if (v > 2) {
            error(format, "unsupported-format",
                  {"This file is written in format " + std::to_string(v) +
                       ", which this version of Rapport does not know yet (it reads formats 1 and 2). Please update "
                       "Rapport.",
                   "Diese Datei ist im Format " + std::to_string(v) +
                       " geschrieben, das diese Version von Rapport noch nicht kennt (sie liest die Formate 1 und 2). "
                       "Bitte aktualisieren Sie Rapport."});
            return;
        }
        if (v < 1) {
            error(format, "unsupported-format", {"Unknown format " + std::to_string(v) + ": write \"format\": 2.",
                                                 "Unbekanntes Format " + std::to_string(v) + ": Schreiben Sie \"format\": 2."});
            return;
        }
        m_sc.format = static_cast<int>(v);
    }
    m_symbols.format = m_sc.format;
    m_sc.texts.reserve(m_tree.germanKeyCount() + 8);
    collectIds(root);
    loadTop(root);
    checkReachable();
    carryChannels();
    assignTrackingSlots();
    completeStarts();
    checkStartStages();
    checkSeminarCuts();
    if (m_lintTexts) {
        lintTexts();
        lintUnmetNames();
    }
    assignWork();
}

void Loader::registerId(IdTable& table, std::uint32_t idNode, std::uint32_t index, const Words& kind) {
    const std::optional<std::string_view> name = id(idNode);
    if (table.where.size() <= index) table.where.resize(index + 1, kNoJson);
    if (!name) return;
    const auto [it, added] = table.index.emplace(std::string(*name), index);
    if (!added) {
        // Past the report's cap the problem is only counted: no line to look up.
        const std::string line = quiet() ? std::string("?") : std::to_string(lineOf(table.where[it->second]));
        error(idNode, "duplicate-id",
              {"The " + kind.en + " id " + qEn(*name) + " is already used (line " + line + "); ids must be unique.",
               "Die " + kind.de + " " + qDe(*name) + " ist bereits vergeben (Zeile " + line +
                   "); Kennungen müssen eindeutig sein."});
        return;
    }
    table.where[index] = idNode;
}

void Loader::collectIds(std::uint32_t root) {
    const std::uint32_t topics = m_tree.find(root, "topics");
    if (topics != kNoJson && expectType(topics, JsonType::Object)) {
        const std::uint32_t first = m_tree.firstMember(topics);
        for (std::uint32_t m = first; m < first + m_tree.memberCount(topics); ++m) {
            const auto index = static_cast<std::uint32_t>(m_sc.topics.size());
            m_sc.topics.push_back(Topic{std::string(m_tree.key(m)), kNone});
            m_topics.index.emplace(std::string(m_tree.key(m)), index);
            m_topics.where.push_back(m_tree.member(m).value);
        }
    }
    const std::uint32_t variables = m_tree.find(root, "variables");
    if (variables != kNoJson && expectType(variables, JsonType::Object)) {
        const std::uint32_t first = m_tree.firstMember(variables);
        for (std::uint32_t m = first; m < first + m_tree.memberCount(variables); ++m) {
            const std::string_view name = m_tree.key(m);
            bool ok = !name.empty() && name.front() >= 'a' && name.front() <= 'z';
            for (char c : name) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
            if (!ok) {
                errorAtKey(m, "invalid-id", {qEn(name) + " is not a valid variable name: use lower-case letters, "
                                                         "digits, “-” and “_”, starting with a letter.",
                                             qDe(name) + " ist kein gültiger Variablenname: Erlaubt sind "
                                                         "Kleinbuchstaben, Ziffern, „-“ und „_“, am Anfang ein "
                                                         "Buchstabe."});
                continue;
            }
            if (reservedName(name)) {
                errorAtKey(m, "reserved-name",
                           {qEn(name) + " cannot be a variable name: it already means a dimension, a stage or a "
                                        "keyword in conditions. Choose another name.",
                            qDe(name) + " kann kein Variablenname sein: Das Wort bezeichnet in Bedingungen schon eine "
                                        "Dimension, eine Stufe oder ein Schlüsselwort. Wählen Sie einen anderen "
                                        "Namen."});
                continue;
            }
            const std::uint32_t value = m_tree.member(m).value;
            const std::optional<std::int64_t> start = integer(value, -1000000000, 1000000000);
            const auto index = static_cast<std::uint32_t>(m_sc.variableNames.size());
            m_sc.variableNames.emplace_back(name);
            m_sc.variableStart.push_back(start.value_or(0));
            m_variables.index.emplace(std::string(name), index);
            m_variables.where.push_back(value);
        }
    }
    const std::uint32_t personas = m_tree.find(root, "personas");
    if (personas != kNoJson && m_tree.isArray(personas)) {
        for (std::uint32_t i = 0; i < m_tree.memberCount(personas); ++i) {
            const std::uint32_t p = m_tree.element(personas, i);
            const auto index = static_cast<PersonaIndex>(m_sc.personas.size());
            m_sc.personas.emplace_back();
            m_personaJson.push_back(p);
            if (!m_tree.isObject(p)) continue;
            const std::uint32_t idNode = m_tree.find(p, "id");
            if (idNode != kNoJson) {
                registerId(m_personas, idNode, index, {"persona", "Personen-Kennung"});
                if (m_personas.where[index] == idNode) m_sc.personas[index].id = m_tree.string(idNode);
            }
            const std::uint32_t facts = m_tree.find(p, "facts");
            if (facts == kNoJson || !m_tree.isArray(facts)) continue;
            for (std::uint32_t k = 0; k < m_tree.memberCount(facts); ++k) {
                const std::uint32_t f = m_tree.element(facts, k);
                const auto factIndex = static_cast<std::uint32_t>(m_sc.facts.size());
                m_sc.facts.emplace_back();
                m_sc.facts.back().persona = index;
                m_factJson.push_back(f);
                const std::uint32_t factId = m_tree.find(f, "id");
                if (factId == kNoJson) continue;
                registerId(m_facts, factId, factIndex, {"fact", "Fakten-Kennung"});
                if (m_facts.where[factIndex] == factId) m_sc.facts[factIndex].id = m_tree.string(factId);
            }
        }
    }
    const std::uint32_t nodes = m_tree.find(root, "nodes");
    if (nodes != kNoJson && m_tree.isArray(nodes)) {
        // Count first so the vectors of nodes and choices are allocated once.
        std::size_t choiceCount = 0;
        for (std::uint32_t i = 0; i < m_tree.memberCount(nodes); ++i) {
            const std::uint32_t choices = m_tree.find(m_tree.element(nodes, i), "choices");
            if (choices != kNoJson && m_tree.isArray(choices)) choiceCount += m_tree.memberCount(choices);
        }
        m_sc.nodes.reserve(m_tree.memberCount(nodes));
        m_nodeJson.reserve(m_tree.memberCount(nodes));
        m_nodes.index.reserve(m_tree.memberCount(nodes));
        m_nodes.where.reserve(m_tree.memberCount(nodes));
        m_sc.choices.reserve(choiceCount);
        m_choiceJson.reserve(choiceCount);
        m_choices.index.reserve(choiceCount);
        m_choices.where.reserve(choiceCount);
        for (std::uint32_t i = 0; i < m_tree.memberCount(nodes); ++i) {
            const std::uint32_t n = m_tree.element(nodes, i);
            const auto index = static_cast<NodeIndex>(m_sc.nodes.size());
            m_sc.nodes.emplace_back();
            m_nodeJson.push_back(n);
            if (!m_tree.isObject(n)) continue;
            const std::uint32_t idNode = m_tree.find(n, "id");
            if (idNode != kNoJson) {
                registerId(m_nodes, idNode, index, {"node", "Knoten-Kennung"});
                if (m_nodes.where[index] == idNode) m_sc.nodes[index].id = m_tree.string(idNode);
            }
            const std::uint32_t choices = m_tree.find(n, "choices");
            if (choices == kNoJson || !m_tree.isArray(choices)) continue;
            for (std::uint32_t k = 0; k < m_tree.memberCount(choices); ++k) {
                const std::uint32_t c = m_tree.element(choices, k);
                const auto choiceIndex = static_cast<ChoiceIndex>(m_sc.choices.size());
                m_sc.choices.emplace_back();
                m_sc.choices.back().node = index;
                m_sc.nodes[index].choices.push_back(choiceIndex);
                m_choiceJson.push_back(c);
                const std::uint32_t choiceId = m_tree.find(c, "id");
                if (choiceId == kNoJson) continue;
                registerId(m_choices, choiceId, choiceIndex, {"choice", "Auswahl-Kennung"});
                if (m_choices.where[choiceIndex] == choiceId) m_sc.choices[choiceIndex].id = m_tree.string(choiceId);
            }
        }
    }
}

void Loader::loadTop(std::uint32_t root) {
    checkObject(root, {"$schema", "format", "id", "title", "summary", "goals", "level", "minutes", "principles",
                       "player", "topics", "variables", "researchBudget", "calibration", "personas", "network", "start",
                       "nodes", "guide", "seminarCuts"});
    if (const std::uint32_t schema = field(root, "$schema"); schema != kNoJson)
        if (const auto ref = string(schema)) checkSchemaReference(schema, *ref);
    if (const std::uint32_t n = field(root, "id", true); n != kNoJson)
        if (const auto v = id(n)) m_sc.id = *v;
    if (const std::uint32_t n = field(root, "title", true); n != kNoJson) m_sc.title = text(n);
    if (const std::uint32_t n = field(root, "summary", true); n != kNoJson) m_sc.summary = text(n);
    if (const std::uint32_t n = field(root, "goals", true); n != kNoJson)
        for (std::uint32_t g : elements(n, 1))
            if (const TextId t = text(g); t != kNone) m_sc.goals.push_back(t);
    if (const std::uint32_t n = field(root, "level", true); n != kNoJson)
        if (const auto v = vocabulary<Level>(n, kLevelIds, {"level", "Die Stufe"})) m_sc.level = *v;
    if (const std::uint32_t n = field(root, "minutes", true); n != kNoJson)
        if (const auto v = integer(n, 1, 600)) m_sc.minutes = static_cast<int>(*v);
    if (const std::uint32_t n = field(root, "principles", true); n != kNoJson)
        for (std::uint32_t p : elements(n))
            if (const auto v = vocabulary<Principle>(p, principleIds(), {"principle", "Das Prinzip"}))
                m_sc.principles.push_back(*v);
    if (const std::uint32_t n = field(root, "player", true); n != kNoJson) loadPlayer(n);
    if (const std::uint32_t n = field(root, "topics"); n != kNoJson) loadTopics(n);
    if (const std::uint32_t n = field(root, "researchBudget"); n != kNoJson)
        if (const auto v = duration(n)) m_sc.researchBudget = *v;
    if (const std::uint32_t n = field(root, "calibration"); n != kNoJson) loadCalibration(n);
    if (const std::uint32_t n = field(root, "personas", true); n != kNoJson) {
        const std::vector<std::uint32_t> list = elements(n, 1);
        if (list.size() > static_cast<std::size_t>(kMaxPersonas))
            error(n, "too-many-personas", {"A scenario may have at most " + std::to_string(kMaxPersonas) + " personas.",
                                           "Ein Szenario darf höchstens " + std::to_string(kMaxPersonas) +
                                               " Personen haben."});
        for (std::size_t i = 0; i < list.size(); ++i) loadPersona(list[i], static_cast<PersonaIndex>(i));
    }
    for (std::size_t f = 0; f < m_factJson.size(); ++f) {
        const std::uint32_t node = m_factJson[f];
        if (!checkObject(node, {"id", "text", "topic"})) continue;
        (void)field(node, "id", true);
        Fact& fact = m_sc.facts[f];
        if (const std::uint32_t t = field(node, "text", true); t != kNoJson) fact.text = text(t);
        if (const std::uint32_t t = field(node, "topic"); t != kNoJson)
            fact.topic = reference(t, m_topics, "unknown-topic", {"topic", "Das Thema"}).value_or(kNone);
        if (fact.persona < m_sc.personas.size()) m_sc.personas[fact.persona].facts.push_back(static_cast<std::uint32_t>(f));
    }
    if (const std::uint32_t n = field(root, "network"); n != kNoJson) loadNetwork(n);
    if (const std::uint32_t n = field(root, "nodes", true); n != kNoJson) {
        const std::vector<std::uint32_t> list = elements(n, 1);
        for (std::size_t i = 0; i < list.size(); ++i) loadNode(list[i], static_cast<NodeIndex>(i));
    }
    if (const std::uint32_t n = field(root, "start", true); n != kNoJson)
        if (const auto v = nodeRef(n)) m_sc.start = *v;
    if (const std::uint32_t n = field(root, "guide"); n != kNoJson) m_sc.guide = text(n);
    if (const std::uint32_t n = field(root, "seminarCuts"); n != kNoJson) loadSeminarCuts(n);
}

void Loader::checkSchemaReference(std::uint32_t node, std::string_view ref) {
    // Only a file read from disk has a folder to resolve against; web addresses are the editor's business.
    if (!m_folder || ref.empty() || ref.find("://") != std::string_view::npos || ref.size() > 4096) return;
    std::error_code ec;
    const std::filesystem::path target = std::filesystem::path(ref).is_absolute() ? std::filesystem::path(ref) : *m_folder / std::string(ref);
    if (std::filesystem::is_regular_file(target, ec)) return;
    warning(node, "schema-not-found",
            {"“$schema” points to " + qEn(ref) + ", which is not there: editors cannot check the file or complete it. The "
             "schema comes with Rapport as scenarios/rapport-scenario.schema.json.",
             "„$schema“ verweist auf " + qDe(ref) + ", das es dort nicht gibt: Editoren können die Datei so weder prüfen "
             "noch ergänzen. Das Schema liegt Rapport als scenarios/rapport-scenario.schema.json bei."});
}

std::optional<std::int64_t> Loader::resultPoints(std::uint32_t node, std::string_view name) {
    const JsonType type = m_tree.type(node);
    const Words must{"In “calibration”, " + qEn(name) + " must be a result in points from 0 to 100 with at most two "
                     "decimals, such as 48.65.",
                     "In „calibration“ muss " + qDe(name) + " ein Ergebnis in Punkten von 0 bis 100 mit höchstens zwei "
                     "Nachkommastellen sein, etwa 48.65."};
    if (type != JsonType::Integer && type != JsonType::Float) {
        error(node, "wrong-type", must);
        return std::nullopt;
    }
    const double points = m_tree.real(node);
    const double hundredths = points * kScale;
    const auto rounded = static_cast<std::int64_t>(hundredths < 0 ? hundredths - 0.5 : hundredths + 0.5);
    if (points < 0 || points > 100 || std::abs(hundredths - static_cast<double>(rounded)) > 1e-6) {
        error(node, "out-of-range", must);
        return std::nullopt;
    }
    return rounded;
}

void Loader::loadCalibration(std::uint32_t node) {
    static constexpr std::array<std::string_view, 3> kNames{"worst", "par", "best"};
    std::array<std::uint32_t, 3> values{};
    if (!readFields(node, kNames.data(), kNames.size(), values.data())) return;
    std::array<std::optional<std::int64_t>, 3> read;
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (required(node, values[i], kNames[i]) != kNoJson) read[i] = resultPoints(values[i], kNames[i]);
    if (!read[0] || !read[1] || !read[2]) return;
    // The score rises from worst through par to best; equal anchors would leave a stretch undefined.
    for (std::size_t i = 0; i + 1 < kNames.size(); ++i) {
        if (*read[i] < *read[i + 1]) continue;
        const std::string low = formatHundredths(*read[i]), high = formatHundredths(*read[i + 1]);
        error(values[i + 1], "calibration-order",
              {"In “calibration” the results must rise from “worst” to “par” to “best”: here " + qEn(kNames[i + 1]) +
                   " (" + high + ") is not above " + qEn(kNames[i]) + " (" + low + ").",
               "In „calibration“ müssen die Ergebnisse von „worst“ über „par“ zu „best“ steigen: Hier liegt " +
                   qDe(kNames[i + 1]) + " (" + high + ") nicht über " + qDe(kNames[i]) + " (" + low + ")."});
        return;
    }
    m_sc.calibration = Calibration{*read[0], *read[1], *read[2]};
}

void Loader::loadPlayer(std::uint32_t node) {
    if (!checkObject(node, {"name", "role", "company", "offer"})) return;
    if (const std::uint32_t n = field(node, "name", true); n != kNoJson)
        if (const auto v = string(n)) m_sc.player.name = *v;
    if (const std::uint32_t n = field(node, "role", true); n != kNoJson) m_sc.player.role = text(n);
    if (const std::uint32_t n = field(node, "company", true); n != kNoJson)
        if (const auto v = string(n)) m_sc.player.company = *v;
    if (const std::uint32_t n = field(node, "offer", true); n != kNoJson) m_sc.player.offer = text(n);
}

void Loader::loadTopics(std::uint32_t node) {
    if (!m_tree.isObject(node)) return; // reported while collecting ids
    const std::uint32_t first = m_tree.firstMember(node);
    for (std::uint32_t m = first; m < first + m_tree.memberCount(node); ++m) {
        const std::string_view name = m_tree.key(m);
        bool ok = !name.empty() && name.front() >= 'a' && name.front() <= 'z';
        for (char c : name) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
        if (!ok)
            errorAtKey(m, "invalid-id", {qEn(name) + " is not a valid topic id: use lower-case letters, digits, “-” "
                                                     "and “_”, starting with a letter.",
                                         qDe(name) + " ist keine gültige Themen-Kennung: Erlaubt sind "
                                                     "Kleinbuchstaben, Ziffern, „-“ und „_“, am Anfang ein Buchstabe."});
        m_sc.topics[m - first].label = text(m_tree.member(m).value);
    }
}

std::vector<std::uint32_t> Loader::topicList(std::uint32_t node) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t t : elements(node))
        if (const auto v = reference(t, m_topics, "unknown-topic", {"topic", "Das Thema"})) out.push_back(*v);
    return out;
}

void Loader::loadPersona(std::uint32_t node, PersonaIndex index) {
    if (!checkObject(node, {"id", "name", "address", "role", "company", "traits", "interests", "concerns", "needs",
                            "offers", "channel", "facts", "start", "weight", "look",
                            "avoids", "colleague", "routine", "giftPolicy", "tender"},
                     false, 15))
        return;
    Persona& p = m_sc.personas[index];
    (void)field(node, "id", true); // its value was checked while collecting ids
    if (const std::uint32_t n = field(node, "name", true); n != kNoJson) loadPersonaName(n, p);
    if (const std::uint32_t n = field(node, "address", true); n != kNoJson) {
        m_inAddress = true;
        p.address = text(n);
        m_inAddress = false;
    }
    if (const std::uint32_t n = field(node, "role", true); n != kNoJson) p.role = text(n);
    if (const std::uint32_t n = field(node, "company", true); n != kNoJson)
        if (const auto v = string(n)) p.company = *v;
    if (const std::uint32_t n = field(node, "traits"); n != kNoJson)
        for (std::uint32_t t : elements(n))
            if (const auto v = vocabulary<Trait>(t, traitIds(), {"trait", "Die Eigenschaft"}))
                p.traits |= 1u << static_cast<unsigned>(*v);
    if (const std::uint32_t n = field(node, "interests"); n != kNoJson) p.interests = topicList(n);
    if (const std::uint32_t n = field(node, "concerns"); n != kNoJson) p.concerns = topicList(n);
    if (const std::uint32_t n = field(node, "needs"); n != kNoJson) p.needs = topicList(n);
    if (const std::uint32_t n = field(node, "offers"); n != kNoJson) p.offers = topicList(n);
    if (const std::uint32_t n = field(node, "channel"); n != kNoJson) {
        if (const auto v = vocabulary<Channel>(n, channelIds(), {"channel", "Der Kanal"})) p.channel = *v;
    } else if (format2()) {
        p.hasPreferredChannel = false; // format 2: no `channel`, no preference (format 1 meant face to face)
    }
    if (const std::uint32_t n = field(node, "facts"); n != kNoJson) (void)elements(n); // entries: loadTop
    if (const std::uint32_t n = field(node, "weight"); n != kNoJson)
        if (const auto v = integer(n, 0, 100)) p.weight = static_cast<int>(*v);
    if (const std::uint32_t n = field(node, "look"); n != kNoJson && checkObject(n, {"hair", "skin", "clothes"})) {
        for (auto [name, slot] : {std::pair<const char*, std::uint32_t*>{"hair", &p.look.hair},
                                  {"skin", &p.look.skin}, {"clothes", &p.look.clothes}}) {
            const std::uint32_t c = field(n, name);
            if (c == kNoJson) continue;
            const auto s = string(c);
            if (!s) continue;
            if (!isColour(*s)) {
                error(c, "bad-colour", {"Write a colour as \"#rrggbb\", for example \"#5a4632\".",
                                        "Schreiben Sie eine Farbe als \"#rrggbb\", zum Beispiel \"#5a4632\"."});
                continue;
            }
            *slot = static_cast<std::uint32_t>(std::stoul(std::string(s->substr(1)), nullptr, 16));
        }
    }
    if (format2()) loadPersonaFormat2(node, p);
    m_startJson.resize(m_sc.personas.size(), kNoJson);
    m_stageGiven.resize(m_sc.personas.size(), false);
    m_encountersGiven.resize(m_sc.personas.size(), false);
    m_inPersonGiven.resize(m_sc.personas.size(), false);
    m_knownForGiven.resize(m_sc.personas.size(), false);
    // Format 2: a person met for the first time starts at the neutral levels, not at 20 everywhere.
    if (format2()) p.start.dimensions = model::kNeutral;
    if (const std::uint32_t n = field(node, "start"); n != kNoJson) {
        m_startJson[index] = n;
        const std::size_t before = problems();
        loadStart(n, p);
        // With a wrong start value the stage check would judge numbers the author never meant.
        m_stageGiven[index] = m_tree.find(n, "stage") != kNoJson && problems() == before;
        m_encountersGiven[index] = m_tree.find(n, "encounters") != kNoJson;
        m_inPersonGiven[index] = format2() && m_tree.find(n, "inPerson") != kNoJson;
        m_knownForGiven[index] = format2() && m_tree.find(n, "knownFor") != kNoJson;
    }
}

void Loader::loadPersonaName(std::uint32_t node, Persona& p) {
    if (m_tree.type(node) == JsonType::String) {
        p.names.fill(std::string(m_tree.string(node)));
        return;
    }
    if (m_tree.type(node) != JsonType::Object) {
        error(node, "wrong-type",
              {"Write a person's name as a string (\"Dr. Jana Weber\") or, in format 2, one per language: "
               "{\"de\": \"Dr. Jana Weber\", \"en\": \"Dr Jana Weber\"}.",
               "Schreiben Sie den Namen einer Person als Zeichenkette (\"Dr. Jana Weber\") oder, ab Format 2, "
               "je Sprache: {\"de\": \"Dr. Jana Weber\", \"en\": \"Dr Jana Weber\"}."});
        return;
    }
    if (!format2()) {
        error(node, "needs-format-2",
              {"A name per language is new in format 2: write \"format\": 2 at the top of the file, or write the "
               "name as one string.",
               "Einen Namen je Sprache gibt es erst ab Format 2: Schreiben Sie oben \"format\": 2, oder schreiben "
               "Sie den Namen als eine Zeichenkette."});
        return;
    }
    static constexpr std::array<std::string_view, 2> kLanguages{"de", "en"};
    std::array<std::uint32_t, 2> values{};
    if (!readFields(node, kLanguages.data(), kLanguages.size(), values.data())) return;
    for (std::size_t lang = 0; lang < kLanguages.size(); ++lang) {
        if (values[lang] == kNoJson) {
            const bool de = lang == static_cast<std::size_t>(Lang::De);
            error(node, "missing-field",
                  {std::string(de ? "The German name (“de”)" : "The English name (“en”)") +
                       " is missing: a name per language needs both “de” and “en”. If it is the same in both, "
                       "write it once as a string.",
                   std::string(de ? "Der deutsche Name („de“)" : "Der englische Name („en“)") +
                       " fehlt: Ein Name je Sprache braucht „de“ und „en“. Ist er in beiden gleich, schreiben Sie "
                       "ihn einmal als Zeichenkette."});
            continue;
        }
        if (const auto v = string(values[lang])) p.names[lang] = *v;
    }
}

void Loader::loadStart(std::uint32_t node, Persona& p) {
    if (!checkObject(node, {"sympathie", "anerkennung", "vertrauen", "gegenseitigkeit", "intensitaet", "kompetenz",
                            "stage", "encounters", "lastContact", "owed", "inPerson", "knownFor", "pressure"},
                     true, 10))
        return;
    StartRelationship& s = p.start;
    if (const std::uint32_t n = field(node, "stage"); n != kNoJson)
        if (const auto v = vocabulary<Stage>(n, stageIds(), {"stage", "Die Beziehungsstufe"})) s.stage = *v;
    // Format 2: what the author leaves out is what people at this stage typically feel.
    if (format2()) s.dimensions = model::kStageProfile[static_cast<std::size_t>(s.stage)];
    for (int d = 0; d < kDimensionCount; ++d) {
        const std::uint32_t n = field(node, idOf(static_cast<Dimension>(d)));
        if (n == kNoJson) continue;
        if (const auto v = integer(n, 0, 100)) s.dimensions[static_cast<std::size_t>(d)] = static_cast<int>(*v);
    }
    if (format2()) {
        if (const std::uint32_t n = field(node, "inPerson"); n != kNoJson)
            if (const auto v = integer(n, 0, 10000)) s.inPerson = static_cast<int>(*v);
        if (const std::uint32_t n = field(node, "knownFor"); n != kNoJson)
            if (const auto v = duration(n)) s.knownFor = *v;
        if (const std::uint32_t n = field(node, "pressure"); n != kNoJson)
            if (const auto v = integer(n, 0, 100)) s.pressure = static_cast<int>(*v);
    }
    if (const std::uint32_t n = field(node, "encounters"); n != kNoJson)
        if (const auto v = integer(n, 0, 10000)) s.encounters = static_cast<int>(*v);
    if (const std::uint32_t n = field(node, "owed"); n != kNoJson)
        if (const auto v = integer(n, -100, 100)) s.owed = static_cast<int>(*v);
    if (const std::uint32_t n = field(node, "lastContact"); n != kNoJson && checkObject(n, {"ago", "channel"})) {
        if (const std::uint32_t ago = field(n, "ago", true); ago != kNoJson)
            if (const auto v = duration(ago)) {
                s.hasLastContact = true;
                s.lastContactAgo = *v;
            }
        if (const std::uint32_t c = field(n, "channel"); c != kNoJson)
            if (const auto v = vocabulary<Channel>(c, channelIds(), {"channel", "Der Kanal"})) s.lastContactChannel = *v;
    }
}

void Loader::loadNetwork(std::uint32_t node) {
    for (std::uint32_t pair : elements(node)) {
        if (!expectType(pair, JsonType::Array)) continue;
        if (m_tree.memberCount(pair) != 2) {
            error(pair, "wrong-count", {"A link names exactly two personas: [\"id\", \"id\"].",
                                        "Eine Verbindung nennt genau zwei Personen: [\"id\", \"id\"]."});
            continue;
        }
        const auto a = personaRef(m_tree.element(pair, 0));
        const auto b = personaRef(m_tree.element(pair, 1));
        if (!a || !b) continue;
        if (*a == *b) {
            error(pair, "same-persona", {"A persona cannot be linked with itself.",
                                         "Eine Person kann nicht mit sich selbst verbunden sein."});
            continue;
        }
        m_sc.network.push_back({*a, *b});
    }
}

} // namespace detail

namespace {

Diagnostic plainDiagnostic(const std::string& file, const char* code, std::string en, std::string de, int line = 0,
                           int column = 0) {
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.code = code;
    d.messageEn = std::move(en);
    d.messageDe = std::move(de);
    return d;
}

Diagnostic tooLarge(const std::string& file, std::uintmax_t size, std::size_t limit) {
    return plainDiagnostic(file, "too-large",
                           "The file is too large (" + std::to_string(size / 1024) + " KiB; at most " +
                               std::to_string(limit / 1024) + " KiB).",
                           "Die Datei ist zu groß (" + std::to_string(size / 1024) + " KiB; höchstens " +
                               std::to_string(limit / 1024) + " KiB).");
}

/// The closing note when more problems were found than the report shows.
Diagnostic moreProblems(const std::string& file, std::size_t errors, std::size_t warnings) {
    const std::size_t n = errors + warnings;
    Diagnostic d = plainDiagnostic(
        file, "more-problems",
        std::to_string(n) + " more " + (n == 1 ? "problem" : "problems") + " (" + std::to_string(errors) +
            (errors == 1 ? " error, " : " errors, ") + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings") +
            ") not shown: fix the ones above and check again.",
        "Weitere " + std::to_string(n) + (n == 1 ? " Problem" : " Probleme") + " (" + std::to_string(errors) + " Fehler, " +
            std::to_string(warnings) + (warnings == 1 ? " Warnung" : " Warnungen") +
            ") werden nicht gezeigt: Beheben Sie die obigen und prüfen Sie erneut.");
    d.severity = errors > 0 ? Severity::Error : Severity::Warning;
    return d;
}

} // namespace

namespace {

LoadResult loadText(std::string_view text, const std::string& fileName, const LoadLimits& limits, const std::filesystem::path* folder);

} // namespace

LoadResult loadScenarioText(std::string_view text, const std::string& fileName, const LoadLimits& limits) {
    return loadText(text, fileName, limits, nullptr);
}

namespace {

LoadResult loadText(std::string_view text, const std::string& fileName, const LoadLimits& limits, const std::filesystem::path* folder) {
    LoadResult result;
    if (text.size() > limits.maxFileBytes) {
        result.diagnostics.push_back(tooLarge(fileName, text.size(), limits.maxFileBytes));
        return result;
    }
    const std::string_view body = text.substr(text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.diagnostics.push_back(plainDiagnostic(fileName, "empty-file", "The file is empty.", "Die Datei ist leer.", 1, 1));
        return result;
    }

    detail::JsonTree tree;
    detail::JsonError jsonError;
    if (!tree.parse(text, limits.maxDepth, jsonError)) {
        const detail::TextPosition at = tree.position(jsonError.offset);
        result.diagnostics.push_back(plainDiagnostic(fileName, jsonError.code.c_str(), std::move(jsonError.messageEn),
                                                     std::move(jsonError.messageDe), at.line, at.column));
        result.diagnostics.back().pointer = jsonError.pointer;
        return result;
    }
    auto scenario = std::make_shared<Scenario>();
    scenario->file = fileName;
    std::size_t unreportedDuplicates = 0;
    for (const detail::JsonDuplicateKey& dup : tree.duplicateKeys()) {
        if (result.diagnostics.size() >= limits.maxDiagnostics) {
            ++unreportedDuplicates;
            continue;
        }
        const detail::TextPosition at = tree.position(dup.keyOffset);
        std::string pointer = tree.pointer(dup.object);
        detail::JsonTree::appendPointerToken(pointer, dup.key);
        result.diagnostics.push_back(plainDiagnostic(
            fileName, "duplicate-key",
            "The field " + detail::qEn(dup.key) + " appears twice in this object; only the first one counts.",
            "Das Feld " + detail::qDe(dup.key) + " steht zweimal in diesem Objekt; nur das erste zählt.", at.line,
            at.column));
        result.diagnostics.back().pointer = std::move(pointer);
    }
    detail::ReportLimits reportLimits;
    reportLimits.maxDiagnostics = limits.maxDiagnostics;
    detail::Loader loader(tree, fileName, *scenario, result.diagnostics, reportLimits);
    if (folder != nullptr) loader.setFolder(*folder);
    loader.setLintTexts(limits.lintTexts);
    loader.run();
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    const std::size_t unreportedErrors = unreportedDuplicates + loader.unreportedErrors();
    result.moreErrors = unreportedErrors;
    result.moreWarnings = loader.unreportedWarnings();
    if (result.moreErrors + result.moreWarnings > 0)
        result.diagnostics.push_back(moreProblems(fileName, result.moreErrors, result.moreWarnings));
    if (!hasErrors(result.diagnostics)) result.scenario = std::move(scenario);
    return result;
}

} // namespace

LoadResult loadScenarioFile(const std::string& path, const LoadLimits& limits) {
    namespace fs = std::filesystem;
    LoadResult result;
    const auto fail = [&](const char* code, std::string en, std::string de) {
        result.diagnostics.push_back(plainDiagnostic(path, code, std::move(en), std::move(de)));
    };
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) {
        fail("io-symlink-loop", "This path is a loop of symbolic links (a link that leads back to itself).",
             "Dieser Pfad ist eine Schleife aus symbolischen Verknüpfungen (eine Verknüpfung, die auf sich selbst "
             "zurückführt).");
        return result;
    }
    if (!fs::exists(status)) {
        std::error_code linkError;
        if (fs::is_symlink(fs::symlink_status(path, linkError)))
            fail("io-missing", "This symbolic link leads to " + detail::qEn(fs::read_symlink(path, linkError).string()) +
                                   ", which does not exist.",
                 "Diese symbolische Verknüpfung führt zu " + detail::qDe(fs::read_symlink(path, linkError).string()) +
                     ", das es nicht gibt.");
        else if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
            fail("io-unreadable", "This path cannot be read: " + ec.message() + ".",
                 "Dieser Pfad lässt sich nicht lesen: " + ec.message() + ".");
        else
            fail("io-missing", "There is no file at this path.", "Unter diesem Pfad gibt es keine Datei.");
        return result;
    }
    if (fs::is_directory(status)) {
        fail("io-folder", "This is a folder, not a scenario file.", "Das ist ein Ordner, keine Szenario-Datei.");
        return result;
    }
    // Opening a FIFO waits for a writer and a device may never end: only regular files are read.
    if (!fs::is_regular_file(status)) {
        const bool fifo = fs::is_fifo(status);
        const bool device = fs::is_character_file(status) || fs::is_block_file(status);
        const std::string en = fifo ? "a named pipe (FIFO)" : device ? "a device" : fs::is_socket(status) ? "a socket" : "a special file";
        const std::string de = fifo ? "eine benannte Pipe (FIFO)" : device ? "ein Gerät" : fs::is_socket(status) ? "ein Socket" : "eine Sonderdatei";
        fail("io-special", "This is " + en + ", not a regular file: Rapport reads scenarios from files only.",
             "Das ist " + de + ", keine gewöhnliche Datei: Rapport liest Szenarien nur aus Dateien.");
        return result;
    }
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > limits.maxFileBytes) {
        result.diagnostics.push_back(tooLarge(path, size, limits.maxFileBytes));
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        fail("io-unreadable", "The file cannot be opened for reading (check its permissions).",
             "Die Datei lässt sich nicht zum Lesen öffnen (prüfen Sie die Zugriffsrechte).");
        return result;
    }
    std::string text;
    if (!ec) text.reserve(static_cast<std::size_t>(size));
    // Read in blocks with a cap, so a file that grows while it is read cannot hang us.
    char block[65536];
    while (in.read(block, sizeof block) || in.gcount() > 0) {
        text.append(block, static_cast<std::size_t>(in.gcount()));
        if (text.size() > limits.maxFileBytes) break;
    }
    if (in.bad()) {
        fail("io-unreadable", "The file could not be read completely.",
             "Die Datei konnte nicht vollständig gelesen werden.");
        return result;
    }
    const fs::path folder = fs::path(path).parent_path();
    return loadText(text, path, limits, &folder);
}

} // namespace rapport
