#include "load/JsonTree.h"

#include "load/JsonSyntaxError.h"

#include "rapport/core/Cite.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>

namespace rapport::detail {
namespace {

constexpr std::uint32_t kArenaBit = 0x80000000u;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kMaxPointerToken = 64;

using Json = nlohmann::json;

// Feeds nlohmann's lexer from memory and leaves how far it has read in a shared cursor, which
// the builder reads to place each value.
struct TrackingIterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* at = nullptr;
    const char** cursor = nullptr;

    reference operator*() const { return *at; }
    TrackingIterator& operator++() {
        *cursor = ++at;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator& other) const { return at == other.at; }
    bool operator!=(const TrackingIterator& other) const { return at != other.at; }
};

std::uint32_t u32(std::size_t v) { return static_cast<std::uint32_t>(v); }

// A NUL byte ends many readers early and a byte-order mark in mid-file usually comes from two files
// joined together; nlohmann's lexer names neither for what it is, so look for them first.
bool strayBytes(std::string_view text, std::size_t bomLength, JsonError& error) {
    const std::size_t nul = text.find('\0');
    const std::size_t bom = text.find(kBom, bomLength);
    if (nul == std::string_view::npos && bom == std::string_view::npos) return false;
    if (nul < bom) {
        error = JsonError{u32(nul), "", "nul-byte",
                          "A NUL byte (a zero byte, U+0000) stands here: the file may be damaged or not a text file. "
                          "Remove it.",
                          "Hier steht ein NUL-Byte (ein Null-Byte, U+0000): Die Datei ist vielleicht beschädigt oder "
                          "keine Textdatei. Bitte entfernen."};
    } else {
        error = JsonError{u32(bom), "", "bom-in-middle",
                          "A byte-order mark (BOM, U+FEFF) stands here in the middle of the file, often left over when "
                          "two files were joined: remove it.",
                          "Hier steht mitten in der Datei eine Byte-Reihenfolge-Markierung (BOM, U+FEFF), oft ein Rest "
                          "vom Zusammenfügen zweier Dateien: Bitte entfernen."};
    }
    return true;
}

bool isGap(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':'; }


// Keys are short and mostly differ in length or first letter: check those before memcmp.
bool sameKey(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
}

} // namespace

/// The SAX handler that builds a JsonTree; nlohmann calls it without virtual dispatch.
class JsonBuilder {
public:
    JsonBuilder(JsonTree& tree, std::string_view text, std::size_t bomLength, int maxDepth, JsonError& error)
        : m_tree(tree), m_full(text.data()), m_bomLength(bomLength), m_cursor(text.data() + bomLength),
          m_end(text.data() + text.size()), m_scan(m_cursor), m_maxDepth(maxDepth), m_error(error) {}

    [[nodiscard]] TrackingIterator begin() { return TrackingIterator{m_cursor, &m_cursor}; }
    [[nodiscard]] TrackingIterator end() { return TrackingIterator{m_end, &m_endCursor}; }
    [[nodiscard]] bool failed() const { return m_failed; }

    bool null() { return addScalar(JsonType::Null, 0, 0); }
    bool boolean(bool v) { return addScalar(JsonType::Boolean, 0, v ? 1u : 0u); }
    bool number_integer(Json::number_integer_t v) { return addNumber(JsonType::Integer, &v); }
    bool number_unsigned(Json::number_unsigned_t v) {
        if (v > static_cast<Json::number_unsigned_t>(std::numeric_limits<std::int64_t>::max())) {
            const double d = static_cast<double>(v);
            return addNumber(JsonType::Float, &d);
        }
        const auto i = static_cast<std::int64_t>(v);
        return addNumber(JsonType::Integer, &i);
    }
    bool number_float(Json::number_float_t v, const Json::string_t& /*raw*/) { return addNumber(JsonType::Float, &v); }
    bool binary(Json::binary_t& /*unused*/) { return false; } // never produced by the JSON lexer

