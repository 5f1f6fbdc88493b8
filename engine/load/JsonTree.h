#pragma once
// A compact read-only JSON tree that remembers where each value stands in the source text, so
// the loader can point at line and column. Built from nlohmann/json's SAX interface; used only
// while loading (it refers to the source text, which must outlive it).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::detail {

inline constexpr std::uint32_t kNoJson = 0xFFFFFFFFu;

enum class JsonType : std::uint8_t { Null, Boolean, Integer, Float, String, Array, Object };

/// One value: its type, its byte offset in the source and its payload (16 bytes).
struct JsonNode {
    JsonType type = JsonType::Null;
    std::uint32_t offset = 0; // byte offset of the value's first character (`"`, `{`, digit, ...)
    std::uint32_t a = 0;      // string: start in source or arena; container: first member; number: low bits
    std::uint32_t b = 0;      // string: length (top bit: in arena); container: count; number: high bits; bool
};

/// One entry of an object (with a key) or an array (key fields zero).
struct JsonMember {
    std::uint32_t keyOffset = 0; // byte offset of the key's opening quote
    std::uint32_t keyLength = 0; // top bit: the decoded key lives in the arena
    std::uint32_t value = 0;     // node index
};

/// A 1-based line and column; the column counts characters (UTF-8 code points), as editors do.
struct TextPosition {
    int line = 0;
    int column = 0;
};

/// A duplicate key that was dropped from its object (the first occurrence is kept).
struct JsonDuplicateKey {
    std::uint32_t object = 0;    // node index of the object
    std::uint32_t keyOffset = 0; // where the second occurrence stands
    std::string key;
};

/// Why parsing stopped: where, a stable code, and plain words in both languages.
struct JsonError {
    std::uint32_t offset = 0;
    std::string pointer; // JSON pointer of the value being read when it happened
    std::string code;
    std::string messageEn;
    std::string messageDe;
};

/// The parsed document. Node 0 is the root.
class JsonTree {
public:
    /// Parses `text` (a leading UTF-8 BOM is skipped). On failure returns false and fills `error`;
    /// duplicate keys are not a failure: they are listed in duplicateKeys(). A NUL byte or a
    /// byte-order mark anywhere after the start fails with its own code at its own place.
    [[nodiscard]] bool parse(std::string_view text, int maxDepth, JsonError& error);

    [[nodiscard]] std::uint32_t root() const { return 0; }
    [[nodiscard]] const JsonNode& node(std::uint32_t i) const { return m_nodes[i]; }
    [[nodiscard]] JsonType type(std::uint32_t i) const { return m_nodes[i].type; }
    [[nodiscard]] bool isObject(std::uint32_t i) const { return m_nodes[i].type == JsonType::Object; }
    [[nodiscard]] bool isArray(std::uint32_t i) const { return m_nodes[i].type == JsonType::Array; }
    [[nodiscard]] bool isString(std::uint32_t i) const { return m_nodes[i].type == JsonType::String; }

    /// The decoded string of a string node; valid as long as the tree and the source live.
    [[nodiscard]] std::string_view string(std::uint32_t i) const;
    [[nodiscard]] std::int64_t integer(std::uint32_t i) const;
    [[nodiscard]] double real(std::uint32_t i) const;
    [[nodiscard]] bool boolean(std::uint32_t i) const { return m_nodes[i].b != 0; }

    /// Members of an object or elements of an array: indices into member().
    [[nodiscard]] std::uint32_t firstMember(std::uint32_t i) const { return m_nodes[i].a; }
    [[nodiscard]] std::uint32_t memberCount(std::uint32_t i) const { return m_nodes[i].b; }
    [[nodiscard]] const JsonMember& member(std::uint32_t m) const { return m_members[m]; }
    [[nodiscard]] std::string_view key(std::uint32_t m) const;
    /// The n-th element of an array (or value of an object's n-th member).
    [[nodiscard]] std::uint32_t element(std::uint32_t container, std::uint32_t n) const {
        return m_members[m_nodes[container].a + n].value;
    }
    /// The value of `key` in an object, or kNoJson.
    [[nodiscard]] std::uint32_t find(std::uint32_t object, std::string_view key) const;

    [[nodiscard]] const std::vector<JsonDuplicateKey>& duplicateKeys() const { return m_duplicates; }
    [[nodiscard]] std::string_view source() const { return m_source; }
    /// How many "de" keys the document has: a close estimate of its number of texts.
    [[nodiscard]] std::size_t germanKeyCount() const { return m_germanKeys; }

    /// Line and column of a byte offset (builds a line index on first use).
    [[nodiscard]] TextPosition position(std::uint32_t offset) const;
    /// RFC 6901 pointer of a node ("" for the root; builds a parent index on first use).
    [[nodiscard]] std::string pointer(std::uint32_t node) const;
    /// The byte offset in the source of the character at `decodedOffset` in a string node's
    /// decoded value (escapes such as \n or \u00e4 taken into account).
    [[nodiscard]] std::uint32_t sourceOffsetInString(std::uint32_t node, std::size_t decodedOffset) const;

    /// The place of a node as an author reads it: "nodes[recherche].choices[profil].text", with each
    /// list element named by its "id" where it has one; "" when no element on the way has an id.
    [[nodiscard]] std::string readablePath(std::uint32_t node) const;
    /// Appends `/key` to a pointer with RFC 6901 escaping (~0, ~1).
    static void appendPointerToken(std::string& pointer, std::string_view token);

private:
    friend class JsonBuilder;
    [[nodiscard]] std::string_view keyAt(std::uint32_t keyOffset, std::uint32_t keyLength) const;
    std::string_view m_source;
    std::vector<JsonNode> m_nodes;
    std::vector<JsonMember> m_members;
    std::string m_arena;                                      // decoded strings that had escapes
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_arenaKeys; // key offset -> arena start
    std::vector<JsonDuplicateKey> m_duplicates;
    bool m_bom = false;
    std::size_t m_germanKeys = 0;
    mutable std::vector<std::uint32_t> m_lineStarts;
    mutable std::vector<std::uint32_t> m_codePointsBefore; // per block of kBlock bytes: code points before it
    mutable std::vector<std::uint32_t> m_parents; // per node: parent node, kNoJson for the root
    mutable std::vector<std::uint32_t> m_slots;   // per node: its member index in the parent
};

} // namespace rapport::detail
