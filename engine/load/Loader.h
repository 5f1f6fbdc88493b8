#pragma once
// The scenario loader's inner workings: one Loader walks a parsed JsonTree once, fills a
// Scenario and collects every problem as a Diagnostic. Internal to ScenarioLoader.cpp and the
// Loader*.cpp files that split its work.

#include "rapport/core/Diagnostics.h"
#include "rapport/core/Expression.h"
#include "load/JsonTree.h"
#include "rapport/core/Scenario.h"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::detail {

/// A message in both languages.
struct Words {
    std::string en;
    std::string de;
};

/// Quotes a name in running text: “name” in English, „name“ in German.
[[nodiscard]] std::string qEn(std::string_view s);
[[nodiscard]] std::string qDe(std::string_view s);

/// For readFields and checkObject: every listed field exists in format 1.
inline constexpr std::size_t kNoFormat2Fields = static_cast<std::size_t>(-1);

/// The values (or kNoJson) of a choice's format 2 fields.
struct ChoiceFormat2Fields {
    std::uint32_t asked, value, size, failure, warned, moment, ultimatum, reaction;
};

/// The ids a scenario defines, gathered before anything refers to them.
struct IdTable {
    std::unordered_map<std::string, std::uint32_t>& index; // id -> index (the expression symbols' own map)
    std::vector<std::uint32_t> where;                       // per index: JSON node of its id (or kNoJson)
    std::vector<std::string_view> sorted;                   // the ids in order, for suggestions (built on first use)
};

/// The loader's caps on work spent explaining problems.
struct ReportLimits {
    std::size_t maxDiagnostics = 200;        ///< problems reported in full; the rest are only counted
    std::size_t suggestionWork = 4'000'000;  ///< "did you mean" work for the whole file
};

class Loader {
public:
    Loader(const JsonTree& tree, std::string file, Scenario& scenario, std::vector<Diagnostic>& out,
           const ReportLimits& limits = {});

    /// Reads the whole document (root must be an object) and runs every check.
    void run();
    /// The folder of the file being loaded (a file on disk); relative references resolve against it.
    void setFolder(std::filesystem::path folder) { m_folder = std::move(folder); }
    /// Also runs the text linter (rapport validate): warnings about how the texts read.
    void setLintTexts(bool lint) { m_lintTexts = lint; }

    // --- Diagnostics (Context.cpp) ---
    /// Reports a problem at `offset`, located in the file's structure by the JSON value `where`.
    void reportAt(Severity severity, std::uint32_t offset, std::uint32_t where, const char* code, Words words);
    void error(std::uint32_t node, const char* code, Words words);
    void warning(std::uint32_t node, const char* code, Words words);
    /// At the key of an object member (unknown or reserved field names).
    void errorAtKey(std::uint32_t member, const char* code, Words words);
    [[nodiscard]] int lineOf(std::uint32_t node) const;
    /// True once the report is full: further problems are only counted, so callers skip the
    /// work of explaining them (suggestions, line numbers).
    [[nodiscard]] bool quiet() const { return m_out.size() >= m_limits.maxDiagnostics; }
    /// Problems found so far, reported or only counted.
    [[nodiscard]] std::size_t problems() const { return m_problems; }
    /// Problems only counted, by severity.
    [[nodiscard]] std::size_t unreportedErrors() const { return m_unreportedErrors; }
    [[nodiscard]] std::size_t unreportedWarnings() const { return m_unreportedWarnings; }

