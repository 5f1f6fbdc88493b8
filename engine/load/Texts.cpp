// Texts ({"de","en"}, conditional texts, {value} placeholders) and expressions, with problems
// located at the exact character inside the string.

#include "load/Loader.h"
#include "load/Suggest.h"

#include <algorithm>

namespace rapport::detail {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

const char* codeForName(std::string_view kind) {
    if (kind == "variable") return "unknown-variable";
    if (kind == "persona") return "unknown-persona";
    if (kind == "fact") return "unknown-fact";
    if (kind == "node") return "unknown-node";
    if (kind == "choice") return "unknown-choice";
    if (kind == "field") return "unknown-dimension";
    return "bad-expression";
}

} // namespace

ExprId Loader::expressionIn(std::uint32_t node, std::string_view source, std::size_t at, bool placeholder) {
    ExprError err;
    const std::optional<ExprId> root = parseExpression(source, m_symbols, m_sc.expressions, err);
    if (root) return *root;

    std::string guess;
    if (!err.unknownName.empty() && !quiet()) {
        if (err.nameKind == "variable") guess = suggest(err.unknownName, sortedIds(m_variables));
        else if (err.nameKind == "persona") guess = suggest(err.unknownName, sortedIds(m_personas));
        else if (err.nameKind == "fact") guess = suggest(err.unknownName, sortedIds(m_facts));
        else if (err.nameKind == "node") guess = suggest(err.unknownName, sortedIds(m_nodes));
        else if (err.nameKind == "choice") guess = suggest(err.unknownName, sortedIds(m_choices));
        else if (err.nameKind == "field") {
            std::vector<std::string_view> candidates(dimensionIds().begin(), dimensionIds().end());
            for (std::string_view f : {"quality", "stage", "pressure", "owed", "encounters", "willing", "silence"})
                candidates.push_back(f);
            if (format2()) candidates.push_back("willingness");
            guess = suggest(err.unknownName, candidates);
        }
    }
    Words words = err.needsFormat2 ? Words{} // the message says it all
                  : placeholder    ? Words{"Invalid value in { }: ", "Ungültiger Wert in { }: "}
                                   : Words{"Invalid expression: ", "Ungültiger Ausdruck: "};
    words.en += err.messageEn;
    words.de += err.messageDe;
    if (!guess.empty()) {
        words.en += "; did you mean " + qEn(guess) + "?";
        words.de += "; meinten Sie " + qDe(guess) + "?";
    } else if (err.nameKind == "variable" && !quiet()) {
        words.en += ". If it is a counter of your own, declare it with its start value under “variables”: "
                    "\"variables\": {\"" + err.unknownName + "\": 0}.";
        words.de += ". Ist es ein eigener Zähler, legen Sie ihn mit Startwert unter „variables“ an: "
                    "\"variables\": {\"" + err.unknownName + "\": 0}.";
    } else {
        words.en += ".";
        words.de += ".";
    }
    const char* code = err.needsFormat2          ? "needs-format-2"
                       : err.unknownName.empty() ? (placeholder ? "bad-placeholder" : "bad-expression")
                                                 : codeForName(err.nameKind);
    const std::uint32_t offset = m_tree.sourceOffsetInString(node, at + std::min(err.offset, source.size()));
    reportAt(Severity::Error, offset, node, code, std::move(words));
    return kNoExpr;
}

ExprId Loader::condition(std::uint32_t node) {
    if (m_tree.type(node) != JsonType::String) {
        error(node, "wrong-type", {"Expected a condition here, written as a string such as \"trust > 3\".",
                                   "Hier wird eine Bedingung erwartet, als Zeichenkette wie \"trust > 3\"."});
        return kNoExpr;
    }
    return expressionIn(node, m_tree.string(node), 0, false);
}

