#include "print/PrintText.h"

#include "rapport/model/Evaluate.h"
#include "rapport/report/Points.h"

namespace rapport::print {

std::string printedChange(std::int64_t hundredths, Lang lang) {
    std::string text = formatChange(hundredths);
    if (!text.empty() && text[0] == '-') text.replace(0, 1, "\u2212"); // a minus, not a hyphen, on paper
    if (lang == Lang::De)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

std::string quoted(const std::string& text, Lang lang) {
    // Spoken lines arrive with their own quotation marks: quoting them again would double or
    // nest them.
    for (const char* mark : {"„", "“", "”", "\"", "»", "«"})
        if (text.find(mark) != std::string::npos) return text;
    return lang == Lang::De ? "„" + text + "“" : "“" + text + "”";
}

std::string peopleLine(const Scenario& scenario, Lang lang) {
    std::string out = lang == Lang::De ? "Mit " : "With ";
    for (std::size_t i = 0; i < scenario.personas.size(); ++i) {
        if (i > 0) out += i + 1 == scenario.personas.size() ? (lang == Lang::De ? " und " : " and ") : ", ";
        out += scenario.personas[i].name(lang);
    }
    return out;
}

std::string scenarioTitle(const Scenario& scenario, Lang lang) {
    return scenario.title != kNone ? textOf(scenario, nullptr, scenario.title, lang) : scenario.id;
}

} // namespace rapport::print
