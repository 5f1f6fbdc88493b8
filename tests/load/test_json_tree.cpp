// The JSON tree under the loader: values, positions in characters, pointers, duplicate keys,
// limits and syntax errors with their exact place.

#include "load/JsonTree.h"
#include "load/JsonSyntaxError.h"

#include <doctest/doctest.h>

#include <string>

using rapport::detail::JsonError;
using rapport::detail::JsonTree;
using rapport::detail::JsonType;
using rapport::detail::kNoJson;

namespace {

struct Failure {
    std::string code;
    int line = 0;
    int column = 0;
    std::string pointer;
};

Failure failureOf(const std::string& text, int maxDepth = 64) {
    JsonTree tree;
    JsonError error;
    REQUIRE_FALSE(tree.parse(text, maxDepth, error));
    const auto at = tree.position(error.offset);
    CHECK_FALSE(error.messageEn.empty());
    CHECK_FALSE(error.messageDe.empty());
    return Failure{error.code, at.line, at.column, error.pointer};
}

} // namespace

TEST_CASE("values of every type are read with their positions") {
    const std::string text = "{\"a\": [1, -2, 3.5, true, false, null],\n \"b\": \"x\\ny\", \"c\": {}}";
    JsonTree tree;
    JsonError error;
    REQUIRE(tree.parse(text, 64, error));
    const std::uint32_t a = tree.find(tree.root(), "a");
    REQUIRE(a != kNoJson);
    REQUIRE(tree.isArray(a));
    REQUIRE(tree.memberCount(a) == 6);
    CHECK(tree.integer(tree.element(a, 0)) == 1);
    CHECK(tree.integer(tree.element(a, 1)) == -2);
    CHECK(tree.type(tree.element(a, 2)) == JsonType::Float);
    CHECK(tree.real(tree.element(a, 2)) == doctest::Approx(3.5));
    CHECK(tree.boolean(tree.element(a, 3)));
    CHECK_FALSE(tree.boolean(tree.element(a, 4)));
    CHECK(tree.type(tree.element(a, 5)) == JsonType::Null);
    const std::uint32_t b = tree.find(tree.root(), "b");
    CHECK(tree.string(b) == "x\ny");
    CHECK(tree.position(tree.node(b).offset).line == 2);
    CHECK(tree.position(tree.node(b).offset).column == 7);
    CHECK(tree.pointer(tree.element(a, 2)) == "/a/2");
    CHECK(tree.find(tree.root(), "missing") == kNoJson);
    CHECK(tree.memberCount(tree.find(tree.root(), "c")) == 0);
}

TEST_CASE("columns count characters, not bytes") {
    const std::string text = "{\"größe\": \"äöü\", \"x\": 1}";
    JsonTree tree;
    JsonError error;
    REQUIRE(tree.parse(text, 64, error));
    const std::uint32_t x = tree.find(tree.root(), "x");
    // {"größe": "äöü", "x": 1}  -> the 1 is the 23rd character
    CHECK(tree.position(tree.node(x).offset).column == 23);
    CHECK(tree.key(tree.firstMember(tree.root())) == "größe");
}

TEST_CASE("offsets inside strings account for escapes") {
    const std::string text = "{\"s\": \"\\\"a\\\" \\u00e4b\"}";
    // source:  {"s": "\"a\" \u00e4b"}   decoded: "a" äb
    JsonTree tree;
    JsonError error;
    REQUIRE(tree.parse(text, 64, error));
    const std::uint32_t s = tree.find(tree.root(), "s");
    CHECK(tree.string(s) == "\"a\" äb");
    CHECK(tree.sourceOffsetInString(s, 0) == 7);  // the first escape starts at the content
    CHECK(tree.sourceOffsetInString(s, 1) == 9);  // 'a'
    CHECK(tree.sourceOffsetInString(s, 4) == 13); // the \u00e4 escape
    CHECK(tree.sourceOffsetInString(s, 6) == 19); // 'b' after the 2-byte character
}

TEST_CASE("pointers escape ~ and /") {
    const std::string text = "{\"a/b\": {\"c~d\": [0, 1]}}";
    JsonTree tree;
    JsonError error;
    REQUIRE(tree.parse(text, 64, error));
    const std::uint32_t inner = tree.find(tree.find(tree.root(), "a/b"), "c~d");
    CHECK(tree.pointer(tree.element(inner, 1)) == "/a~1b/c~0d/1");
}

TEST_CASE("duplicate keys are dropped and listed") {
    const std::string text = "{\"k\": 1, \"j\": 2, \"k\": 3}";
    JsonTree tree;
    JsonError error;
    REQUIRE(tree.parse(text, 64, error));
    CHECK(tree.memberCount(tree.root()) == 2);
    CHECK(tree.integer(tree.find(tree.root(), "k")) == 1);
    REQUIRE(tree.duplicateKeys().size() == 1);
    CHECK(tree.duplicateKeys()[0].key == "k");
    CHECK(tree.position(tree.duplicateKeys()[0].keyOffset).column == 18);
}

TEST_CASE("a leading BOM is skipped and not counted as a column") {
    const std::string text = "\xEF\xBB\xBF{\"a\": 1}";
    JsonTree tree;
    JsonError error;
    REQUIRE(tree.parse(text, 64, error));
    CHECK(tree.position(tree.node(tree.find(tree.root(), "a")).offset).column == 7);
}

TEST_CASE("nesting deeper than the limit is an error, not a crash") {
    const Failure f = failureOf(std::string(200, '['), 64);
    CHECK(f.code == "too-deep");
    CHECK(f.line == 1);
    CHECK(f.column == 65);
    const Failure deep = failureOf(std::string(100000, '[') + std::string(100000, ']'), 64);
    CHECK(deep.code == "too-deep");
}

TEST_CASE("syntax errors name the place and the kind") {
    Failure f = failureOf("{\"a\": 1 \"b\": 2}");
    CHECK(f.code == "json-missing-comma");
    CHECK(f.column == 9);
    f = failureOf("{\"a\" 1}");
    CHECK(f.code == "json-missing-colon");
    CHECK(f.column == 6);
    CHECK(f.pointer == "/a");
    f = failureOf("[1, 2,]");
    CHECK(f.code == "json-trailing-comma");
    CHECK(f.column == 6);
    f = failureOf("{\"a\": tru}");
    CHECK(f.code == "json-invalid-literal");
    CHECK(f.column == 7);
    f = failureOf("{\"a\": [1,\n  2");
    CHECK(f.code == "json-unexpected-end");
    CHECK(f.line == 2);
    CHECK(f.column == 4);
    f = failureOf("[\"x\ty\"]");
    CHECK(f.code == "json-control-char");
    CHECK(f.column == 4);
    f = failureOf("[\"\xC3\"]");
    CHECK(f.code == "invalid-utf8");
    f = failureOf("[\xFF]");
    CHECK(f.code == "invalid-utf8");
    CHECK(f.column == 2);
    f = failureOf("{\"a\": 1}\n{");
    CHECK(f.code == "json-trailing-content");
    CHECK(f.line == 2);
    f = failureOf("[1, , 2]");
    CHECK(f.code == "json-missing-value");
    CHECK(f.column == 5);
}

TEST_CASE("UTF-8 validation finds the first bad byte") {
    CHECK(rapport::detail::findInvalidUtf8("plain äöü „“ €") == std::string_view::npos);
    CHECK(rapport::detail::findInvalidUtf8("ab\xE4" "cd") == 2);
    CHECK(rapport::detail::findInvalidUtf8("\xED\xA0\x80") == 0); // an encoded surrogate
}
