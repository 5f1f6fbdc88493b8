// The text linter of `rapport validate`: warnings about how texts read, not about what they do.
// Narration inside a speaker's words, quotation marks and apostrophes of the wrong language,
// a person addressed now with „Sie“, now with „du“, and translations of very different length.

#include "load/Loader.h"
#include "load/TextWords.h"

#include <algorithm>
#include <map>

namespace rapport::detail {
namespace {

constexpr std::string_view kLowOpen = "\xE2\x80\x9E";   // „
constexpr std::string_view kHighOpen = "\xE2\x80\x9C";  // “ (German closing, English opening)
constexpr std::string_view kHighClose = "\xE2\x80\x9D"; // ” (English closing)

std::size_t codePoints(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return !isContinuation(static_cast<unsigned char>(c)); }));
}

/// A piece of a text: speech inside quotation marks, or what surrounds it.
struct Piece {
    std::size_t at = 0;
    std::string_view text;
    bool speech = false;
};

/// Splits a text at its quotation marks (German „…“, English “…”); unclosed speech runs to the end.
std::vector<Piece> pieces(std::string_view s, Lang lang) {
    const std::string_view open = lang == Lang::De ? kLowOpen : kHighOpen;
    const std::string_view close = lang == Lang::De ? kHighOpen : kHighClose;
    std::vector<Piece> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t o = s.find(open, i);
        if (o != i) out.push_back({i, s.substr(i, (o == std::string_view::npos ? s.size() : o) - i), false});
        if (o == std::string_view::npos) break;
        const std::size_t c = s.find(close, o + open.size());
        const std::size_t end = c == std::string_view::npos ? s.size() : c + close.size();
        out.push_back({o, s.substr(o, end - o), true});
        i = end;
    }
    return out;
}

/// The offset of the first letter of narration (outside quotation marks), or npos.
std::size_t narrationAt(std::string_view s, Lang lang) {
    for (const Piece& p : pieces(s, lang)) {
        if (p.speech) continue;
        bool inPlaceholder = false;
        for (std::size_t i = 0; i < p.text.size(); ++i) {
            if (p.text[i] == '{') inPlaceholder = true;
            else if (p.text[i] == '}') inPlaceholder = false;
            else if (!inPlaceholder && isLetter(p.text, i)) return p.at + i;
        }
    }
    return std::string_view::npos;
}

struct MarkProblem {
    std::size_t at = std::string_view::npos;
    Words words;
};

/// The first quotation mark or apostrophe that does not belong to the text's language.
MarkProblem wrongMark(std::string_view s, Lang lang) {
    const bool de = lang == Lang::De;
    bool open = false; // inside German „…“ (a “ there closes)
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::string_view rest = s.substr(i);
        if (s[i] == '"')
            return {i, de ? Words{"Straight quotation marks (\") in the German text: write „…“.",
                                  "Gerade Anführungszeichen (\") im deutschen Text: Schreiben Sie „…“."}
                          : Words{"Straight quotation marks (\") in the English text: write “…”.",
                                  "Gerade Anführungszeichen (\") im englischen Text: Schreiben Sie “…”."}};
        if (s[i] == '\'')
            return {i, {"A straight apostrophe ('): write ’ (" + std::string(de ? "geht’s" : "don’t") + ").",
                        "Ein gerader Apostroph ('): Schreiben Sie ’ (" + std::string(de ? "geht’s" : "don’t") + ")."}};
        if (de && rest.substr(0, kLowOpen.size()) == kLowOpen) open = true;
        if (de && rest.substr(0, kHighOpen.size()) == kHighOpen) {
            if (!open)
                return {i, {"An English opening quotation mark (“) in the German text: German speech opens with „ "
                            "and closes with “.",
                            "Ein englisches öffnendes Anführungszeichen (“) im deutschen Text: Im Deutschen steht „ "
                            "am Anfang und “ am Ende."}};
            open = false;
        }
        if (de && rest.substr(0, kHighClose.size()) == kHighClose)
            return {i, {"An English closing quotation mark (”) in the German text: German speech closes with “.",
                        "Ein englisches schließendes Anführungszeichen (”) im deutschen Text: Im Deutschen endet "
                        "die Rede mit “."}};
        if (!de && rest.substr(0, kLowOpen.size()) == kLowOpen)
            return {i, {"A German quotation mark („) in the English text: write “…”.",
                        "Ein deutsches Anführungszeichen („) im englischen Text: Schreiben Sie “…”."}};
    }
    return {};
}