    bool string(Json::string_t& s) {
        const char* start = tokenStart();
        std::uint32_t a = 0;
        std::uint32_t b = 0;
        storeString(start, s, a, b);
        return addScalar(JsonType::String, a, b, start);
    }

    bool key(Json::string_t& s) {
        const char* start = tokenStart();
        Frame& f = m_stack.back();
        f.keyOffset = offsetOf(start);
        storeString(start, s, f.keyArena, f.keyLength);
        if ((f.keyLength & kArenaBit) != 0u) m_tree.m_arenaKeys.emplace_back(f.keyOffset, f.keyArena);
        if (s.size() == 2 && s[0] == 'd' && s[1] == 'e') ++m_tree.m_germanKeys;
        f.keyPending = true;
        m_scan = m_cursor;
        return true;
    }

    bool start_object(std::size_t /*unknown*/) { return startContainer(JsonType::Object); }
    bool start_array(std::size_t /*unknown*/) { return startContainer(JsonType::Array); }
    bool end_object() { return endContainer(); }
    bool end_array() { return endContainer(); }

    bool parse_error(std::size_t position, const std::string& /*lastToken*/, const nlohmann::detail::exception& ex) {
        describeJsonSyntaxError(std::string_view(m_full, static_cast<std::size_t>(m_end - m_full)), m_bomLength,
                                position, ex.what(), m_error);
        if (m_error.code == "json-unexpected-end" && !m_stack.empty()) {
            // What is missing at the end is whatever is still open, innermost first.
            std::string closers;
            for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) closers += it->object ? "}" : "]";
            m_error.messageEn = "The file ends before everything is closed: missing “" + closers + "”.";
            m_error.messageDe = "Die Datei endet, bevor alles geschlossen ist: Es fehlt „" + closers + "“.";
        }
        // The place names the value being read only when the problem lies in or before a value.
        static constexpr std::string_view kInValue[] = {
            "json-control-char", "json-unclosed-string", "invalid-utf8", "json-invalid-escape", "json-invalid-number",
            "json-invalid-literal", "json-missing-comma", "json-missing-value", "json-missing-colon"};
        const bool inValue = std::find(std::begin(kInValue), std::end(kInValue), m_error.code) != std::end(kInValue);
        m_error.pointer = openPointer(inValue);
        m_failed = true;
        return false;
    }