ExprId Loader::value(std::uint32_t node) {
    if (m_tree.type(node) == JsonType::Integer) {
        m_sc.expressions.push_back(ExprNode{ExprOp::Const, 0, 0, m_tree.integer(node)});
        return static_cast<ExprId>(m_sc.expressions.size() - 1);
    }
    if (m_tree.type(node) == JsonType::String) return expressionIn(node, m_tree.string(node), 0, false);
    error(node, "wrong-type", {"Expected a whole number or an expression string such as \"trust + 1\" here.",
                               "Hier wird eine ganze Zahl oder ein Ausdruck als Zeichenkette wie \"trust + 1\" "
                               "erwartet."});
    return kNoExpr;
}

bool Loader::textParts(std::uint32_t node, std::vector<TextPart>& parts) {
    const std::optional<std::string_view> text = string(node);
    if (!text) return false;
    const std::string_view s = *text;
    // Most texts have no braces at all: one literal part.
    if (std::none_of(s.begin(), s.end(), [](char c) { return c == '{' || c == '}'; })) {
        if (!s.empty()) {
            parts.emplace_back();
            parts.back().literal.assign(s.data(), s.size());
        }
        return true;
    }
    std::string literal;
    const auto flush = [&] {
        if (literal.empty()) return;
        TextPart part;
        part.literal = std::move(literal);
        parts.push_back(std::move(part));
        literal.clear();
    };
    const auto fail = [&](std::size_t at, Words words) {
        reportAt(Severity::Error, m_tree.sourceOffsetInString(node, at), node, "bad-placeholder", std::move(words));
        return false;
    };
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '{' && i + 1 < s.size() && s[i + 1] == '{') {
            literal += '{';
            i += 2;
        } else if (c == '}' && i + 1 < s.size() && s[i + 1] == '}') {
            literal += '}';
            i += 2;
        } else if (c == '}') {
            return fail(i, {"A single “}” closes nothing: write }} for a brace in the text.",
                            "Ein einzelnes „}“ schließt nichts: Schreiben Sie }} für eine Klammer im Text."});
        } else if (c == '{') {
            const std::size_t close = s.find('}', i + 1);
            if (close == std::string_view::npos)
                return fail(i, {"A “{” opens a value but no “}” closes it; write {{ for a brace in the text.",
                                "Ein „{“ öffnet einen Wert, aber kein „}“ schließt ihn; schreiben Sie {{ für eine "
                                "Klammer im Text."});
            const std::string_view inner = s.substr(i + 1, close - i - 1);
            const std::string_view name = trim(inner);
            flush();
            TextPart part;
            const std::size_t dot = name.find('.');
            const std::string_view who = name.substr(0, dot);
            const std::string_view what = dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
            const auto persona = m_personas.index.find(std::string(who));
            if (who == "player" && what == "name") {
                part.kind = TextPart::Kind::PlayerName;
            } else if (persona != m_personas.index.end() && what == "address" && m_inAddress) {
                // An address names the person; citing an address inside one could go on forever.
                return fail(i, {"An address cannot contain another address ({…address}); write the name instead.",
                                "Eine Anrede kann keine andere Anrede ({…address}) enthalten; schreiben Sie den "
                                "Namen aus."});
            } else if (persona != m_personas.index.end() && (what == "name" || what == "address")) {
                part.kind = what == "name" ? TextPart::Kind::PersonaName : TextPart::Kind::PersonaAddress;
                part.persona = persona->second;
            } else if (name.empty()) {
                return fail(i, {"Empty { }: put a value inside, or write {{ }} for braces in the text.",
                                "Leere { }: Setzen Sie einen Wert hinein oder schreiben Sie {{ }} für Klammern im "
                                "Text."});
            } else {
                part.kind = TextPart::Kind::Value;
                part.expr = expressionIn(node, inner, i + 1, true);
                if (part.expr == kNoExpr) return false;
            }
            parts.push_back(std::move(part));
            i = close + 1;
        } else {
            std::size_t stop = i;
            while (stop < s.size() && s[stop] != '{' && s[stop] != '}') ++stop;
            literal.append(s.data() + i, stop - i);
            i = stop;
        }
    }
    flush();
    return true;
}

