#include "rapport/core/Expression.h"

#include "rapport/core/Cite.h"
#include "rapport/core/TimeUnits.h"
#include "rapport/core/Vocabulary.h"

#include <array>
#include <cctype>
#include <limits>

namespace rapport {
namespace {

bool isIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool isIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

/// The character at `at` (a whole UTF-8 sequence), cited for a message.
std::string characterAt(std::string_view s, std::size_t at) {
    std::size_t n = 1;
    while (at + n < s.size() && n < 4 && (static_cast<unsigned char>(s[at + n]) & 0xC0u) == 0x80u) ++n;
    return cite(s.substr(at, n), 1);
}

struct FieldName {
    std::string_view id;
    PersonaField field;
};
constexpr std::array<FieldName, 14> kFields{{
    {"sympathie", PersonaField::Sympathie},
    {"anerkennung", PersonaField::Anerkennung},
    {"vertrauen", PersonaField::Vertrauen},
    {"gegenseitigkeit", PersonaField::Gegenseitigkeit},
    {"intensitaet", PersonaField::Intensitaet},
    {"kompetenz", PersonaField::Kompetenz},
    {"quality", PersonaField::Quality},
    {"stage", PersonaField::Stage},
    {"pressure", PersonaField::Pressure},
    {"owed", PersonaField::Owed},
    {"encounters", PersonaField::Encounters},
    {"willing", PersonaField::Willing},
    {"silence", PersonaField::Silence},
    {"willingness", PersonaField::Willingness},
}};

/// Recursive descent over the grammar in docs/scenario-format.md, lowest precedence first.
class Parser {
public:
    Parser(std::string_view source, const ExprSymbols& symbols, std::vector<ExprNode>& pool, ExprError& error)
        : m_src(source), m_symbols(symbols), m_pool(pool), m_error(error), m_mark(pool.size()) {}

    std::optional<ExprId> parseAll() {
        const std::size_t mark = m_mark;
        std::optional<ExprId> root = parseOr();
        if (root && !m_failed) {
            skipSpace();
            if (m_pos < m_src.size()) {
                fail(m_pos, "unexpected “" + characterAt(m_src, m_pos) + "” after the end of the expression",
                     "unerwartetes „" + characterAt(m_src, m_pos) + "“ nach dem Ende des Ausdrucks");
            }
        }
        if (m_failed) {
            m_pool.resize(mark); // leave no half-built nodes behind
            return std::nullopt;
        }
        return root;
    }

private:
    std::string_view m_src;
    const ExprSymbols& m_symbols;
    std::vector<ExprNode>& m_pool;
    ExprError& m_error;
    std::size_t m_mark; // pool size before this expression
    std::size_t m_pos = 0;
    bool m_failed = false;
    int m_depth = 0;

    std::nullopt_t fail(std::size_t at, std::string en, std::string de) {
        if (!m_failed) {
            m_failed = true;
            m_error.offset = at;
            m_error.messageEn = std::move(en);
            m_error.messageDe = std::move(de);
        }
        return std::nullopt;
    }

    std::nullopt_t failUnknown(std::size_t at, std::string_view name, std::string_view kindEn, std::string_view kindDe,
                               std::string_view kindId) {
        m_error.unknownName = std::string(name.substr(0, kMaxIdLength + 1));
        m_error.nameKind = std::string(kindId);
        return fail(at, "unknown " + std::string(kindEn) + " “" + cite(name) + "”",
                    std::string(kindDe) + " „" + cite(name) + "“ ist unbekannt");
    }

    void skipSpace() {
        while (m_pos < m_src.size() && std::isspace(static_cast<unsigned char>(m_src[m_pos])) != 0) ++m_pos;
    }

    bool acceptWord(std::string_view word) {
        skipSpace();
        if (m_src.substr(m_pos, word.size()) != word) return false;
        const std::size_t end = m_pos + word.size();
        if (end < m_src.size() && (isIdentChar(m_src[end]) || m_src[end] == '-')) return false;
        m_pos = end;
        return true;
    }

    bool acceptSymbol(std::string_view symbol) {
        skipSpace();
        if (m_src.substr(m_pos, symbol.size()) != symbol) return false;
        m_pos += symbol.size();
        return true;
    }

    ExprId add(ExprOp op, std::uint32_t a = 0, std::uint32_t b = 0, std::int64_t value = 0) {
        m_pool.push_back(ExprNode{op, a, b, value});
        // Too long: stop reading now rather than parse megabytes only to refuse them at the end.
        if (m_pool.size() - m_mark > kMaxExpressionNodes && !m_failed)
            fail(m_pos, "the expression is too long (more than " + std::to_string(kMaxExpressionNodes) +
                            " names, numbers and operators): split it with a variable",
                 "der Ausdruck ist zu lang (mehr als " + std::to_string(kMaxExpressionNodes) +
                     " Namen, Zahlen und Operatoren): Teilen Sie ihn mit einer Variablen auf");
        return static_cast<ExprId>(m_pool.size() - 1);
    }