enum class Address { None, Formal, Familiar };

/// Whether a word starts a sentence or a quotation (where „Sie“ may mean "she" or "they").
bool sentenceStart(std::string_view s, std::size_t i) {
    std::size_t j = i;
    while (j > 0 && s[j - 1] == ' ') --j;
    if (j == 0) return true;
    const char c = s[j - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':') return true;
    // „ and … (E2 80 9E, E2 80 A6) open a sentence too.
    return j >= 3 && (s.substr(j - 3, 3) == kLowOpen || s.substr(j - 3, 3) == "\xE2\x80\xA6");
}

/// How German speech addresses its listener: formal „Sie/Ihnen“, familiar „du/dich/dir/dein…“.
std::pair<Address, std::size_t> addressIn(std::string_view speech) {
    static constexpr std::array<std::string_view, 9> kFamiliar{"du", "Du", "dich", "dir", "dein", "deine", "deinen",
                                                               "deinem", "deiner"};
    static constexpr std::array<std::string_view, 6> kFormal{"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem"};
    for (std::size_t i = 0; i < speech.size(); ++i) {
        for (std::string_view w : kFamiliar)
            if (wordAt(speech, i, w)) return {Address::Familiar, i};
        for (std::string_view w : kFormal)
            if (wordAt(speech, i, w) && !sentenceStart(speech, i)) return {Address::Formal, i};
    }
    return {Address::None, 0};
}

} // namespace

void Loader::collectLeafTexts(TextId t, std::vector<TextId>& out) const {
    if (t == kNone || t >= m_sc.texts.size()) return;
    const Text& text = m_sc.texts[t];
    if (text.condition != kNoExpr) {
        collectLeafTexts(text.whenTrue, out);
        collectLeafTexts(text.whenFalse, out);
    } else {
        out.push_back(t);
    }
}

