// Hostile input for the loader (issue 11): the files of tests/data/hostile/ and the same shapes
// scaled up in memory. Each case stands for a class a fuzzer or a review found: recursion without
// a bound, reports that grow with the square of the problems, messages that copy megabytes or a
// line break, files that block a reader.

#include "rapport/core/Cite.h"
#include "rapport/core/Diagnostics.h"
#include "rapport/load/ScenarioLoader.h"
#include "load/Suggest.h"

#include <doctest/doctest.h>

#include <chrono>
#include <functional>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace rapport;
namespace fs = std::filesystem;

namespace {

const std::string kData = RAPPORT_TEST_DATA;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string minimal() { return readFile(kData + "/good/minimal.json"); }

/// The minimal scenario with `extra` (fields, each followed by a comma) first in its object.
std::string withFields(const std::string& extra) {
    std::string text = minimal();
    return text.insert(text.find('{') + 1, extra);
}

/// The minimal scenario with the first choice's condition replaced.
std::string withCondition(const std::string& condition) {
    std::string text = minimal();
    const std::string from = "\"if\": \"visited(pause) and not chose(fragen)\"";
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), "\"if\": \"" + condition + "\"");
}

double secondsFor(const std::function<void()>& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

bool hasCode(const LoadResult& r, const std::string& code) {
    for (const Diagnostic& d : r.diagnostics)
        if (d.code == code) return true;
    return false;
}

} // namespace

TEST_CASE("a report shows 200 problems in full and counts the rest") {
    struct Case {
        const char* file;
        std::size_t more;
    };
    for (const Case& c : {Case{"many-unknown-fields.json", 100}, Case{"many-duplicate-keys.json", 100},
                          Case{"many-unknown-references.json", 800}}) {
        CAPTURE(c.file);
        const LoadResult r = loadScenarioFile(kData + "/hostile/" + c.file);
        REQUIRE(r.diagnostics.size() == 201);
        const Diagnostic& last = r.diagnostics.back();
        CHECK(last.code == "more-problems");
        CHECK(last.severity == Severity::Error);
        CHECK(r.moreErrors == c.more);
        CHECK(last.messageEn.find(std::to_string(c.more) + " more problems") != std::string::npos);
        CHECK(last.messageDe.find("Weitere " + std::to_string(c.more) + " Probleme") != std::string::npos);
        CHECK(r.scenario == nullptr);
    }
    // The first references still get their suggestion.
    const LoadResult refs = loadScenarioFile(kData + "/hostile/many-unknown-references.json");
    CHECK(refs.diagnostics.front().messageEn.find("Did you mean “node0000”?") != std::string::npos);
}

TEST_CASE("many problems on one long line take time in proportion to the file") {
    // 20,000 unknown fields, duplicates and references, each file on one line: columns, pointers,
    // suggestions and the duplicate list once grew with the square of the count (minutes here).
    std::string unknown, duplicates, nodes;
    for (int i = 0; i < 20000; ++i) {
        unknown += ", \"zz" + std::to_string(i) + "\": 1";
        duplicates += ", \"minutes\": 5";
        nodes += ", {\"id\": \"node" + std::to_string(i) + "\", \"type\": \"narration\", \"text\": {\"de\": \"x\", "
                 "\"en\": \"x\"}, \"next\": \"nxde" + std::to_string(i) + "\"}";
    }
    std::string refs = minimal();
    refs.replace(refs.rfind(']'), 1, nodes + "]");
    for (const std::string& text : {withFields(unknown.substr(1) + ","), withFields(duplicates.substr(1) + ","), refs}) {
        LoadResult r;
        const double seconds = secondsFor([&] { r = loadScenarioText(text, "many.json"); });
        CHECK(seconds < 10.0); // about 0.1 s in Release, a few seconds under the sanitizers
        REQUIRE(r.diagnostics.size() == 201);
        CHECK(r.diagnostics.back().code == "more-problems");
        CHECK(r.moreErrors >= 19800);
    }
}

TEST_CASE("messages cite a short prefix of what they name, with control characters escaped") {
    const LoadResult r = loadScenarioFile(kData + "/hostile/long-key.json");
    REQUIRE_FALSE(r.diagnostics.empty());
    const Diagnostic& d = r.diagnostics.front();
    CHECK(d.code == "unknown-field");
    CHECK(d.messageEn.find("“" + std::string(kCiteChars, 'k') + "…”") != std::string::npos);
    CHECK(d.messageEn.size() < 1000);
    CHECK(d.pointer.size() < 100); // the key in the pointer is cut too
    for (Lang lang : {Lang::De, Lang::En}) CHECK(formatDiagnostic(d, lang).size() < 1200);

    // A key with a line break and an escape sequence: one line, nothing for a terminal to act on.
    const LoadResult evil = loadScenarioText(withFields("\"a\\nb\\u001b[2J\": 1,"), "evil.json");
    REQUIRE_FALSE(evil.diagnostics.empty());
    const std::string line = formatDiagnostic(evil.diagnostics.front(), Lang::En);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\x1b') == std::string::npos);
    CHECK(line.find("“a\\nb\\x1B[2J”") != std::string::npos);
}

TEST_CASE("a file name with a line break cannot forge a diagnostic line") {
    const std::string name = "evil.json\nother.json:1:1: error: forged";
    const LoadResult r = loadScenarioText("{\"format\": 99}", name);
    REQUIRE(r.diagnostics.size() == 1);
    const std::string line = formatDiagnostic(r.diagnostics[0], Lang::En);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.rfind("evil.json\\nother.json:1:1: error: forged:1:12: error: ", 0) == 0);
}