    std::optional<ExprId> binaryChain(std::optional<ExprId> (Parser::*next)(),
                                      std::initializer_list<std::pair<std::string_view, ExprOp>> ops, bool words) {
        std::optional<ExprId> left = (this->*next)();
        while (left && !m_failed) {
            bool matched = false;
            for (const auto& [text, op] : ops) {
                if (words ? acceptWord(text) : acceptSymbol(text)) {
                    std::optional<ExprId> right = (this->*next)();
                    if (!right) return std::nullopt;
                    left = add(op, *left, *right);
                    matched = true;
                    break;
                }
            }
            if (!matched) break;
        }
        return left;
    }

    // Parentheses, `not` and unary minus nest by recursion: the depth is bounded, so a string of
    // 100,000 "(" or "not" is an error message, not a stack overflow.
    struct Nesting {
        Parser& parser;
        bool ok;
        explicit Nesting(Parser& p) : parser(p), ok(++p.m_depth <= static_cast<int>(kMaxExpressionNesting)) {}
        ~Nesting() { --parser.m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;
    };
    std::nullopt_t tooDeep() {
        return fail(m_pos, "the expression is nested too deeply (more than " + std::to_string(kMaxExpressionNesting) + " levels)",
                    "der Ausdruck ist zu tief verschachtelt (mehr als " + std::to_string(kMaxExpressionNesting) + " Ebenen)");
    }

    std::optional<ExprId> parseOr() { return binaryChain(&Parser::parseAnd, {{"or", ExprOp::Or}}, true); }
    std::optional<ExprId> parseAnd() { return binaryChain(&Parser::parseNot, {{"and", ExprOp::And}}, true); }

    std::optional<ExprId> parseNot() {
        if (acceptWord("not")) {
            const Nesting nesting(*this);
            if (!nesting.ok) return tooDeep();
            std::optional<ExprId> operand = parseNot();
            if (!operand) return std::nullopt;
            return add(ExprOp::Not, *operand);
        }
        return parseComparison();
    }

    std::optional<ExprId> parseComparison() {
        std::optional<ExprId> left = parseSum();
        if (!left) return std::nullopt;
        // Two-character operators first so "<=" is not read as "<".
        static constexpr std::array<std::pair<std::string_view, ExprOp>, 6> kOps{{
            {"==", ExprOp::Eq}, {"!=", ExprOp::Ne}, {"<=", ExprOp::Le},
            {">=", ExprOp::Ge}, {"<", ExprOp::Lt}, {">", ExprOp::Gt},
        }};
        for (const auto& [text, op] : kOps) {
            if (acceptSymbol(text)) {
                std::optional<ExprId> right = parseSum();
                if (!right) return std::nullopt;
                return add(op, *left, *right);
            }
        }
        skipSpace();
        if (m_pos < m_src.size() && m_src[m_pos] == '=')
            return fail(m_pos, "use “==” to compare (“=” alone is not an operator)",
                        "zum Vergleichen „==“ schreiben (ein einzelnes „=“ ist kein Operator)");
        return left;
    }

    std::optional<ExprId> parseSum() {
        return binaryChain(&Parser::parseProduct, {{"+", ExprOp::Add}, {"-", ExprOp::Sub}}, false);
    }
    std::optional<ExprId> parseProduct() {
        return binaryChain(&Parser::parseUnary, {{"*", ExprOp::Mul}, {"/", ExprOp::Div}, {"%", ExprOp::Mod}}, false);
    }

    std::optional<ExprId> parseUnary() {
        if (acceptSymbol("-")) {
            const Nesting nesting(*this);
            if (!nesting.ok) return tooDeep();
            std::optional<ExprId> operand = parseUnary();
            if (!operand) return std::nullopt;
            return add(ExprOp::Neg, *operand);
        }
        return parseAtom();
    }

    std::optional<ExprId> parseAtom() {
        skipSpace();
        if (m_pos >= m_src.size())
            return fail(m_pos, "the expression ends where a value was expected",
                        "der Ausdruck endet, wo ein Wert erwartet wurde");
        const char c = m_src[m_pos];
        if (c == '(') {
            const Nesting nesting(*this);
            if (!nesting.ok) return tooDeep();
            ++m_pos;
            std::optional<ExprId> inner = parseOr();
            if (!inner) return std::nullopt;
            if (!acceptSymbol(")"))
                return fail(m_pos, "missing “)”", "„)“ fehlt");
            return inner;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) return parseNumber();
        if (isIdentStart(c)) return parseName();
        return fail(m_pos, "expected a value, a name or “(” but found “" + characterAt(m_src, m_pos) + "”",
                    "erwartet war ein Wert, ein Name oder „(“, gefunden: „" + characterAt(m_src, m_pos) + "“");
    }

