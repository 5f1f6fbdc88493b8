// The words of the analyzer's text report (see AnalyzerWords.h).

#include "report/AnalyzerWords.h"

#include "rapport/model/Evaluate.h"
#include "rapport/model/Score.h"

#include <initializer_list>

namespace rapport {

std::string AnalyzerWords::sure(Guarantee g) const {
    switch (g) {
    case Guarantee::Proved: return tr("bewiesen", "proved");
    case Guarantee::Possible: return tr("möglich", "possible");
    case Guarantee::Estimated: return tr("geschätzt", "estimated");
    }
    return {};
}

std::string AnalyzerWords::points(std::int64_t hundredths) const {
    const bool negative = hundredths < 0;
    const std::int64_t v = negative ? -hundredths : hundredths;
    std::string s = (negative ? "-" : "") + std::to_string(v / 100);
    const std::int64_t frac = v % 100;
    if (frac != 0) {
        s += m_de ? ',' : '.';
        s += static_cast<char>('0' + frac / 10);
        if (frac % 10 != 0) s += static_cast<char>('0' + frac % 10);
    }
    return s;
}

std::string AnalyzerWords::range(const ValueRange& r) const {
    if (!r.known) return "–";
    return r.lo == r.hi ? points(r.lo) : points(r.lo) + "–" + points(r.hi);
}

std::string AnalyzerWords::scoreRange(const ValueRange& r, NodeIndex ending) const {
    if (!r.known) return "–";
    const int lo = scoreAt(m_s, r.lo, ending), hi = scoreAt(m_s, r.hi, ending);
    return lo == hi ? std::to_string(lo) : std::to_string(lo) + "–" + std::to_string(hi);
}

std::string AnalyzerWords::count(const PlaythroughCount& c) const {
    if (c.unbounded) return tr("unbegrenzt (eine Schleife lässt sich beliebig oft wiederholen)", "unbounded (a loop can repeat without end)");
    if (c.overflow) return tr("mehr als 2^128 − 1", "more than 2^128 − 1");
    return countToString(c.value);
}

std::string AnalyzerWords::playthroughWord(const PlaythroughCount& c) const {
    if (c.unbounded) return "";
    const bool one = c.value == 1 && !c.overflow;
    return one ? tr(" Durchgang", " run") : tr(" Durchgänge", " runs");
}

std::string AnalyzerWords::counted(std::size_t n, const char* deOne, const char* deMany, const char* enOne, const char* enMany) const {
    return std::to_string(n) + " " + (n == 1 ? tr(deOne, enOne) : tr(deMany, enMany));
}

std::string AnalyzerWords::choiceText(ChoiceIndex c) const {
    std::string text = textOf(m_s, nullptr, m_s.choices[c].text, m_lang);
    for (char& ch : text)
        if (ch == '\n') ch = ' ';
    return text.empty() ? m_s.choices[c].id : text;
}

std::string AnalyzerWords::quoted(const std::string& text) const {
    // A spoken line carries its own quotation marks already, and so does narration that quotes
    // speech ("You write again: “Just a quick nudge …”"): another pair around it would read „„…““.
    for (const char* mark : {"„", "“", "”", "\"", "‚", "‘", "»", "«"})
        if (text.find(mark) != std::string::npos) return text;
    return m_de ? "„" + text + "“" : "\"" + text + "\"";
}

std::string AnalyzerWords::number(std::uint64_t n) const {
    std::string digits = std::to_string(n);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, m_de ? "." : ",");
    return digits;
}

std::string AnalyzerWords::endingName(NodeIndex ending) const {
    std::string name = m_s.nodes[ending].id;
    switch (m_s.nodes[ending].rating) {
    case Rating::Good: return name + tr(" (gut)", " (good)");
    case Rating::Mixed: return name + tr(" (gemischt)", " (mixed)");
    case Rating::Poor: return name + tr(" (schwach)", " (poor)");
    case Rating::Unrated: break;
    }
    return name;
}

FilePlace AnalyzerWords::placeOf(NodeIndex node) const {
    return {"/nodes/" + std::to_string(node), "nodes[" + m_s.nodes[node].id + "]"};
}

std::string AnalyzerWords::place(const FilePlace& p) const { return p.pointer.empty() ? p.path : p.path + ", " + p.pointer; }

void AnalyzerWords::pathLines(const Witness& w) {
    if (w.steps.empty()) {
        m_out << "      " << tr("gleich zu Beginn\n", "right at the start\n");
        return;
    }
    std::size_t i = 0;
    for (const PathStep& step : w.steps) {
        m_out << "      " << ++i << ". ";
        if (step.choice != kNone) m_out << quoted(choiceText(step.choice)) << " (" << m_s.choices[step.choice].id << ")\n";
        else m_out << tr("Zufall: ", "chance: ") << m_s.nodes[step.chanceNode].id << " → " << m_s.nodes[step.chanceNext].id << "\n";
    }
    if (w.seeded) m_out << "      " << tr("(mit Startwert ", "(with seed ") << w.seed << ")\n";
}

} // namespace rapport
