// The scenario graph as Graphviz DOT. Everything an author needs to read the picture is in the
// picture: a legend, the rating of each ending in words, and the findings as notes on the nodes.

#include "rapport/report/GraphModel.h"

#include <sstream>

namespace rapport {
namespace {

/// A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n.
std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\r' || c == '\t') c = ' ';
        out += c;
    }
    out += '"';
    return out;
}

const char* tr(Lang lang, const char* de, const char* en) { return lang == Lang::De ? de : en; }

const char* ratingWords(Rating r, Lang lang) {
    switch (r) {
    case Rating::Good: return tr(lang, "gutes Ende", "good ending");
    case Rating::Mixed: return tr(lang, "Ende mit Licht und Schatten", "mixed ending");
    case Rating::Poor: return tr(lang, "schwaches Ende", "poor ending");
    case Rating::Unrated: break;
    }
    return tr(lang, "Ende", "ending");
}

const char* ratingFill(Rating r) {
    switch (r) {
    case Rating::Good: return "#b9e4a8";
    case Rating::Mixed: return "#fbe29a";
    case Rating::Poor: return "#f4b0a8";
    case Rating::Unrated: break;
    }
    return "#dddddd";
}

constexpr const char* kProvedColour = "#c0392b";   // a finding that is proved
constexpr const char* kPossibleColour = "#d68910"; // a finding that could not be ruled out
constexpr const char* kLoopColour = "#1f5fbf";

std::string note(const char* words, Guarantee g, Lang lang) {
    std::string s = "! ";
    s += words;
    if (g != Guarantee::Proved) s += tr(lang, " (möglich)", " (possible)");
    return s;
}

void writeNode(std::ostream& out, const GraphNode& n, Lang lang) {
    std::string label = n.id;
    if (n.kind == NodeKind::Ending) label += std::string("\n") + ratingWords(n.rating, lang);
    std::optional<Guarantee> worst;
    const auto mark = [&](const std::optional<Guarantee>& g, const char* words) {
        if (!g) return;
        label += "\n" + note(words, *g, lang);
        if (!worst || *g == Guarantee::Proved) worst = *g;
    };
    mark(n.neverReached, tr(lang, "nie erreicht", "never reached"));
    mark(n.deadEnd, tr(lang, "Sackgasse", "dead end"));
    mark(n.endlessLoop, tr(lang, "Schleife ohne Ausweg", "loop without a way out"));
    if (n.neverOpenChoices > 0) {
        label += "\n! " + std::to_string(n.neverOpenChoices) +
                 (n.neverOpenChoices == 1 ? tr(lang, " Wahl nie offen", " choice never open")
                                          : tr(lang, " Wahlen nie offen", " choices never open"));
        if (!worst) worst = Guarantee::Proved;
    }

    std::string shape = "box", style = "rounded";
    switch (n.kind) {
    case NodeKind::Narration:
    case NodeKind::Line: break;
    case NodeKind::Decision: style = "rounded,bold"; break;
    case NodeKind::Branch: shape = "diamond"; style = ""; break;
    case NodeKind::Chance: shape = "hexagon"; style = ""; break;
    case NodeKind::Ending: style = "rounded,filled"; break;
    }
    if (n.neverReached) style += style.empty() ? "dashed" : ",dashed";

    out << "  " << quoted(n.id) << " [label=" << quoted(label) << ", shape=" << shape;
    if (!style.empty()) out << ", style=" << quoted(style);
    if (n.kind == NodeKind::Ending) out << ", fillcolor=" << quoted(ratingFill(n.rating));
    if (worst) {
        const char* colour = *worst == Guarantee::Proved ? kProvedColour : kPossibleColour;
        out << ", color=" << quoted(colour) << ", fontcolor=" << quoted(colour) << ", penwidth=2";
    } else if (n.inLoop) {
        out << ", color=" << quoted(kLoopColour);
    }
    if (n.start) out << ", peripheries=2";
    if (!n.firstLine.empty()) out << ", tooltip=" << quoted(n.firstLine);
    out << "];\n";
}

void writeEdge(std::ostream& out, const GraphModel& graph, const GraphEdge& e, Lang lang) {
    std::string label = e.label;
    if (e.neverOpen)
        label += e.neverOpen == Guarantee::Proved ? tr(lang, "\n(nie offen)", "\n(never open)")
                                                  : tr(lang, "\n(vielleicht nie offen)", "\n(perhaps never open)");
    out << "  " << quoted(graph.nodes[e.from].id) << " -> " << quoted(graph.nodes[e.to].id);
    out << " [";
    if (!label.empty()) out << "label=" << quoted(label) << ", ";
    if (e.neverOpen) {
        const char* colour = *e.neverOpen == Guarantee::Proved ? kProvedColour : kPossibleColour;
        out << "style=dotted, color=" << quoted(colour) << ", fontcolor=" << quoted(colour);
    } else if (e.inLoop) {
        out << "color=" << quoted(kLoopColour) << ", fontcolor=" << quoted(kLoopColour) << ", penwidth=2";
    } else {
        out << "color=\"#555555\"";
    }
    out << "];\n";
}

void writeLegend(std::ostream& out, Lang lang) {
    out << "  subgraph cluster_legend {\n"
        << "    label=" << quoted(tr(lang, "Legende", "Legend")) << "; fontname=\"DejaVu Sans\"; color=\"#999999\";\n"
        << "    \"legend good\" [label=" << quoted(ratingWords(Rating::Good, lang)) << ", shape=box, style=\"rounded,filled\", fillcolor="
        << quoted(ratingFill(Rating::Good)) << "];\n"
        << "    \"legend mixed\" [label=" << quoted(ratingWords(Rating::Mixed, lang)) << ", shape=box, style=\"rounded,filled\", fillcolor="
        << quoted(ratingFill(Rating::Mixed)) << "];\n"
        << "    \"legend poor\" [label=" << quoted(ratingWords(Rating::Poor, lang)) << ", shape=box, style=\"rounded,filled\", fillcolor="
        << quoted(ratingFill(Rating::Poor)) << "];\n"
        << "    \"legend loop\" [label=" << quoted(tr(lang, "blau: Schleife", "blue: loop")) << ", shape=box, style=rounded, color="
        << quoted(kLoopColour) << "];\n"
        << "    \"legend finding\" [label="
        << quoted(tr(lang, "rot: Befund der Analyse (orange: möglich)", "red: the analyzer's finding (orange: possible)"))
        << ", shape=box, style=rounded, color=" << quoted(kProvedColour) << ", fontcolor=" << quoted(kProvedColour) << "];\n"
        << "    \"legend good\" -> \"legend mixed\" -> \"legend poor\" -> \"legend loop\" -> \"legend finding\" [style=invis];\n"
        << "  }\n";
}

} // namespace

std::string graphDot(const Scenario& scenario, const GraphModel& graph, Lang lang) {
    std::ostringstream out;
    out << "digraph " << quoted(scenario.id) << " {\n"
        << "  graph [rankdir=TB, fontname=\"DejaVu Sans\", label=" << quoted(scenario.id) << ", labelloc=t];\n"
        << "  node [fontname=\"DejaVu Sans\", fontsize=11];\n"
        << "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";
    writeLegend(out, lang);
    for (const GraphNode& n : graph.nodes) writeNode(out, n, lang);
    for (const GraphEdge& e : graph.edges) writeEdge(out, graph, e, lang);
    out << "}\n";
    return out.str();
}

} // namespace rapport