private:
    struct Frame {
        std::uint32_t node = 0;
        std::uint32_t pendingStart = 0;
        std::uint32_t keyOffset = 0;
        std::uint32_t keyLength = 0;
        std::uint32_t keyArena = 0;
        bool object = false;
        bool keyPending = false;
    };

    // Between two SAX events the lexer passes only whitespace, ',' and ':' (brackets raise
    // events of their own), so a token starts at the first other character after the last event.
    const char* tokenStart() {
        const char* p = m_scan;
        while (p < m_cursor && isGap(*p)) ++p;
        return p;
    }

    [[nodiscard]] std::uint32_t offsetOf(const char* p) const { return u32(static_cast<std::size_t>(p - m_full)); }

    // A decoded string as long as its raw text had no escape (every escape shortens), so it is
    // referred to in place; only strings with escapes are copied into the arena.
    void storeString(const char* quote, const std::string& s, std::uint32_t& a, std::uint32_t& b) {
        const auto rawLength = static_cast<std::size_t>(m_cursor - quote) - 2;
        if (rawLength == s.size()) {
            a = offsetOf(quote) + 1;
            b = u32(s.size());
        } else {
            a = u32(m_tree.m_arena.size());
            m_tree.m_arena += s;
            b = u32(s.size()) | kArenaBit;
        }
    }

    bool addScalar(JsonType type, std::uint32_t a, std::uint32_t b, const char* start = nullptr) {
        if (start == nullptr) start = tokenStart();
        addNode(type, offsetOf(start), a, b);
        m_scan = m_cursor;
        return true;
    }

    template <typename T>
    bool addNumber(JsonType type, const T* value) {
        static_assert(sizeof(T) == 8, "numbers are stored in two 32-bit halves");
        std::uint64_t bits = 0;
        std::memcpy(&bits, value, sizeof bits);
        return addScalar(type, static_cast<std::uint32_t>(bits & 0xFFFFFFFFu), static_cast<std::uint32_t>(bits >> 32));
    }

    std::uint32_t addNode(JsonType type, std::uint32_t offset, std::uint32_t a, std::uint32_t b) {
        const std::uint32_t index = u32(m_tree.m_nodes.size());
        m_tree.m_nodes.push_back(JsonNode{type, offset, a, b});
        if (!m_stack.empty()) {
            Frame& f = m_stack.back();
            m_pending.push_back(JsonMember{f.object ? f.keyOffset : 0u, f.object ? f.keyLength : 0u, index});
            f.keyPending = false;
        }
        return index;
    }

    bool startContainer(JsonType type) {
        const char* start = tokenStart();
        if (static_cast<int>(m_stack.size()) >= m_maxDepth) {
            m_error.offset = offsetOf(start);
            m_error.code = "too-deep";
            m_error.messageEn = "The file is nested too deeply (more than " + std::to_string(m_maxDepth) +
                                " levels of lists and objects).";
            m_error.messageDe = "Die Datei ist zu tief verschachtelt (mehr als " + std::to_string(m_maxDepth) +
                                " Ebenen aus Listen und Objekten).";
            m_error.pointer = openPointer(false);
            m_failed = true;
            return false;
        }
        Frame f;
        f.node = addNode(type, offsetOf(start), 0, 0);
        f.pendingStart = u32(m_pending.size());
        f.object = type == JsonType::Object;
        m_stack.push_back(f);
        m_scan = m_cursor;
        return true;
    }

    bool endContainer() {
        const Frame f = m_stack.back();
        m_stack.pop_back();
        const auto first = u32(m_tree.m_members.size());
        const auto begin = m_pending.begin() + static_cast<std::ptrdiff_t>(f.pendingStart);
        if (f.object) dropDuplicates(f);
        m_tree.m_members.insert(m_tree.m_members.end(), begin, m_pending.end());
        JsonNode& n = m_tree.m_nodes[f.node];
        n.a = first;
        n.b = u32(m_tree.m_members.size()) - first;
        m_pending.resize(f.pendingStart);
        m_scan = m_cursor;
        return true;
    }

    [[nodiscard]] std::string_view pendingKey(const JsonMember& m) const {
        if ((m.keyLength & kArenaBit) == 0u) return {m_full + m.keyOffset + 1, m.keyLength};
        return m_tree.keyAt(m.keyOffset, m.keyLength);
    }

    // Keeps the first occurrence of each key and records the others as duplicates.
    void dropDuplicates(const Frame& f) {
        const std::size_t count = m_pending.size() - f.pendingStart;
        if (count < 2) return;
        JsonMember* members = m_pending.data() + f.pendingStart;
        if (count <= 12) { // the usual small object: comparing pairs beats sorting
            bool any = false;
            for (std::size_t i = 1; i < count && !any; ++i)
                for (std::size_t j = 0; j < i && !any; ++j)
                    any = sameKey(pendingKey(members[i]), pendingKey(members[j]));
            if (!any) return;
        }
        m_scratch.clear();
        for (std::size_t i = 0; i < count; ++i) m_scratch.emplace_back(pendingKey(members[i]), u32(i));
        std::stable_sort(m_scratch.begin(), m_scratch.end(),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
        std::vector<bool>& drop = m_drop;
        drop.assign(count, false);
        bool any = false;
        for (std::size_t i = 1; i < m_scratch.size(); ++i) {
            if (m_scratch[i].first != m_scratch[i - 1].first) continue;
            const std::uint32_t later = m_scratch[i].second;
            drop[later] = true;
            any = true;
            m_tree.m_duplicates.push_back(
                JsonDuplicateKey{f.node, members[later].keyOffset, std::string(m_scratch[i].first)});
        }
        if (!any) return;
        std::size_t out = 0;
        for (std::size_t i = 0; i < count; ++i)
            if (!drop[i]) members[out++] = members[i];
        m_pending.resize(f.pendingStart + out);
    }

    // The pointer of the place being read, for a syntax error in the middle of the document.
    [[nodiscard]] std::string openPointer(bool includeValue = true) const {
        std::string p;
        for (std::size_t i = 0; i < m_stack.size(); ++i) {
            const Frame& f = m_stack[i];
            const bool last = i + 1 == m_stack.size();
            const std::size_t count = (last ? m_pending.size() : m_stack[i + 1].pendingStart) - f.pendingStart;
            if (f.object) {
                if (!last || (f.keyPending && includeValue)) {
                    std::string_view k = (f.keyLength & kArenaBit) != 0u
                                             ? std::string_view(m_tree.m_arena).substr(f.keyArena, f.keyLength & ~kArenaBit)
                                             : std::string_view(m_full + f.keyOffset + 1, f.keyLength);
                    JsonTree::appendPointerToken(p, k);
                }
            } else if (!last || includeValue) {
                JsonTree::appendPointerToken(p, std::to_string(last ? count : count - 1));
            }
        }
        return p;
    }

    JsonTree& m_tree;
    const char* m_full;   // the whole text, BOM included: offsets count from here
    std::size_t m_bomLength;
    const char* m_cursor; // how far the lexer has read
    const char* m_end;
    const char* m_endCursor = nullptr; // the end iterator never moves; it needs somewhere to point
    const char* m_scan; // where the last event ended
    int m_maxDepth;
    JsonError& m_error;
    bool m_failed = false;
    std::vector<Frame> m_stack;
    std::vector<JsonMember> m_pending;
    std::vector<std::pair<std::string_view, std::uint32_t>> m_scratch;
    std::vector<bool> m_drop;
};

