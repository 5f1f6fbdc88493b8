// The act-to-principle table in docs/scoring-model.md and .de.md is the model's own: built here
// from the act table, it must equal the rows between the markers in both documents.

#include "rapport/model/ActRules.h"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

using namespace rapport;

namespace {

/// One row per act: the principles its variants follow and those they violate.
std::string actPrincipleRows() {
    std::ostringstream out;
    for (int a = 0; a < kActCount; ++a) {
        const Act act = static_cast<Act>(a);
        const ActRule& rule = actRule(act);
        std::set<std::string> follows, violates;
        for (const ActVariant& v : rule) {
            const int principle = v.principle >= 0 ? v.principle : principleOfReason(v.reason);
            if (principle < 0) continue;
            const std::string id(idOf(static_cast<Principle>(principle)));
            (v.violation ? violates : follows).insert("`" + id + "`");
        }
        auto joined = [](const std::set<std::string>& set) {
            std::string s;
            for (const std::string& x : set) s += (s.empty() ? "" : ", ") + x;
            return s.empty() ? std::string("–") : s;
        };
        out << "| `" << idOf(act) << "` | " << joined(follows) << " | " << joined(violates) << " |\n";
    }
    return out.str();
}

std::string rowsIn(const std::string& file) {
    std::ifstream in(std::string(RAPPORT_SOURCE_DIR) + "/docs/" + file);
    std::stringstream all;
    all << in.rdbuf();
    const std::string text = all.str();
    const std::string begin = "<!-- act-principles:begin -->\n", end = "<!-- act-principles:end -->";
    const std::size_t b = text.find(begin), e = text.find(end);
    if (b == std::string::npos || e == std::string::npos || e < b) return "(markers missing)";
    // The two header lines come first; the rows follow.
    std::string body = text.substr(b + begin.size(), e - b - begin.size());
    for (int skip = 0; skip < 2; ++skip) body.erase(0, body.find('\n') + 1);
    return body;
}

} // namespace

TEST_CASE("the docs' act-to-principle table is the model's act table") {
    const std::string rows = actPrincipleRows();
    INFO("expected rows:\n" << rows);
    CHECK(rowsIn("scoring-model.md") == rows);
    CHECK(rowsIn("scoring-model.de.md") == rows);
}
