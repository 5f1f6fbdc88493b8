// The Loader's basic tools: making diagnostics and reading typed values with plain-words errors.

#include "load/Loader.h"
#include "load/Suggest.h"

#include "rapport/core/Cite.h"
#include "rapport/core/TimeUnits.h"

#include <algorithm>
#include <cassert>

namespace rapport::detail {
namespace {

// The longest duration a file may give as a number of minutes: ten years; more is a typo.
constexpr std::int64_t kMaxDurationMinutes = 10 * 365 * kMinutesPerDay;

Words typeWords(JsonType type) {
    switch (type) {
    case JsonType::Null: return {"null", "null"};
    case JsonType::Boolean: return {"true or false", "true oder false"};
    case JsonType::Integer: return {"a whole number", "eine ganze Zahl"};
    case JsonType::Float: return {"a decimal number", "eine Dezimalzahl"};
    case JsonType::String: return {"a string in quotation marks", "eine Zeichenkette in Anführungszeichen"};
    case JsonType::Array: return {"a list [ … ]", "eine Liste [ … ]"};
    case JsonType::Object: return {"an object { … }", "ein Objekt { … }"};
    }
    return {"?", "?"};
}

/// Ends an "unknown name" message with the closest allowed name, or lists them all if none is close.
void suggestOrList(Words& words, const std::string& guess, const std::vector<std::string_view>& allowed, const Words& listLead) {
    if (!guess.empty()) {
        words.en += " Did you mean " + qEn(guess) + "?";
        words.de += " Meinten Sie " + qDe(guess) + "?";
        return;
    }
    std::string list;
    for (std::string_view n : allowed) list += (list.empty() ? "" : ", ") + std::string(n);
    words.en += listLead.en + list + ".";
    words.de += listLead.de + list + ".";
}

bool isIdStart(char c) { return c >= 'a' && c <= 'z'; }
bool isIdChar(char c) { return isIdStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '_'; }

// What exactly is wrong with an id, as a sentence that follows the rule (" Here „ß“ is not
// allowed: write „ss“."), or empty when the rule says it all.
std::string idProblem(std::string_view s, Lang lang) {
    const bool de = lang == Lang::De;
    if (s.empty()) return {};
    if (s.size() > kMaxIdLength)
        return de ? " Diese hat " + std::to_string(s.size()) + " Zeichen." : " This one has " + std::to_string(s.size()) + " characters.";
    if (!isIdStart(s.front()) && isIdChar(s.front())) {
        const std::string first(1, s.front());
        return de ? " Sie beginnt mit " + qDe(first) + "." : " It starts with " + qEn(first) + ".";
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80 && isIdChar(s[i])) continue;
        // The whole character, also when it takes several bytes (ß, ä, é).
        std::size_t n = 1;
        if (c >= 0xC0) n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        const std::string bad(s.substr(i, std::min(n, s.size() - i)));
        static const std::pair<const char*, const char*> kSpelled[] = {
            {"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"ß", "ss"}, {"Ä", "ae"}, {"Ö", "oe"}, {"Ü", "ue"}};
        std::string instead;
        for (const auto& [from, to] : kSpelled)
            if (bad == from) instead = to;
        if (c >= 'A' && c <= 'Z') instead = std::string(1, static_cast<char>(c - 'A' + 'a'));
        if (bad == " ") return de ? " Leerzeichen sind nicht erlaubt: Schreiben Sie „_“." : " Spaces are not allowed: write “_”.";
        if (!instead.empty())
            return de ? " " + qDe(bad) + " ist nicht erlaubt: Schreiben Sie " + qDe(instead) + "."
                      : " " + qEn(bad) + " is not allowed: write " + qEn(instead) + ".";
        return de ? " " + qDe(bad) + " ist nicht erlaubt." : " " + qEn(bad) + " is not allowed.";
    }
    return {};
}

} // namespace

std::string qEn(std::string_view s) { return "“" + cite(s) + "”"; }
std::string qDe(std::string_view s) { return "„" + cite(s) + "“"; }

Loader::Loader(const JsonTree& tree, std::string file, Scenario& scenario, std::vector<Diagnostic>& out,
               const ReportLimits& limits)
    : m_tree(tree), m_file(std::move(file)), m_sc(scenario), m_out(out), m_limits(limits),
      m_suggestionBudget(limits.suggestionWork) {}

void Loader::reportAt(Severity severity, std::uint32_t offset, std::uint32_t where, const char* code, Words words) {
    ++m_problems;
    if (quiet()) {
        ++(severity == Severity::Error ? m_unreportedErrors : m_unreportedWarnings);
        return;
    }
    const TextPosition at = m_tree.position(offset);
    Diagnostic d;
    d.severity = severity;
    d.file = m_file;
    d.line = at.line;
    d.column = at.column;
    d.pointer = m_tree.pointer(where);
    d.path = m_tree.readablePath(where);
    d.code = code;
    d.messageEn = std::move(words.en);
    d.messageDe = std::move(words.de);
    m_out.push_back(std::move(d));
}

void Loader::error(std::uint32_t node, const char* code, Words words) {
    reportAt(Severity::Error, m_tree.node(node).offset, node, code,
             std::move(words));
}

void Loader::warning(std::uint32_t node, const char* code, Words words) {
    reportAt(Severity::Warning, m_tree.node(node).offset, node, code,
             std::move(words));
}

void Loader::errorAtKey(std::uint32_t member, const char* code, Words words) {
    const JsonMember& m = m_tree.member(member);
    reportAt(Severity::Error, m.keyOffset, m.value, code, std::move(words));
}

std::string Loader::suggest(std::string_view word, const std::vector<std::string_view>& candidates) {
    if (quiet()) return {}; // the problem will only be counted
    return closestMatch(word, candidates, &m_suggestionBudget);
}

const std::vector<std::string_view>& Loader::sortedIds(IdTable& table) {
    if (table.sorted.size() != table.index.size()) {
        table.sorted.clear();
        table.sorted.reserve(table.index.size());
        for (const auto& entry : table.index) table.sorted.push_back(entry.first);
        std::sort(table.sorted.begin(), table.sorted.end());
    }
    return table.sorted;
}

int Loader::lineOf(std::uint32_t node) const { return m_tree.position(m_tree.node(node).offset).line; }

bool Loader::expectType(std::uint32_t node, JsonType type) {
    const JsonType actual = m_tree.type(node);
    if (actual == type) return true;
    if (type == JsonType::Integer && actual == JsonType::Float) {
        error(node, "wrong-type", {"Expected a whole number here, not a decimal number.",
                                   "Hier wird eine ganze Zahl erwartet, keine Dezimalzahl."});
        return false;
    }
    const Words want = typeWords(type);
    const Words found = typeWords(actual);
    error(node, "wrong-type", {"Expected " + want.en + " here, found " + found.en + ".",
                               "Hier wird " + want.de + " erwartet, gefunden: " + found.de + "."});
    return false;
}

bool Loader::readFields(std::uint32_t node, const std::string_view* names, std::size_t count, std::uint32_t* out,
                        bool dimensions, std::size_t format2From) {
    std::fill(out, out + count, kNoJson);
    if (!expectType(node, JsonType::Object)) return false;
    // A format 1 file is offered only the fields it may use.
    const std::size_t usable = format2() ? count : std::min(count, format2From);
    const std::uint32_t first = m_tree.firstMember(node);
    for (std::uint32_t m = first; m < first + m_tree.memberCount(node); ++m) {
        const std::string_view key = m_tree.key(m);
        // JSON has no comments: "$comment" is an author's note in any object, read and ignored.
        if (key == "$comment") {
            (void)expectType(m_tree.member(m).value, JsonType::String);
            continue;
        }
        // A length and first-letter check skips most comparisons.
        std::size_t i = 0;
        while (i < count && !(names[i].size() == key.size() && names[i][0] == key[0] && names[i] == key)) ++i;
        if (i < usable) {
            out[i] = m_tree.member(m).value;
            continue;
        }
        if (i < count) {
            needsFormat2AtKey(m, key);
            continue;
        }
        if (quiet()) { // counted only: no need to explain it
            errorAtKey(m, "unknown-field", {});
            continue;
        }
        const std::vector<std::string_view> allowed(names, names + usable);
        const std::string guess = suggest(key, allowed);
        const bool dimension = dimensions && !guess.empty() && dimensionFromId(guess).has_value();
        Words words{"Unknown field " + qEn(key) + ".", "Unbekanntes Feld " + qDe(key) + "."};
        if (dimension)
            words = {"Unknown dimension " + qEn(key) + ".", "Unbekannte Dimension " + qDe(key) + "."};
        suggestOrList(words, guess, allowed, {" Allowed here: ", " Erlaubt sind hier: "});
        errorAtKey(m, dimension ? "unknown-dimension" : "unknown-field", std::move(words));
    }
    return true;
}

bool Loader::checkObject(std::uint32_t node, std::initializer_list<std::string_view> allowed, bool dimensions,
                         std::size_t format2From) {
    std::array<std::uint32_t, 32> unused{};
    assert(allowed.size() <= unused.size() && "checkObject: raise the buffer size for longer field lists");
    return readFields(node, allowed.begin(), allowed.size(), unused.data(), dimensions, format2From);
}

namespace {
Words format2Words(std::string_view what) {
    return {qEn(what) + " is new in format 2: write \"format\": 2 at the top of the file.",
            qDe(what) + " gibt es erst ab Format 2: Schreiben Sie oben \"format\": 2."};
}
} // namespace

void Loader::needsFormat2(std::uint32_t node, std::string_view what) { error(node, "needs-format-2", format2Words(what)); }

void Loader::needsFormat2AtKey(std::uint32_t member, std::string_view what) {
    errorAtKey(member, "needs-format-2", format2Words(what));
}

std::uint32_t Loader::memberOf(std::uint32_t object, std::string_view key) const {
    if (!m_tree.isObject(object)) return kNoJson;
    const std::uint32_t first = m_tree.firstMember(object);
    for (std::uint32_t m = first; m < first + m_tree.memberCount(object); ++m)
        if (m_tree.key(m) == key) return m;
    return kNoJson;
}

std::uint32_t Loader::required(std::uint32_t object, std::uint32_t value, std::string_view name) {
    if (value == kNoJson)
        error(object, "missing-field",
              {"The required field " + qEn(name) + " is missing.", "Das Pflichtfeld " + qDe(name) + " fehlt."});
    return value;
}

std::uint32_t Loader::field(std::uint32_t object, std::string_view name, bool required) {
    if (!m_tree.isObject(object)) return kNoJson;
    const std::uint32_t value = m_tree.find(object, name);
    if (value == kNoJson && required)
        error(object, "missing-field",
              {"The required field " + qEn(name) + " is missing.", "Das Pflichtfeld " + qDe(name) + " fehlt."});
    return value;
}

std::optional<std::string_view> Loader::string(std::uint32_t node) {
    if (!expectType(node, JsonType::String)) return std::nullopt;
    return m_tree.string(node);
}

std::optional<bool> Loader::boolean(std::uint32_t node) {
    if (!expectType(node, JsonType::Boolean)) return std::nullopt;
    return m_tree.boolean(node);
}

std::optional<std::int64_t> Loader::integer(std::uint32_t node, std::int64_t min, std::int64_t max) {
    if (!expectType(node, JsonType::Integer)) return std::nullopt;
    const std::int64_t v = m_tree.integer(node);
    if (v < min || v > max) {
        const std::string range = std::to_string(min) + "–" + std::to_string(max);
        error(node, "out-of-range", {"The value " + std::to_string(v) + " is out of range: allowed is " + range + ".",
                                     "Der Wert " + std::to_string(v) + " liegt außerhalb des erlaubten Bereichs " +
                                         range + "."});
        return std::nullopt;
    }
    return v;
}

std::optional<std::string_view> Loader::id(std::uint32_t node) {
    const std::optional<std::string_view> s = string(node);
    if (!s) return std::nullopt;
    bool ok = !s->empty() && s->size() <= kMaxIdLength && isIdStart(s->front());
    for (char c : *s) ok = ok && isIdChar(c);
    if (!ok) {
        Words words{qEn(*s) + " is not a valid id: use lower-case letters, digits, “-” and “_”, starting with a letter "
                              "(at most 64 characters).",
                    qDe(*s) + " ist keine gültige Kennung: Erlaubt sind Kleinbuchstaben, Ziffern, „-“ und „_“, am Anfang "
                              "ein Buchstabe (höchstens 64 Zeichen)."};
        words.en += idProblem(*s, Lang::En);
        words.de += idProblem(*s, Lang::De);
        error(node, "invalid-id", std::move(words));
        return std::nullopt;
    }
    return s;
}

std::optional<std::int64_t> Loader::duration(std::uint32_t node) {
    const JsonType type = m_tree.type(node);
    if (type == JsonType::Integer) return integer(node, 0, kMaxDurationMinutes);
    if (type == JsonType::String) {
        const std::string_view text = m_tree.string(node);
        if (std::optional<std::int64_t> minutes = parseDuration(text)) return minutes;
        Words words{"Not a duration: write minutes as a number (15) or a string such as \"15m\", \"2h\", \"3d\", \"2w\", "
                    "\"6h30m\" (the largest unit first).",
                    "Keine Dauer: Schreiben Sie Minuten als Zahl (15) oder als Zeichenkette wie \"15m\", \"2h\", \"3d\", "
                    "\"2w\", \"6h30m\" (die größte Einheit zuerst)."};
        if (text.find(' ') != std::string_view::npos) {
            std::string joined;
            for (char c : text)
                if (c != ' ') joined += c;
            if (parseDuration(joined)) {
                words.en += " Without the space: \"" + joined + "\".";
                words.de += " Ohne Leerzeichen: \"" + joined + "\".";
            }
        }
        error(node, "bad-duration", std::move(words));
        return std::nullopt;
    }
    error(node, "wrong-type", {"Expected a duration here (15 or \"15m\", \"2h\", \"3d\", \"2w\").",
                               "Hier wird eine Dauer erwartet (15 oder \"15m\", \"2h\", \"3d\", \"2w\")."});
    return std::nullopt;
}

std::vector<std::uint32_t> Loader::elements(std::uint32_t node, std::size_t minCount) {
    std::vector<std::uint32_t> out;
    if (!expectType(node, JsonType::Array)) return out;
    const std::uint32_t count = m_tree.memberCount(node);
    out.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) out.push_back(m_tree.element(node, i));
    if (out.size() < minCount)
        error(node, "too-few", {"This list needs at least " + std::to_string(minCount) + " entr" +
                                    (minCount == 1 ? "y." : "ies."),
                                "Diese Liste braucht mindestens " + std::to_string(minCount) + (minCount == 1 ? " Eintrag." : " Einträge.")});
    return out;
}

std::optional<std::uint32_t> Loader::reference(std::uint32_t node, IdTable& table, const char* code,
                                               const Words& kind) {
    const std::optional<std::string_view> s = string(node);
    if (!s) return std::nullopt;
    const auto it = table.index.find(std::string(*s));
    if (it != table.index.end()) return it->second;
    const std::string guess = quiet() ? std::string() : suggest(*s, sortedIds(table));
    Words words{"There is no " + kind.en + " " + qEn(*s) + ".", kind.de + " " + qDe(*s) + " gibt es nicht."};
    if (!guess.empty()) {
        words.en += " Did you mean " + qEn(guess) + "?";
        words.de += " Meinten Sie " + qDe(guess) + "?";
    }
    error(node, code, std::move(words));
    return std::nullopt;
}

void Loader::unknownValue(std::uint32_t node, std::string_view value, const std::vector<std::string_view>& allowed,
                          const Words& kind) {
    const std::string guess = suggest(value, allowed);
    Words words{"Unknown " + kind.en + " " + qEn(value) + ".", kind.de + " " + qDe(value) + " ist unbekannt."};
    suggestOrList(words, guess, allowed, {" Allowed: ", " Erlaubt: "});
    error(node, "unknown-value", std::move(words));
}

} // namespace rapport::detail
