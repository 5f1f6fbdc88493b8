#pragma once
// The abstract domain of the analyzer: every value a set of states can hold, as intervals and
// three-valued flags. Each operation over-approximates the engine's rule of the same name, so
// whatever this domain rules out cannot happen in play (soundness); it may keep what cannot
// happen either (imprecision). Internal to the analyzer.

#include "rapport/core/Scenario.h"
#include "rapport/model/ActRules.h"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace rapport::detail {

inline constexpr std::int64_t kMinValue = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t kMaxValue = std::numeric_limits<std::int64_t>::max();

/// A closed interval of integers; never empty (emptiness is reported by the operations).
struct Iv {
    std::int64_t lo = kMinValue;
    std::int64_t hi = kMaxValue;
    bool operator==(const Iv& o) const { return lo == o.lo && hi == o.hi; }
};

/// A flag's possible values as bits: 1 it may be false, 2 it may be true.
enum Tri : std::uint8_t { kNo = 1, kYes = 2, kMaybe = 3 };

struct AbsPersona {
    std::array<Iv, kDimensionCount> dims; ///< hundredths
    Iv pressure, owed, encounters;        ///< pressure in hundredths
    std::uint64_t mustLinks = 0, mayLinks = 0;
};

/// A set of states at one place.
struct AbsState {
    bool live = false; ///< false: no state at all
    Iv time, budget;
    std::vector<Iv> vars;
    std::vector<std::uint8_t> facts, tracking; ///< Tri per fact and tracking slot
    std::vector<AbsPersona> personas;
};

/// The abstract counterparts of Evaluate, Play and Model over one scenario.
class Domain {
public:
    /// Collects the widening thresholds (every constant a condition compares with) and the bounds
    /// of every choice's act.
    explicit Domain(const Scenario& scenario);

    /// The single state play starts in (before the start node is entered).
    [[nodiscard]] AbsState initial() const;

    /// Every value the expression can take.
    [[nodiscard]] Iv eval(const AbsState& st, ExprId e) const;
    /// Whether a condition may be false and may be true (kNoExpr: always true).
    [[nodiscard]] Tri truth(const AbsState& st, ExprId e) const;
    /// Narrows `st` to the states where the condition is `want`; false when there are none.
    [[nodiscard]] bool refine(AbsState& st, ExprId e, bool want) const;

    /// Narrows `st` to the states where the choice is open; false when it never is.
    [[nodiscard]] bool refineOpen(AbsState& st, const Choice& c) const;
    /// Narrows `st` to the states where the choice is closed; false when it is always open.
    [[nodiscard]] bool refineClosed(AbsState& st, const Choice& c) const;

    /// Bounds what a choice's act does to `who`: the act table's bounds (actBounds), widened so
    /// that every dimension may also stay as it is.
    [[nodiscard]] ActBounds actBound(const Choice& c, PersonaIndex who) const;

    void applyEffects(AbsState& st, EffectRange range) const;
    void applyChoice(AbsState& st, const Choice& c) const;

    /// Joins `from` into `into`; true if `into` grew.
    static bool join(AbsState& into, const AbsState& from);
    /// Pushes every bound that grew since `before` to the next threshold (a constant of the
    /// scenario's conditions; for dimensions the next 5 points), so loops settle in few rounds.
    void widen(AbsState& st, const AbsState& before) const;

    /// Bounds on the scenario's result and on each persona's quality (hundredths).
    [[nodiscard]] Iv resultBounds(const AbsState& st) const;
    [[nodiscard]] Iv qualityBounds(const AbsPersona& p) const;

private:
    [[nodiscard]] Iv personaField(const AbsState& st, std::uint32_t who, std::uint32_t field) const;
    [[nodiscard]] bool refineTerm(AbsState& st, ExprId e, Iv allowed) const;
    [[nodiscard]] bool refineCompare(AbsState& st, ExprOp op, ExprId a, ExprId b) const;
    void applyAct(AbsState& st, const Choice& c) const;
    void actOnPersona(AbsState& st, const Choice& c, PersonaIndex who) const;
    /// Anything may have happened to this persona's view (a format 2 act or event not bounded yet).
    void unknownChange(AbsState& st, PersonaIndex who) const;
    void advanceTime(AbsState& st, std::int64_t minutes) const;
    [[nodiscard]] std::uint8_t slotTruth(const AbsState& st, std::uint32_t slot) const;

    void widenValue(Iv& v, Iv before, std::int64_t lo, std::int64_t hi, bool dimension) const;

    struct AbsEffects;

    const Scenario& m_s;
    std::vector<std::int64_t> m_thresholds; // sorted
    std::vector<bool> m_promises;           // per persona: a promise to them may break while time passes
    std::vector<std::array<ActBounds, 2>> m_actBounds; // per choice: for `with` and `withSecond`
};

} // namespace rapport::detail