    // --- Reading values (Context.cpp); each reports what is wrong and returns nullopt ---
    /// Checks that `node` is an object, reports fields not in `allowed` (with "did you mean").
    /// `dimensions`: unknown fields close to a dimension id are reported as misspelled dimensions.
    /// The fields from index `format2From` on exist only in format 2: a format 1 file is told so.
    bool checkObject(std::uint32_t node, std::initializer_list<std::string_view> allowed, bool dimensions = false,
                     std::size_t format2From = kNoFormat2Fields);
    /// Like checkObject, and fills `out[i]` with the value of field `names[i]` (kNoJson if absent
    /// or not allowed in this file's format), in one pass over the members.
    bool readFields(std::uint32_t node, const std::string_view* names, std::size_t count, std::uint32_t* out,
                    bool dimensions = false, std::size_t format2From = kNoFormat2Fields);
    /// Whether the file is written in format 2 (its new fields, acts and effects are allowed).
    [[nodiscard]] bool format2() const { return m_sc.format >= 2; }
    /// Reports that `what`, written at `node`, exists only from format 2 on.
    void needsFormat2(std::uint32_t node, std::string_view what);
    /// The same, at the key of an object member.
    void needsFormat2AtKey(std::uint32_t member, std::string_view what);
    /// The member index of `key` in an object, or kNoJson.
    [[nodiscard]] std::uint32_t memberOf(std::uint32_t object, std::string_view key) const;
    /// Returns `value`, reporting the field `name` missing (at `object`) if it is kNoJson.
    std::uint32_t required(std::uint32_t object, std::uint32_t value, std::string_view name);
    /// The value of a field, or kNoJson; `required` reports it missing (at the object).
    std::uint32_t field(std::uint32_t object, std::string_view name, bool required = false);
    bool expectType(std::uint32_t node, JsonType type);
    std::optional<std::string_view> string(std::uint32_t node);
    std::optional<bool> boolean(std::uint32_t node);
    std::optional<std::int64_t> integer(std::uint32_t node, std::int64_t min, std::int64_t max);
    std::optional<std::string_view> id(std::uint32_t node);
    std::optional<std::int64_t> duration(std::uint32_t node);
    /// Array elements (empty and reported if not an array; `minCount` reports too few).
    std::vector<std::uint32_t> elements(std::uint32_t node, std::size_t minCount = 0);
    template <typename E, std::size_t N>
    std::optional<E> vocabulary(std::uint32_t node, const std::array<std::string_view, N>& ids, const Words& kind);
    std::optional<std::uint32_t> reference(std::uint32_t node, IdTable& table, const char* code,
                                           const Words& kind);
    /// Reports a word that is not in a closed list (channels, acts, ...), with "did you mean".
    void unknownValue(std::uint32_t node, std::string_view value, const std::vector<std::string_view>& allowed,
                      const Words& kind);
    /// The closest of `candidates` to `word` within the file's suggestion budget, or "".
    [[nodiscard]] std::string suggest(std::string_view word, const std::vector<std::string_view>& candidates);
    /// The table's ids in sorted order (a stable suggestion whatever the hash order).
    [[nodiscard]] const std::vector<std::string_view>& sortedIds(IdTable& table);

    // --- Texts and expressions (Texts.cpp) ---
    /// A player-visible text ({"de","en"} or {"if","then","else"}); kNone after an error.
    TextId text(std::uint32_t node);
    /// A node's text: one text or a list of them, one line each.
    std::vector<TextId> textLines(std::uint32_t node);
    /// A condition written as a string.
    ExprId condition(std::uint32_t node);
    /// A value: an integer or an expression string.
    ExprId value(std::uint32_t node);

private:
    // --- ScenarioLoader.cpp ---
    void collectIds(std::uint32_t root);
    void registerId(IdTable& table, std::uint32_t idNode, std::uint32_t index, const Words& kind);
    void loadTop(std::uint32_t root);
    /// Warns when "$schema" names a file that is not there (relative to the scenario's folder).
    void checkSchemaReference(std::uint32_t node, std::string_view ref);
    void loadPlayer(std::uint32_t node);
    void loadCalibration(std::uint32_t node);
    /// A calibration result in points (0-100, at most two decimals) as hundredths.
    std::optional<std::int64_t> resultPoints(std::uint32_t node, std::string_view name);
    void loadTopics(std::uint32_t node);
    void loadPersona(std::uint32_t node, PersonaIndex index);
    /// A persona's "name": one string, or in format 2 {"de": …, "en": …}.
    void loadPersonaName(std::uint32_t node, Persona& persona);
    void loadStart(std::uint32_t node, Persona& persona);
    void loadPersonaFormat2(std::uint32_t node, Persona& persona);
    void loadNetwork(std::uint32_t node);
    std::vector<std::uint32_t> topicList(std::uint32_t node);

