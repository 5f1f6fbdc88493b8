// German and English break points from the system's dictionaries (libhyphen, hyphen-de/en-us).

#include "print/Hyphenation.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace rapport;
using namespace rapport::print;

TEST_CASE("hyphenation: German words break at their syllables and joints") {
    const Hyphenator* de = systemHyphenator(Lang::De);
    REQUIRE_MESSAGE(de != nullptr, "hyphen-de is not installed: " << hyphenDictionary(Lang::De).string());
    CHECK(de->showBreaks("Beziehungsqualität") == "Be-zie-hungs-qua-li-tät");
    CHECK(de->showBreaks("Vertrauen") == "Ver-trauen");
    CHECK(de->showBreaks("Schlüsselmomente") == "Schlüs-sel-mo-mente");
}

// Each word is hyphenated with a small dictionary of the patterns inside it. These words broke
// differently from the whole dictionary while that was being built (compound parts between dots
// of their own, prefixes of longer patterns, two patterns with the same letters); the breaks
// here are those of libhyphen with the whole hyph_de_DE.dic, which agreed on 6,684 words of the
// bundled scenarios and docs (loading it whole takes seconds, too slow for every run).
TEST_CASE("hyphenation: German compounds break as with the whole dictionary") {
    const Hyphenator* de = systemHyphenator(Lang::De);
    REQUIRE(de != nullptr);
    CHECK(de->showBreaks("Glückwunsch") == "Glück-wunsch");
    CHECK(de->showBreaks("Mittwochabend") == "Mitt-woch-abend");
    CHECK(de->showBreaks("Seminarfassungen") == "Se-mi-nar-fas-sun-gen");
    CHECK(de->showBreaks("Beziehungsmanagement") == "Be-zie-hungs-ma-nage-ment");
    CHECK(de->showBreaks("Herbstausfahrt") == "Herbstaus-fahrt");
    CHECK(de->showBreaks("dienstältesten") == "dien-st-äl-tes-ten"); // the dictionary's own quirk, kept
}

TEST_CASE("hyphenation: English words break as in an English dictionary") {
    const Hyphenator* en = systemHyphenator(Lang::En);
    REQUIRE_MESSAGE(en != nullptr, "hyphen-en-us is not installed: " << hyphenDictionary(Lang::En).string());
    CHECK(en->showBreaks("relationship") == "re-la-tion-ship");
}

// Three letters at least stay after a break: "Punk-te" and "kurz-er" would read badly.
TEST_CASE("hyphenation: short words, numbers, quotes and capitals stay as they were") {
    const Hyphenator* de = systemHyphenator(Lang::De);
    REQUIRE(de != nullptr);
    CHECK(de->hyphenate("Ein „kurzer“ Satz – 47,5 Punkte.") == "Ein „kur\u00ADzer“ Satz – 47,5 Punkte.");
    // Capitals are lowercased for the patterns only; the word keeps its case.
    std::string shouted = de->showBreaks("GESCHÄFTSFÜHRUNG");
    CHECK(shouted.find('-') != std::string::npos);
    shouted.erase(std::remove(shouted.begin(), shouted.end(), '-'), shouted.end());
    CHECK(shouted == "GESCHÄFTSFÜHRUNG");
    CHECK(de->hyphenate(std::string_view("ab\xff" "cd", 5)) == std::string("ab\xff" "cd", 5)); // a malformed byte passes through
}

TEST_CASE("hyphenation: a missing dictionary gives no hyphenator, not a crash") {
    CHECK(Hyphenator::load("/nonexistent/hyph_xx.dic") == nullptr);
}