TextId Loader::text(std::uint32_t node) {
    if (m_tree.type(node) == JsonType::String) {
        error(node, "wrong-type",
              {"Expected a text in both languages here: {\"de\": \"…\", \"en\": \"…\"}.",
               "Hier wird ein Text in beiden Sprachen erwartet: {\"de\": \"…\", \"en\": \"…\"}."});
        return kNone;
    }
    if (!expectType(node, JsonType::Object)) return kNone;
    // One pass over the members: texts are by far the most common objects in a scenario.
    std::uint32_t de = kNoJson, en = kNoJson, cond = kNoJson, then = kNoJson, otherwise = kNoJson;
    bool unknown = false;
    const std::uint32_t first = m_tree.firstMember(node);
    for (std::uint32_t m = first; m < first + m_tree.memberCount(node); ++m) {
        const std::string_view key = m_tree.key(m);
        const std::uint32_t value = m_tree.member(m).value;
        if (key == "de") de = value;
        else if (key == "en") en = value;
        else if (key == "if") cond = value;
        else if (key == "then") then = value;
        else if (key == "else") otherwise = value;
        else unknown = true;
    }
    Text t;
    if (cond != kNoJson) {
        if (unknown || de != kNoJson || en != kNoJson) checkObject(node, {"if", "then", "else"});
        t.condition = condition(cond);
        if (then == kNoJson) (void)field(node, "then", true);
        else t.whenTrue = text(then);
        if (otherwise != kNoJson) t.whenFalse = text(otherwise);
        if (t.condition == kNoExpr || (then != kNoJson && t.whenTrue == kNone) ||
            (otherwise != kNoJson && t.whenFalse == kNone))
            return kNone;
        t.present = {true, true};
    } else {
        if (unknown || then != kNoJson || otherwise != kNoJson) checkObject(node, {"de", "en"});
        if (de == kNoJson && en == kNoJson) {
            error(node, "missing-field", {"A text needs “de” and “en”: {\"de\": \"…\", \"en\": \"…\"}.",
                                          "Ein Text braucht „de“ und „en“: {\"de\": \"…\", \"en\": \"…\"}."});
            return kNone;
        }
        const auto deIndex = static_cast<std::size_t>(Lang::De);
        const auto enIndex = static_cast<std::size_t>(Lang::En);
        bool ok = true;
        if (de != kNoJson) ok = textParts(de, t.parts[deIndex]) && ok;
        if (en != kNoJson) ok = textParts(en, t.parts[enIndex]) && ok;
        if (!ok) return kNone;
        t.present = {de != kNoJson, en != kNoJson};
        if (de == kNoJson) {
            warning(node, "missing-translation", {"The German text (“de”) is missing; the English one is shown instead.",
                                                  "Der deutsche Text („de“) fehlt; stattdessen wird der englische "
                                                  "angezeigt."});
            t.parts[deIndex] = t.parts[enIndex];
        } else if (en == kNoJson) {
            warning(node, "missing-translation", {"The English text (“en”) is missing; the German one is shown instead.",
                                                  "Der englische Text („en“) fehlt; stattdessen wird der deutsche "
                                                  "angezeigt."});
            t.parts[enIndex] = t.parts[deIndex];
        }
    }
    m_sc.texts.push_back(std::move(t));
    m_textJson.resize(m_sc.texts.size(), {kNoJson, kNoJson});
    if (cond == kNoJson) m_textJson.back() = {de, en};
    return static_cast<TextId>(m_sc.texts.size() - 1);
}

std::vector<TextId> Loader::textLines(std::uint32_t node) {
    std::vector<TextId> lines;
    if (m_tree.isArray(node)) {
        for (std::uint32_t element : elements(node, 1)) {
            const TextId t = text(element);
            if (t != kNone) lines.push_back(t);
        }
        return lines;
    }
    const TextId t = text(node);
    if (t != kNone) lines.push_back(t);
    return lines;
}

} // namespace rapport::detail