TEST_CASE("cite and escapeForMessage: short, one line, valid UTF-8") {
    CHECK(cite("vertrauen") == "vertrauen");
    CHECK(cite(std::string(100, 'x')) == std::string(kCiteChars, 'x') + "…");
    CHECK(cite("äöü ß", 3) == "äöü…"); // characters, not bytes
    CHECK(cite("a\nb\tc\r") == "a\\nb\\tc\\r");
    CHECK(cite(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(cite("\x1b[31m") == "\\x1B[31m");
    CHECK(cite("\xff\xfe") == "\\xFF\\xFE");            // bytes that are not UTF-8
    CHECK(cite("\xc3") == "\\xC3");                     // a sequence cut short
    CHECK(cite("x\xe2\x80\xaey") == "x\\u{202E}y");     // a direction override
    CHECK(escapeForMessage(std::string(1000, 'y')).size() == 1000);
}

TEST_CASE("expressions: nesting by recursion and size are bounded, deep shapes are errors") {
    struct Case {
        const char* file;
        const char* words;
    };
    for (const Case& c : {Case{"nested-not.json", "nested too deeply"}, Case{"nested-minus.json", "nested too deeply"},
                          Case{"nested-parentheses.json", "nested too deeply"}, Case{"long-sum.json", "too long"},
                          Case{"dash-chain.json", "too long"}}) {
        CAPTURE(c.file);
        const LoadResult r = loadScenarioFile(kData + "/hostile/" + c.file);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "bad-expression");
        CHECK(r.diagnostics[0].pointer == "/nodes/1/choices/0/if");
        CHECK(r.diagnostics[0].messageEn.find(c.words) != std::string::npos);
    }
    // The same shapes a thousand times larger: the parser's recursion once overflowed the stack
    // on 100,000 "not"; a chain of names joined by "-" once took quadratic time.
    for (const std::string& condition : {repeat("not ", 200000) + "true", repeat("- ", 200000) + "1",
                                         repeat("(", 100000) + "1" + repeat(")", 100000),
                                         repeat("1+", 500000) + "1", repeat("punkte-", 300000) + "punkte"}) {
        LoadResult r;
        const double seconds = secondsFor([&] { r = loadScenarioText(withCondition(condition), "deep.json"); });
        CHECK(seconds < 10.0);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "bad-expression");
    }
}

TEST_CASE("deep JSON is an error at its place, not a crash") {
    for (const std::string& shape : {repeat("[", 100000) + repeat("]", 100000), repeat("{\"a\":", 100000) + "1" + repeat("}", 100000),
                                     repeat("[", 100000)}) {
        const LoadResult r = loadScenarioText(withFields("\"deep\": " + shape + ","), "deep.json");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "too-deep");
    }
}

TEST_CASE("special files are refused at once: a FIFO, devices, a loop of links") {
    const fs::path dir = fs::temp_directory_path() / ("rapport-special-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path fifo = dir / "pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    fs::create_symlink("b.json", dir / "a.json");
    fs::create_symlink("a.json", dir / "b.json");
    fs::create_symlink("nowhere.json", dir / "dangling.json");

    // Opening a FIFO without a writer would wait forever: the loader must not even open it.
    LoadResult r = loadScenarioFile(fifo.string());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "io-special");
    CHECK(r.diagnostics[0].messageEn.find("named pipe (FIFO)") != std::string::npos);
    for (const char* device : {"/dev/null", "/dev/zero"}) {
        r = loadScenarioFile(device);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "io-special");
        CHECK(r.diagnostics[0].messageEn.find("a device") != std::string::npos);
    }
    r = loadScenarioFile((dir / "a.json").string());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "io-symlink-loop");
    CHECK(r.diagnostics[0].messageEn.find("loop of symbolic links") != std::string::npos);
    r = loadScenarioFile((dir / "dangling.json").string());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "io-missing");
    CHECK(r.diagnostics[0].messageEn.find("“nowhere.json”") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("suggestions stop when their budget is spent, and long words get none") {
    using detail::closestMatch;
    std::size_t budget = 1000;
    CHECK(closestMatch("vertraun", {"sympathie", "vertrauen"}, &budget) == "vertrauen");
    CHECK(budget < 1000);
    budget = 0;
    CHECK(closestMatch("vertraun", {"vertrauen"}, &budget).empty());
    CHECK(closestMatch(std::string(5000, 'v'), {"vertrauen"}).empty());
    CHECK(detail::editDistance("kitten", "sitting") == 3);
}

TEST_CASE("a NUL byte or a byte-order mark in a string is named as such") {
    std::string text = minimal();
    const std::size_t at = text.find("Die kurze Pause");
    REQUIRE(at != std::string::npos);
    std::string nul = text;
    nul.insert(at + 4, std::string(1, '\0'));
    LoadResult r = loadScenarioText(nul, "nul.json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "nul-byte");
    CHECK(r.diagnostics[0].line == 5);
    CHECK(r.diagnostics[0].column == 24);
    std::string bom = text;
    bom.insert(at + 4, "\xEF\xBB\xBF");
    r = loadScenarioText(bom, "bom.json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "bom-in-middle");
    CHECK(r.diagnostics[0].column == 24);
    // Two at the start: the second is one too many.
    r = loadScenarioText("\xEF\xBB\xBF\xEF\xBB\xBF" + text, "two.json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "bom-in-middle");
    CHECK(hasCode(loadScenarioText("\xEF\xBB\xBF" + text, "one.json"), "bom-in-middle") == false);
}