    std::optional<ExprId> parseNumber() {
        const std::size_t start = m_pos;
        std::int64_t value = 0;
        while (m_pos < m_src.size() && std::isdigit(static_cast<unsigned char>(m_src[m_pos])) != 0) {
            const int digit = m_src[m_pos] - '0';
            if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10)
                return fail(start, "number too large", "Zahl zu groß");
            value = value * 10 + digit;
            ++m_pos;
        }
        if (m_pos < m_src.size()) {
            std::int64_t unit = 0;
            switch (m_src[m_pos]) {
            case 'm': unit = 1; break;
            case 'h': unit = kMinutesPerHour; break;
            case 'd': unit = kMinutesPerDay; break;
            case 'w': unit = kMinutesPerWeek; break;
            default: break;
            }
            const bool endsThere = m_pos + 1 >= m_src.size() || !isIdentChar(m_src[m_pos + 1]);
            if (unit != 0 && endsThere) {
                if (value > std::numeric_limits<std::int64_t>::max() / unit)
                    return fail(start, "duration too large", "Dauer zu groß");
                value *= unit;
                ++m_pos;
            } else if (isIdentChar(m_src[m_pos])) {
                return fail(start, "a number must not run into letters (durations are written 30m, 2h, 3d, 1w)",
                            "eine Zahl darf nicht in Buchstaben übergehen (Dauern schreibt man 30m, 2h, 3d, 1w)");
            }
        }
        return add(ExprOp::Const, 0, 0, value);
    }

    // Reads a name. Ids may contain '-', which is also minus: a '-' joins the name only when the
    // joined name is one the scenario defines, so "trust-1" stays a subtraction.
    std::string_view readName(bool allowDash) {
        const std::size_t start = m_pos;
        while (m_pos < m_src.size() && isIdentChar(m_src[m_pos])) ++m_pos;
        if (!allowDash) return m_src.substr(start, m_pos - start);
        std::size_t end = m_pos;
        std::size_t best = m_pos;
        // Ids are at most kMaxIdLength characters: joining stops there, so a long run of
        // "a-a-a-..." costs linear time, not one lookup of an ever longer name per dash.
        while (end < m_src.size() && end - start < kMaxIdLength && m_src[end] == '-' && end + 1 < m_src.size() &&
               isIdentChar(m_src[end + 1])) {
            ++end;
            while (end < m_src.size() && isIdentChar(m_src[end])) ++end;
            if (isKnownId(m_src.substr(start, end - start))) best = end;
        }
        m_pos = best;
        return m_src.substr(start, m_pos - start);
    }

    bool isKnownId(std::string_view name) const {
        const std::string key(name);
        return m_symbols.variables.count(key) != 0 || m_symbols.personas.count(key) != 0 ||
               m_symbols.facts.count(key) != 0 || m_symbols.nodes.count(key) != 0 ||
               m_symbols.choices.count(key) != 0;
    }

    std::optional<std::uint32_t> lookupIn(const std::unordered_map<std::string, std::uint32_t>& table,
                                          std::string_view name) const {
        auto it = table.find(std::string(name));
        if (it == table.end()) return std::nullopt;
        return it->second;
    }

    std::optional<ExprId> parseCall(std::string_view function, std::size_t at) {
        if (!acceptSymbol("("))
            return fail(m_pos, "“" + std::string(function) + "” needs an argument in parentheses",
                        "„" + std::string(function) + "“ braucht ein Argument in Klammern");
        auto argument = [&](const std::unordered_map<std::string, std::uint32_t>& table, std::string_view kindEn,
                            std::string_view kindDe, std::string_view kindId) -> std::optional<std::uint32_t> {
            skipSpace();
            const std::size_t nameAt = m_pos;
            if (m_pos >= m_src.size() || !isIdentStart(m_src[m_pos]))
                return fail(m_pos, "expected the id of a " + std::string(kindEn),
                            "erwartet war die Kennung: " + std::string(kindDe));
            const std::string_view name = readName(true);
            std::optional<std::uint32_t> index = lookupIn(table, name);
            if (!index) return failUnknown(nameAt, name, kindEn, kindDe, kindId);
            return index;
        };
        std::optional<ExprId> result;
        if (function == "known") {
            if (auto fact = argument(m_symbols.facts, "fact", "Fakt", "fact")) result = add(ExprOp::Known, *fact);
        } else if (function == "visited") {
            if (auto node = argument(m_symbols.nodes, "node", "Knoten", "node")) result = add(ExprOp::Visited, *node, 0);
        } else if (function == "chose") {
            if (auto choice = argument(m_symbols.choices, "choice", "Auswahl", "choice"))
                result = add(ExprOp::Chose, *choice, 0);
        } else { // linked
            auto first = argument(m_symbols.personas, "persona", "Person", "persona");
            if (first && !acceptSymbol(","))
                return fail(m_pos, "linked(…) needs two persona ids separated by “,”",
                            "linked(…) braucht zwei Personen-Kennungen, getrennt durch „,“");
            auto second = first ? argument(m_symbols.personas, "persona", "Person", "persona") : std::nullopt;
            if (second) result = add(ExprOp::Linked, *first, *second);
        }
        if (!result) return std::nullopt;
        if (!acceptSymbol(")")) return fail(m_pos, "missing “)”", "„)“ fehlt");
        (void)at;
        return result;
    }

