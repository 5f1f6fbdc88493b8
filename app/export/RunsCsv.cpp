#include "export/RunsCsv.h"

#include "export/CsvTable.h"
#include "store/LearnerScore.h"
#include "store/TimeText.h"

#include "rapport/model/Score.h"
#include "rapport/report/Debrief.h"

namespace rapport::exports {
namespace {

std::string styleText(const std::string& id, Lang lang) {
    for (int s = 0; s < kStyleCount; ++s)
        if (styleId(static_cast<Style>(s)) == id) return std::string(styleName(static_cast<Style>(s), lang));
    return id; // a style a newer Rapport knows
}

std::string ratingText(const std::string& id, Lang lang) {
    const bool de = lang == Lang::De;
    if (id == "good") return de ? "gut" : "good";
    if (id == "mixed") return de ? "gemischt" : "mixed";
    if (id == "poor") return de ? "schwach" : "poor";
    if (id == "unrated") return de ? "ohne Wertung" : "unrated";
    return id;
}

// The band's label for people („Gelungen“); the id itself when a newer Rapport wrote it.
std::string scoreLabelText(const std::string& id, Lang lang) {
    for (int b = 0; b <= static_cast<int>(ScoreBand::Outstanding); ++b)
        if (idOf(static_cast<ScoreBand>(b)) == id) return std::string(labelOf(static_cast<ScoreBand>(b), lang));
    return id;
}

std::string languageText(const std::string& id, Lang lang) {
    if (id == "de") return lang == Lang::De ? "Deutsch" : "German";
    if (id == "en") return lang == Lang::De ? "Englisch" : "English";
    return id;
}

// "Geben vor Nehmen (2), Zuhören (1)": the principles with a count above zero, as the run lists them.
std::string principleList(const std::vector<store::PrincipleRecord>& list, bool followed, Lang lang) {
    std::string out;
    for (const store::PrincipleRecord& p : list) {
        const int count = followed ? p.followed : p.violated;
        if (count <= 0) continue;
        if (!out.empty()) out += ", ";
        const auto principle = principleFromId(p.principle);
        out += principle ? std::string(nameOf(*principle, lang)) : p.principle;
        out += " (" + std::to_string(count) + ")";
    }
    return out;
}

std::string outcomeText(const store::RunSummary& r, Lang lang) {
    const bool de = lang == Lang::De;
    if (!r.finished) return de ? "unterbrochen" : "unfinished";
    if (store::mastered(r.score)) return de ? "bestanden" : "passed";
    return de ? "nicht bestanden" : "failed";
}

} // namespace

std::vector<std::string> runsCsvHeader(Lang lang) {
    if (lang == Lang::De)
        return {"Profil", "xAPI-Pseudonym", "Durchgang", "Datum", "Szenario", "Szenario-Kennung", "Sprache", "Ergebnis", "Punkte",
                "Bewertung", "Beziehungsqualität", "Ende", "Wertung des Endes", "Stil", "Befolgte Prinzipien", "Verletzte Prinzipien",
                "Entscheidungen", "Dauer (min)"};
    return {"Profile", "xAPI pseudonym", "Run", "Date", "Scenario", "Scenario ID", "Language", "Result", "Score", "Label",
            "Relationship quality", "Ending", "Ending rating", "Style", "Principles followed", "Principles violated", "Decisions",
            "Duration (min)"};
}

std::string runsCsv(const std::vector<CsvRun>& runs, Lang lang) {
    CsvTable table(csvFormatFor(lang));
    for (const std::string& heading : runsCsvHeader(lang)) table.text(heading);
    table.endRow();
    for (const CsvRun& row : runs) {
        const store::RunSummary& r = row.run;
        table.text(row.profile).text(row.account).integer(r.id.v).text(store::localDateTime(r.startedAt, lang));
        table.text(row.scenarioTitle.empty() ? r.scenarioId : row.scenarioTitle).text(r.scenarioId).text(languageText(r.language, lang));
        table.text(outcomeText(r, lang)).integer(r.score).text(r.scoreLabel ? scoreLabelText(*r.scoreLabel, lang) : "");
        table.decimal(r.result, 100, 2); // hundredths of a point, as the store keeps them
        table.text(r.endingId.value_or("")).text(r.endingRating ? ratingText(*r.endingRating, lang) : "");
        table.text(r.style ? styleText(*r.style, lang) : "");
        table.text(principleList(r.principles, true, lang)).text(principleList(r.principles, false, lang));
        table.integer(r.steps).decimal(r.activeMs, 60'000, 1); // minutes with one decimal
        table.endRow();
    }
    return table.bytes();
}

} // namespace rapport::exports
