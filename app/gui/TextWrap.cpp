#include "TextWrap.h"

namespace rapport::gui {
namespace {

float widthOf(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }

// Bytes after which a line may end without a space: a hyphen, or an en or em dash (– —).
std::size_t breakAfter(std::string_view s, std::size_t i) {
    if (s[i] == '-') return i + 1;
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x93 || static_cast<unsigned char>(s[i + 2]) == 0x94))
        return i + 3;
    return 0;
}

// Splits one paragraph (no newlines) into lines.
void wrapParagraph(std::string_view p, float width, std::vector<std::string_view>& out) {
    std::size_t start = 0;
    while (start < p.size()) {
        if (widthOf(p.substr(start)) <= width) {
            out.push_back(p.substr(start));
            return;
        }
        // The last break opportunity that still fits.
        std::size_t end = 0, next = 0;
        for (std::size_t i = start; i < p.size(); ++i) {
            std::size_t candidateEnd = 0, candidateNext = 0;
            if (p[i] == ' ') {
                candidateEnd = i;
                candidateNext = i + 1;
            } else if (const std::size_t after = breakAfter(p, i); after != 0 && after < p.size() && p[after] != ' ') {
                candidateEnd = candidateNext = after;
            } else {
                continue;
            }
            if (candidateEnd > start && widthOf(p.substr(start, candidateEnd - start)) > width) break;
            if (candidateEnd > start) {
                end = candidateEnd;
                next = candidateNext;
            }
        }
        if (end == 0) {
            // A single word wider than the line: cut it at a character boundary.
            std::size_t cut = start + 1;
            while (cut < p.size()) {
                std::size_t step = 1;
                while (cut + step < p.size() && (static_cast<unsigned char>(p[cut + step]) & 0xC0) == 0x80) ++step;
                if (widthOf(p.substr(start, cut + step - start)) > width) break;
                cut += step;
            }
            while (cut < p.size() && (static_cast<unsigned char>(p[cut]) & 0xC0) == 0x80) ++cut;
            end = next = cut;
        }
        out.push_back(p.substr(start, end - start));
        start = next;
        while (start < p.size() && p[start] == ' ') ++start;
    }
}

} // namespace

std::vector<std::string_view> wrapLines(std::string_view text, float width) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t nl = text.find('\n', start);
        const std::string_view paragraph = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        if (paragraph.empty()) lines.push_back(paragraph);
        else wrapParagraph(paragraph, width, lines);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines;
}

ImVec2 wrappedSize(std::string_view text, float width) {
    const std::vector<std::string_view> lines = wrapLines(text, width);
    float w = 0;
    for (std::string_view l : lines) w = std::max(w, widthOf(l));
    return ImVec2(w, static_cast<float>(lines.size()) * ImGui::GetTextLineHeight());
}

void drawWrapped(ImDrawList* draw, ImVec2 pos, ImU32 colour, std::string_view text, float width) {
    const float lineHeight = ImGui::GetTextLineHeight();
    for (std::string_view l : wrapLines(text, width)) {
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, colour, l.data(), l.data() + l.size());
        pos.y += lineHeight;
    }
}

} // namespace rapport::gui