bool JsonTree::parse(std::string_view text, int maxDepth, JsonError& error) {
    m_source = text;
    m_nodes.clear();
    m_members.clear();
    m_arena.clear();
    m_arenaKeys.clear();
    m_duplicates.clear();
    m_germanKeys = 0;
    m_lineStarts.clear();
    m_codePointsBefore.clear();
    m_parents.clear();
    m_slots.clear();
    m_bom = text.substr(0, kBom.size()) == kBom;
    // Scenario files hold a value every 30-40 bytes; reserving avoids copying while growing.
    m_nodes.reserve(text.size() / 32 + 16);
    m_members.reserve(text.size() / 32 + 16);
    if (strayBytes(text, m_bom ? kBom.size() : 0, error)) return false;
    JsonBuilder builder(*this, text, m_bom ? kBom.size() : 0, maxDepth, error);
    bool ok = false;
    try {
        ok = Json::sax_parse(builder.begin(), builder.end(), &builder, nlohmann::json::input_format_t::json, true, false);
    } catch (const std::exception& ex) {
        // Only an allocation failure can get here: the SAX interface reports syntax errors itself.
        error = JsonError{0, "", "out-of-memory", std::string("Could not read the file: ") + ex.what(),
                          std::string("Die Datei konnte nicht gelesen werden: ") + ex.what()};
        return false;
    }
    // Sorted once at the end: sorting after every object made many duplicates quadratic.
    std::stable_sort(m_duplicates.begin(), m_duplicates.end(),
                     [](const JsonDuplicateKey& x, const JsonDuplicateKey& y) { return x.keyOffset < y.keyOffset; });
    return ok && !builder.failed();
}

std::string_view JsonTree::keyAt(std::uint32_t keyOffset, std::uint32_t keyLength) const {
    if ((keyLength & kArenaBit) == 0u) return m_source.substr(keyOffset + 1, keyLength);
    const auto it = std::lower_bound(m_arenaKeys.begin(), m_arenaKeys.end(),
                                     std::make_pair(keyOffset, std::uint32_t{0}));
    return std::string_view(m_arena).substr(it->second, keyLength & ~kArenaBit);
}

