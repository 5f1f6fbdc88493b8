#pragma once
// The story of a terminal playthrough: scene headers, the lines, each move's reasons grouped per
// person (one line each), one line per time jump for cooling, and the open choices.

#include "rapport/play/Runner.h"

#include <cstddef>
#include <ostream>
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

    /// Ends the scripted part of a run (`--continue`): from now on the open choices are listed.
    void endScript() { m_style.scripted = false; }

    /// With held-back reasons: all of them, by decision, before the debrief.
    void showHeldReasons();

private:
    void showChangesUpTo(std::size_t end);

    const Runner& m_runner;
    Lang m_lang;
    TerminalStyle m_style;
    std::ostream& m_out;
    std::size_t m_shownLines = 0;
    std::size_t m_shownChanges = 0;
    TextId m_scene = kNone;
    std::vector<std::string> m_held; ///< reason lines kept back, each headed by its decision
};

} // namespace rapport::cli