    std::optional<ExprId> parseName() {
        const std::size_t at = m_pos;
        const std::string_view word = readName(true);
        if (word == "true") return add(ExprOp::Const, 0, 0, 1);
        if (word == "false") return add(ExprOp::Const, 0, 0, 0);
        if (word == "time") return add(ExprOp::Time);
        if (word == "days") return add(ExprOp::Days);
        if (word == "budget") return add(ExprOp::Budget);
        if (word == "known" || word == "visited" || word == "chose" || word == "linked") return parseCall(word, at);
        if (word == "and" || word == "or" || word == "not")
            return fail(at, "“" + std::string(word) + "” needs a value before it", "vor „" + std::string(word) + "“ fehlt ein Wert");
        if (auto stage = stageFromId(word)) return add(ExprOp::Const, 0, 0, static_cast<std::int64_t>(*stage));

        if (m_pos < m_src.size() && m_src[m_pos] == '.') {
            auto persona = lookupIn(m_symbols.personas, word);
            if (!persona) return failUnknown(at, word, "persona", "Person", "persona");
            ++m_pos;
            const std::size_t fieldAt = m_pos;
            const std::string_view field = readName(false);
            for (const FieldName& f : kFields) {
                if (f.id != field) continue;
                if (f.field == PersonaField::Willingness && m_symbols.format < 2) {
                    m_error.needsFormat2 = true;
                    return fail(fieldAt, "“" + std::string(field) + "” is new in format 2: write \"format\": 2 at the top of the file",
                                "„" + std::string(field) + "“ gibt es erst ab Format 2: Schreiben Sie oben \"format\": 2");
                }
                return add(ExprOp::PersonaField, *persona, static_cast<std::uint32_t>(f.field));
            }
            return failUnknown(fieldAt, field, "persona field", "Personen-Feld", "field");
        }
        if (auto variable = lookupIn(m_symbols.variables, word)) return add(ExprOp::Variable, *variable);
        if (lookupIn(m_symbols.personas, word))
            return fail(at, "“" + std::string(word) + "” is a persona: name a field, for example " + std::string(word) +
                                ".vertrauen",
                        "„" + std::string(word) + "“ ist eine Person: bitte ein Feld nennen, etwa " + std::string(word) +
                            ".vertrauen");
        if (lookupIn(m_symbols.facts, word))
            return fail(at, "“" + std::string(word) + "” is a fact: write known(" + std::string(word) + ")",
                        "„" + std::string(word) + "“ ist ein Fakt: known(" + std::string(word) + ") schreiben");
        return failUnknown(at, word, "variable", "Variable", "variable");
    }
};

} // namespace

std::optional<ExprId> parseExpression(std::string_view source, const ExprSymbols& symbols,
                                      std::vector<ExprNode>& pool, ExprError& error) {
    return Parser(source, symbols, pool, error).parseAll();
}

std::optional<std::int64_t> parseDuration(std::string_view text) {
    // Parts from the largest unit down, each at most once: "2h", "6h30m", "1d12h"; a bare number
    // counts minutes.
    static constexpr struct {
        char letter;
        std::int64_t minutes;
    } kUnits[] = {{'w', kMinutesPerWeek}, {'d', kMinutesPerDay}, {'h', kMinutesPerHour}, {'m', 1}};
    if (text.empty()) return std::nullopt;
    std::int64_t total = 0;
    std::size_t nextUnit = 0; // units already passed may not come again
    while (!text.empty()) {
        std::size_t digits = 0;
        std::int64_t value = 0;
        while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])) != 0)
            value = value * 10 + (text[digits++] - '0');
        if (digits == 0 || digits > 9) return std::nullopt;
        text.remove_prefix(digits);
        if (text.empty()) return nextUnit == 0 ? std::optional<std::int64_t>(value) : std::nullopt; // "2h30" is unclear
        std::size_t u = nextUnit;
        while (u < std::size(kUnits) && kUnits[u].letter != text.front()) ++u;
        if (u == std::size(kUnits)) return std::nullopt;
        total += value * kUnits[u].minutes;
        nextUnit = u + 1;
        text.remove_prefix(1);
    }
    return total;
}

} // namespace rapport