    // --- Nodes.cpp (format 2 parts: Format2.cpp) ---
    void loadNode(std::uint32_t node, NodeIndex index);
    void loadChoice(std::uint32_t node, ChoiceIndex index, const Node& owner);
    /// Format 2: a node marked "todo": true, not written yet; it loads as an ending with a note.
    void placeholderNode(std::uint32_t node, Node& n);
    EffectRange effects(std::uint32_t node);
    Effect effect(std::uint32_t node);
    /// The format 2 effects (vouch, handover, contact, tender, letdown); false if `node` is none of them.
    bool format2Effect(std::uint32_t node, Effect& e);
    /// Format 2: a decision without "channel" takes the channel of the decisions before it, as a
    /// scene stays until another node sets one; warns where ways with different channels meet.
    void carryChannels();
    /// Checks the format 2 fields of a choice against its act.
    void choiceFormat2(std::uint32_t node, Choice& c, const ChoiceFormat2Fields& f);
    std::vector<PersonaIndex> personaList(std::uint32_t node);
    std::uint32_t adjustment(std::uint32_t node, PersonaIndex defaultPersona, bool personaRequired);
    void loadBranches(std::uint32_t node, Node& n, bool chance);
    std::optional<NodeIndex> nodeRef(std::uint32_t node);
    std::optional<PersonaIndex> personaRef(std::uint32_t node);
    std::optional<std::uint32_t> factRef(std::uint32_t node);
    std::optional<int> principle(std::uint32_t node);

    // --- Texts.cpp ---
    bool textParts(std::uint32_t node, std::vector<TextPart>& parts);
    ExprId expressionIn(std::uint32_t node, std::string_view source, std::size_t at, bool placeholder);

    // --- TrainerMaterial.cpp ---
    void loadSeminarCuts(std::uint32_t node);
    /// A cut's start values, checked once personas and variables are known.
    void checkSeminarCuts();
    void loadDiscussion(std::uint32_t node, Node& n);

    // --- Checks.cpp ---
    void checkReachable();
    void assignTrackingSlots();
    void checkStartStages();
    void completeStarts();

    // --- TextLint.cpp ---
    void lintTexts();
    /// TextLintNames.cpp: choices that name a person the player has not come across on some way in.
    void lintUnmetNames();
    /// The texts in both languages that `t` may show (the branches of a text with a condition).
    void collectLeafTexts(TextId t, std::vector<TextId>& out) const;

    // --- Work.cpp ---
    void assignWork();

    const JsonTree& m_tree;
    std::string m_file;
    Scenario& m_sc;
    std::vector<Diagnostic>& m_out;
    ReportLimits m_limits;
    std::size_t m_problems = 0;
    std::size_t m_unreportedErrors = 0;
    std::size_t m_unreportedWarnings = 0;
    std::size_t m_suggestionBudget = 0;
    bool m_inAddress = false; // loading a persona's address: it may not cite another address
    ExprSymbols m_symbols;
    std::unordered_map<std::string, std::uint32_t> m_topicIndex;
    IdTable m_nodes{m_symbols.nodes, {}, {}}, m_choices{m_symbols.choices, {}, {}},
        m_personas{m_symbols.personas, {}, {}}, m_facts{m_symbols.facts, {}, {}}, m_topics{m_topicIndex, {}, {}},
        m_variables{m_symbols.variables, {}, {}};
    std::vector<std::uint32_t> m_nodeJson;    // per node index: its JSON object
    std::optional<std::filesystem::path> m_folder; // the scenario file's folder, when read from disk
    std::vector<std::uint32_t> m_cutSetJson;  // per seminar cut: its "set" array, or kNoJson
    std::vector<std::uint32_t> m_choiceJson;  // per choice index
    std::vector<std::uint32_t> m_personaJson; // per persona index
    std::vector<std::uint32_t> m_factJson;    // per fact index
    std::vector<std::uint32_t> m_startJson;   // per persona: its "start" object or kNoJson
    std::vector<bool> m_stageGiven;           // per persona: "stage" written in "start"
    std::vector<bool> m_encountersGiven;
    std::vector<bool> m_inPersonGiven, m_knownForGiven;
    std::vector<std::array<std::uint32_t, 2>> m_textJson; // per text: its "de" and "en" strings (or kNoJson)
    bool m_lintTexts = false;
    std::vector<bool> m_channelWritten;       // per node: a decision's "channel" written in the file
    std::vector<bool> m_choiceChannelWritten; // per choice
    bool m_brokenGraph = false; // a node reference failed: reachability would mislead
};

template <typename E, std::size_t N>
std::optional<E> Loader::vocabulary(std::uint32_t node, const std::array<std::string_view, N>& ids, const Words& kind) {
    const std::optional<std::string_view> s = string(node);
    if (!s) return std::nullopt;
    for (std::size_t i = 0; i < N; ++i)
        if (ids[i] == *s) return static_cast<E>(i);
    unknownValue(node, *s, std::vector<std::string_view>(ids.begin(), ids.end()), kind);
    return std::nullopt;
}

} // namespace rapport::detail
