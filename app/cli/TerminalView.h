#pragma once
// The story of a terminal playthrough: scene headers, the lines, each move's reasons grouped per
// person (one line each), one line per time jump for the cooling of the people met so far, and the
// open choices.

#include "rapport/play/Runner.h"

#include <cstddef>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace rapport::cli {

/// How much of the story the terminal tells.
struct TerminalStyle {
    bool holdReasons = false; ///< keep the reasons back until the debrief (`--reasons end`)
    bool scripted = false;    ///< --choices: show only the choice taken, not the ones left open
};

/// Prints what happened since the last decision and the choices now open.
class TerminalView {
public:
    TerminalView(const Runner& runner, Lang lang, TerminalStyle style, std::ostream& out);

    /// Lines and changes since the last call, in the order they happened.
    void showNew();

    /// The choices open now (none in a scripted run: its transcript names only the one taken).
    void showChoices();

    /// The choice just taken, for a transcript of scripted or piped play: in a scripted run on
    /// the line of the question it answers ("Womit eröffnen Sie? → Mit der VX …"), else on its own.
    void showTaken();

    /// Ends the scripted part of a run (`--continue`): from now on the open choices are listed.
    void endScript();

    /// Tells everything not yet told (the story's end, or a run stopped before its end).
    void finishStory();

    /// With held-back reasons: all of them, by decision, before the debrief.
    void showHeldReasons();

    /// Ends the story line left open for an answer, if any (before anything else is printed).
    void closeLine();

private:
    void showChangesUpTo(std::size_t end);
    /// " – 3 Tage später" for a scene header when the scene's node makes time pass and nothing
    /// cools with it (then the time goes into the header, not a line of its own); else empty.
    std::string sceneTimeJump(std::size_t line);
    /// The end of the time passing (and the cooling it brings) that opens the node of `line`, or
    /// where the shown changes end when the node does not open with time passing.
    std::size_t timePassingEnd(std::size_t line) const;
    /// Whether the terminal tells this change as cooling: time's work on someone already met.
    bool toldCooling(const Change& c) const;

    const Runner& m_runner;
    Lang m_lang;
    TerminalStyle m_style;
    std::ostream& m_out;
    std::size_t m_shownLines = 0;
    std::size_t m_shownChanges = 0;
    TextId m_scene = kNone;
    bool m_lineOpen = false;        ///< the last story line waits for its newline (scripted: the answer may join it)
    NodeIndex m_openLineNode = kNone; ///< the node whose text that line is
    std::set<std::size_t> m_foldedClocks; ///< time changes told in a scene header
    std::vector<std::string> m_held; ///< reason lines kept back, each headed by its decision
    std::set<PersonaIndex> m_met;    ///< people who spoke or were moved by the player so far
};

} // namespace rapport::cli