std::string_view JsonTree::string(std::uint32_t i) const {
    const JsonNode& n = m_nodes[i];
    if ((n.b & kArenaBit) != 0u) return std::string_view(m_arena).substr(n.a, n.b & ~kArenaBit);
    return m_source.substr(n.a, n.b);
}

std::int64_t JsonTree::integer(std::uint32_t i) const {
    const JsonNode& n = m_nodes[i];
    const std::uint64_t bits = (static_cast<std::uint64_t>(n.b) << 32) | n.a;
    if (n.type == JsonType::Float) {
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return static_cast<std::int64_t>(d);
    }
    std::int64_t v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

double JsonTree::real(std::uint32_t i) const {
    const JsonNode& n = m_nodes[i];
    const std::uint64_t bits = (static_cast<std::uint64_t>(n.b) << 32) | n.a;
    if (n.type == JsonType::Integer) {
        std::int64_t v = 0;
        std::memcpy(&v, &bits, sizeof v);
        return static_cast<double>(v);
    }
    double d = 0;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

std::string_view JsonTree::key(std::uint32_t m) const {
    const JsonMember& mem = m_members[m];
    return keyAt(mem.keyOffset, mem.keyLength);
}

std::uint32_t JsonTree::find(std::uint32_t object, std::string_view k) const {
    const JsonNode& n = m_nodes[object];
    if (n.type != JsonType::Object || k.empty()) return kNoJson;
    // The loader asks for fields by name many times per object: a tight loop over the members,
    // comparing length and first character before the rest.
    const auto length = static_cast<std::uint32_t>(k.size());
    const char first = k[0];
    const char* source = m_source.data();
    const JsonMember* members = m_members.data() + n.a;
    for (std::uint32_t i = 0; i < n.b; ++i) {
        const JsonMember& mem = members[i];
        if (mem.keyLength != length) {
            if ((mem.keyLength & kArenaBit) != 0u && key(n.a + i) == k) return mem.value;
            continue;
        }
        const char* p = source + mem.keyOffset + 1;
        if (p[0] == first && std::memcmp(p, k.data(), length) == 0) return mem.value;
    }
    return kNoJson;
}

namespace {
constexpr std::uint32_t kBlock = 4096; // code points are counted in blocks, so a column costs at most one block
bool startsCodePoint(char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; }
} // namespace

TextPosition JsonTree::position(std::uint32_t offset) const {
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        m_codePointsBefore.push_back(0);
        std::uint32_t codePoints = 0;
        for (std::size_t i = 0; i < m_source.size(); ++i) {
            if (m_source[i] == '\n') m_lineStarts.push_back(u32(i + 1));
            if (startsCodePoint(m_source[i])) ++codePoints;
            if ((i + 1) % kBlock == 0) m_codePointsBefore.push_back(codePoints);
        }
    }
    // Code points in [0, at): whole blocks from the table, the rest counted.
    const auto codePointsBefore = [&](std::uint32_t at) {
        std::uint32_t n = m_codePointsBefore[at / kBlock];
        for (std::uint32_t i = at / kBlock * kBlock; i < at; ++i) n += startsCodePoint(m_source[i]) ? 1u : 0u;
        return n;
    };
    offset = std::min(offset, u32(m_source.size()));
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto line = static_cast<std::size_t>(it - m_lineStarts.begin()); // >= 1
    std::uint32_t start = m_lineStarts[line - 1];
    if (line == 1 && m_bom) start = std::min(offset, u32(kBom.size()));
    // A long line (a whole file on one line) costs two blocks, not the line.
    const std::uint32_t column = offset - start < 2 * kBlock
                                     ? [&] {
                                           std::uint32_t c = 1;
                                           for (std::uint32_t i = start; i < offset; ++i)
                                               c += startsCodePoint(m_source[i]) ? 1u : 0u;
                                           return c;
                                       }()
                                     : codePointsBefore(offset) - codePointsBefore(start) + 1;
    return TextPosition{static_cast<int>(line), static_cast<int>(column)};
}

void JsonTree::appendPointerToken(std::string& pointer, std::string_view token) {
    pointer += '/';
    // A key longer than any field or id is cited, not copied: a pointer stays one short line.
    if (token.size() > kMaxPointerToken) {
        pointer += cite(token, kMaxPointerToken);
        return;
    }
    for (char c : token) {
        if (c == '~') pointer += "~0";
        else if (c == '/') pointer += "~1";
        else pointer += c;
    }
}

std::string JsonTree::pointer(std::uint32_t node) const {
    if (m_parents.size() != m_nodes.size()) {
        m_parents.assign(m_nodes.size(), kNoJson);
        m_slots.assign(m_nodes.size(), 0);
        for (std::uint32_t c = 0; c < m_nodes.size(); ++c) {
            const JsonNode& n = m_nodes[c];
            if (n.type != JsonType::Object && n.type != JsonType::Array) continue;
            for (std::uint32_t m = n.a; m < n.a + n.b; ++m) {
                m_parents[m_members[m].value] = c;
                m_slots[m_members[m].value] = m;
            }
        }
    }
    std::vector<std::uint32_t> chain;
    for (std::uint32_t at = node; at < m_parents.size() && m_parents[at] != kNoJson; at = m_parents[at])
        chain.push_back(at);
    std::string p;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const std::uint32_t parent = m_parents[*it];
        const std::uint32_t slot = m_slots[*it];
        if (m_nodes[parent].type == JsonType::Object) appendPointerToken(p, key(slot));
        else appendPointerToken(p, std::to_string(slot - m_nodes[parent].a));
    }
    return p;
}

