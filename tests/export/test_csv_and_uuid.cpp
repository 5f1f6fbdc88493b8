// The CSV table as spreadsheets read it, and the name-based UUIDs that keep statement ids stable.

#include "export/CsvTable.h"
#include "export/NameUuid.h"

#include <doctest/doctest.h>

using namespace rapport;
using namespace rapport::exports;

namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (const std::uint8_t b : digest) {
        out += kHex[b >> 4];
        out += kHex[b & 0xf];
    }
    return out;
}

} // namespace

TEST_CASE("CSV: a byte-order mark, CRLF rows, semicolons and decimal commas in German, `,` and points in English") {
    CsvTable de(csvFormatFor(Lang::De));
    de.text("Szenario").text("Ergebnis").endRow();
    de.text("Erstgespräch „Weber“").decimal(4712, 100, 2).endRow();
    CHECK(de.bytes() == "\xEF\xBB\xBFSzenario;Ergebnis\r\nErstgespräch „Weber“;47,12\r\n");

    CsvTable en(csvFormatFor(Lang::En));
    en.text("a").decimal(4712, 100, 2).decimal(90'000, 60'000, 1).integer(-3).endRow();
    CHECK(en.bytes() == "\xEF\xBB\xBF" "a,47.12,1.5,-3\r\n");
}

TEST_CASE("CSV: a field with the separator, a quote or a line break is quoted, and one that looks like a formula is defused") {
    CsvTable de(csvFormatFor(Lang::De));
    de.text("a;b").text("sagte \"ja\"").text("zwei\nZeilen").text("a,b").endRow();
    CHECK(de.bytes() == "\xEF\xBB\xBF\"a;b\";\"sagte \"\"ja\"\"\";\"zwei\nZeilen\";a,b\r\n");
    CsvTable en(csvFormatFor(Lang::En));
    en.text("=HYPERLINK(\"x\")").text("+1").text("@SUM(A1)").text("-2").text("a=b").endRow();
    CHECK(en.bytes() == "\xEF\xBB\xBF\"'=HYPERLINK(\"\"x\"\")\",'+1,'@SUM(A1),'-2,a=b\r\n");
}

TEST_CASE("CSV: decimals are rounded half away from zero without binary fractions") {
    CsvTable en(csvFormatFor(Lang::En));
    en.decimal(5, 100, 1).decimal(-5, 100, 1).decimal(4, 100, 1).decimal(0, 100, 2).decimal(100, 100, 0).endRow();
    CHECK(en.bytes() == "\xEF\xBB\xBF" "0.1,-0.1,0.0,0.00,1\r\n");
}

TEST_CASE("SHA-1 and version-5 UUIDs match the standards' and Python's values") {
    CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(sha1(std::string(1000, 'a'))) == "291e9a6c66994949b57ba5e650361e98fc36b1ba");
    CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    UuidBytes dns{};
    REQUIRE(parseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", dns));
    CHECK(uuidText(uuid5(dns, "python.org")) == "886313e1-3b8a-5372-9b90-0c9aee199e5d"); // Python's uuid docs
    CHECK(uuidText(uuid5(urlNamespace(), "https://rapport.example/xapi/")) == "fb2e2c8a-0150-5514-a03f-5f1133904522");
    UuidBytes bad{};
    CHECK_FALSE(parseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c", bad));
    CHECK_FALSE(parseUuid("6ba7b810x9dad-11d1-80b4-00c04fd430c8", bad));
}