void Loader::lintTexts() {
    // Quotation marks and lengths: every text the player can read.
    for (std::size_t t = 0; t < m_textJson.size(); ++t) {
        const auto [de, en] = m_textJson[t];
        for (const auto& [json, lang] : {std::pair{de, Lang::De}, std::pair{en, Lang::En}}) {
            if (json == kNoJson || !m_tree.isString(json)) continue;
            MarkProblem p = wrongMark(m_tree.string(json), lang);
            if (p.at != std::string_view::npos)
                reportAt(Severity::Warning, m_tree.sourceOffsetInString(json, p.at), json, "text-marks", std::move(p.words));
        }
        if (de == kNoJson || en == kNoJson || !m_tree.isString(de) || !m_tree.isString(en)) continue;
        const std::size_t lenDe = codePoints(m_tree.string(de)), lenEn = codePoints(m_tree.string(en));
        const std::size_t shorter = std::min(lenDe, lenEn), longer = std::max(lenDe, lenEn);
        // German runs about a fifth longer than English; twice as long (and more than a short phrase
        // apart) means a sentence is missing or added in one language.
        if (longer >= 2 * shorter + 10 && longer - shorter >= 30) {
            const bool deLonger = lenDe > lenEn;
            const std::string a = std::to_string(lenDe), b = std::to_string(lenEn);
            warning(deLonger ? de : en, "text-lengths",
                    {"The German text has " + a + " characters, the English one " + b +
                         ": is a sentence missing in one of them?",
                     "Der deutsche Text hat " + a + " Zeichen, der englische " + b +
                         ": Fehlt in einem von beiden ein Satz?"});
        }
    }

    // Narration inside a speaker's words: the player reads it as that person's speech.
    for (const Node& n : m_sc.nodes) {
        if (n.speaker == kNone || (n.kind != NodeKind::Line && n.kind != NodeKind::Decision)) continue;
        const Persona& speaker = m_sc.personas[n.speaker];
        for (TextId top : n.text) {
            std::vector<TextId> leaves;
            collectLeafTexts(top, leaves);
            for (TextId t : leaves) {
                if (t >= m_textJson.size()) continue;
                for (const auto& [json, lang] : {std::pair{m_textJson[t][0], Lang::De}, std::pair{m_textJson[t][1], Lang::En}}) {
                    if (json == kNoJson || !m_tree.isString(json)) continue;
                    const std::size_t at = narrationAt(m_tree.string(json), lang);
                    if (at == std::string_view::npos) continue;
                    reportAt(Severity::Warning, m_tree.sourceOffsetInString(json, at), json, "narration-in-speech",
                             {"This is shown as the words of " + speaker.name(Lang::En) +
                                  ", but part of it is not in quotation marks: narration (what people do, how it "
                                  "sounds) goes into a “narration” node, speech into “…”.",
                              "Das wird als Rede von " + speaker.name(Lang::De) +
                                  " gezeigt, aber ein Teil steht nicht in Anführungszeichen: Erzähltes (was jemand "
                                  "tut, wie es klingt) gehört in einen „narration“-Knoten, Rede in „…“."});
                    break; // one warning per text: the German and English usually share the mistake
                }
            }
        }
    }

    // „Sie“ or „du“: each person speaks to the player, and is spoken to, in one way throughout.
    struct Usage {
        std::uint32_t json = kNoJson;
        std::size_t at = 0;
    };
    // Per person and direction (0: the player to them, 1: they to the player): formal and familiar uses.
    std::map<std::pair<PersonaIndex, int>, std::array<std::vector<Usage>, 2>> uses;
    const auto scan = [&](TextId top, PersonaIndex who, int direction) {
        std::vector<TextId> leaves;
        collectLeafTexts(top, leaves);
        for (TextId t : leaves) {
            if (t >= m_textJson.size() || m_textJson[t][0] == kNoJson || !m_tree.isString(m_textJson[t][0])) continue;
            const std::uint32_t json = m_textJson[t][0];
            for (const Piece& p : pieces(m_tree.string(json), Lang::De)) {
                if (!p.speech) continue;
                const auto [address, at] = addressIn(p.text);
                if (address != Address::None)
                    uses[{who, direction}][address == Address::Formal ? 0 : 1].push_back({json, p.at + at});
            }
        }
    };
    for (const Node& n : m_sc.nodes)
        if (n.speaker != kNone)
            for (TextId t : n.text) scan(t, n.speaker, 1);
    for (const Choice& c : m_sc.choices)
        if (c.with != kNone && c.withSecond == kNone) scan(c.text, c.with, 0);
    for (const auto& [key, byForm] : uses) {
        if (byForm[0].empty() || byForm[1].empty()) continue;
        // The rarer form is the slip; on a tie the familiar one.
        const bool familiarRare = byForm[1].size() <= byForm[0].size();
        const std::string& name = m_sc.personas[key.first].name(Lang::En);
        const std::string& nameDe = m_sc.personas[key.first].name(Lang::De);
        const std::string many = std::to_string(byForm[familiarRare ? 0 : 1].size());
        const bool toThem = key.second == 0;
        for (const Usage& u : byForm[familiarRare ? 1 : 0]) {
            const std::string form = familiarRare ? "du" : "Sie";
            const std::string other = familiarRare ? "Sie" : "du";
            reportAt(Severity::Warning, m_tree.sourceOffsetInString(u.json, u.at), u.json, "sie-du",
                     {(toThem ? "The player says " + qEn(form) + " to " + name + " here, and " + qEn(other) + " in "
                              : name + " says " + qEn(form) + " to the player here, and " + qEn(other) + " in ") +
                          many + " other places: keep to one form per person.",
                      (toThem ? "Die Spielfigur sagt hier " + qDe(form) + " zu " + nameDe + ", an " + many +
                                    " anderen Stellen " + qDe(other)
                              : nameDe + " sagt hier " + qDe(form) + " zur Spielfigur, an " + many + " anderen Stellen " +
                                    qDe(other)) +
                          ": Bleiben Sie bei einer Anrede je Person."});
        }
    }
}

} // namespace rapport::detail