std::string JsonTree::readablePath(std::uint32_t node) const {
    if (node >= m_nodes.size()) return {};
    (void)pointer(0); // builds the parent index
    std::vector<std::uint32_t> chain;
    for (std::uint32_t at = node; at < m_parents.size() && m_parents[at] != kNoJson; at = m_parents[at]) chain.push_back(at);
    std::string path;
    bool named = false;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const std::uint32_t parent = m_parents[*it];
        const std::uint32_t slot = m_slots[*it];
        if (m_nodes[parent].type == JsonType::Object) {
            if (!path.empty()) path += '.';
            path += cite(key(slot)); // a key is the author's text: shown, never trusted
            continue;
        }
        std::string label = std::to_string(slot - m_nodes[parent].a);
        const std::uint32_t idNode = isObject(*it) ? find(*it, "id") : kNoJson;
        if (idNode != kNoJson && isString(idNode)) {
            const std::string_view id = string(idNode);
            const bool plain = !id.empty() && id.size() <= 64 &&
                               std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
            if (plain) {
                label = std::string(id);
                named = true;
            }
        }
        path += "[" + label + "]";
    }
    return named ? path : std::string();
}

std::uint32_t JsonTree::sourceOffsetInString(std::uint32_t node, std::size_t decodedOffset) const {
    const JsonNode& n = m_nodes[node];
    std::size_t raw = n.offset + 1;
    if (n.type != JsonType::String || (n.b & kArenaBit) == 0u) return u32(raw + decodedOffset);
    auto hex = [&](std::size_t at) {
        unsigned v = 0;
        for (std::size_t k = at; k < at + 4 && k < m_source.size(); ++k) {
            const char c = m_source[k];
            v = v * 16u + static_cast<unsigned>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return v;
    };
    std::size_t decoded = 0;
    while (raw < m_source.size() && m_source[raw] != '"') {
        std::size_t rawLength = 1;
        std::size_t decodedLength = 1;
        if (m_source[raw] == '\\') {
            rawLength = 2;
            if (raw + 1 < m_source.size() && m_source[raw + 1] == 'u') {
                const unsigned cp = hex(raw + 2);
                rawLength = 6;
                decodedLength = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
                if (cp >= 0xD800 && cp <= 0xDBFF) { // a surrogate pair: 12 characters, 4 bytes
                    rawLength = 12;
                    decodedLength = 4;
                }
            }
        }
        if (decoded + decodedLength > decodedOffset) break;
        decoded += decodedLength;
        raw += rawLength;
    }
    return u32(raw);
}

} // namespace rapport::detail
