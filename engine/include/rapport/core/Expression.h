#pragma once
// Conditions and values written as strings in scenario files ("trust > 3 and known(article)"),
// compiled once at load into a flat node pool and evaluated against a State.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport {

using ExprId = std::uint32_t;
inline constexpr ExprId kNoExpr = 0xFFFFFFFFu;

/// Ids (of nodes, choices, personas, facts, variables) are at most this many characters.
inline constexpr std::size_t kMaxIdLength = 64;
/// An expression has at most this many nodes (names, numbers, operators): every pass over it
/// (evaluation, the analyzer's bounds) is then short, and its recursion shallow.
inline constexpr std::size_t kMaxExpressionNodes = 512;
/// Parentheses, `not` and unary minus nest at most this deep.
inline constexpr std::size_t kMaxExpressionNesting = 32;

enum class ExprOp : std::uint8_t {
    Const,        // value
    Variable,     // a = variable index
    Time,         // minutes since start
    Days,         // whole days since start
    Budget,       // research minutes left
    PersonaField, // a = persona index, b = PersonaField
    Known,        // a = fact index
    Visited,      // a = node index, b = tracking slot
    Chose,        // a = choice index, b = tracking slot
    Linked,       // a, b = persona indices
    Neg, Not,     // a = operand
    Add, Sub, Mul, Div, Mod, Eq, Ne, Lt, Le, Gt, Ge, And, Or // a, b = operands
};

/// How many operands (`a`, then `b`) an expression node refers to: 0 for values, 1 for `-` and
/// `not`, 2 for the operators from Add on.
[[nodiscard]] constexpr int operandCount(ExprOp op) {
    return op >= ExprOp::Add ? 2 : (op == ExprOp::Neg || op == ExprOp::Not ? 1 : 0);
}

/// What `persona.FIELD` reads. Dimensions come first so a Dimension casts to its field.
enum class PersonaField : std::uint8_t {
    Sympathie, Anerkennung, Vertrauen, Gegenseitigkeit, Intensitaet, Kompetenz,
    Quality, Stage, Pressure, Owed, Encounters, Willing, Silence,
    Willingness // format 2: the 0-100 grade of a medium request in person
};

struct ExprNode {
    ExprOp op = ExprOp::Const;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::int64_t value = 0;
};

/// Names an expression may use; built by the loader before any expression is parsed.
struct ExprSymbols {
    std::unordered_map<std::string, std::uint32_t> variables;
    std::unordered_map<std::string, std::uint32_t> personas;
    std::unordered_map<std::string, std::uint32_t> facts;
    std::unordered_map<std::string, std::uint32_t> nodes;
    std::unordered_map<std::string, std::uint32_t> choices;
    int format = 2; ///< the file's format: names that are newer are reported as such
};

/// A problem in an expression: where (in characters from the start of the source) and what.
struct ExprError {
    std::size_t offset = 0;
    std::string messageEn;
    std::string messageDe;
    std::string unknownName; ///< set when the problem is an unknown name (for "did you mean")
    std::string nameKind;    ///< "variable", "persona", "fact", "node", "choice" or "field"
    bool needsFormat2 = false; ///< the name exists, but only from format 2 on
};

/// Parses `source` into `pool`; returns the root node's id, or the first error.
[[nodiscard]] std::optional<ExprId> parseExpression(std::string_view source, const ExprSymbols& symbols,
                                                    std::vector<ExprNode>& pool, ExprError& error);

/// Parses a duration ("15m", "2h", "3d", "2w" or plain minutes); std::nullopt if malformed.
[[nodiscard]] std::optional<std::int64_t> parseDuration(std::string_view text);

} // namespace rapport
