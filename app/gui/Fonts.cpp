#include "Fonts.h"

#include <imgui.h>
#include <backends/imgui_impl_opengl2.h>

#include <filesystem>

namespace rapport::gui {
namespace {

// Basic Latin to Latin Extended-B (umlauts, ß, names from neighbouring languages), general
// punctuation („ “ ‚ ‘ – — … •), €, arrows (→), the gear and the check marks.
constexpr ImWchar kBodyRanges[] = {0x0020, 0x024F, 0x2010, 0x205E, 0x2212, 0x2212, 0x20AC, 0x20AC, 0x2190, 0x21FF, 0x2699, 0x2699, 0x2713, 0x2717, 0};
// Headings need fewer glyphs; a smaller set keeps the atlas small at 250 %.
constexpr ImWchar kHeadingRanges[] = {0x0020, 0x017F, 0x2010, 0x205E, 0x2212, 0x2212, 0x20AC, 0x20AC, 0x2190, 0x2193, 0};

// Big numbers (the timer, scores) and the phones' room code: digits, capital letters and a few
// signs only, so the atlas stays small at 250 %.
constexpr ImWchar kNumberRanges[] = {0x0020, 0x005A, 0x2013, 0x2013, 0};

constexpr const char* kRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

ImFont* addFont(ImFontAtlas& atlas, const char* file, float px, const ImWchar* ranges) {
    ImFontConfig config;
    // Oversampling sharpens small text; large text is sharp without it and would bloat the atlas.
    config.OversampleH = px < 30.0f ? 2 : 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return atlas.AddFontFromFileTTF(file, px, &config, ranges);
}

} // namespace

FontSet bakeFonts(ImFontAtlas& atlas, float scale, bool projector) {
    atlas.Clear();
    FontSet set;
    set.bodyPx = kBaseFontPx * scale;
    set.largePx = set.bodyPx * kProjectorScale;
    std::error_code ec;
    const bool haveDejaVu = std::filesystem::exists(kRegular, ec) && std::filesystem::exists(kBold, ec);
    if (haveDejaVu) {
        set.body = addFont(atlas, kRegular, set.bodyPx, kBodyRanges);
        set.heading = addFont(atlas, kBold, set.bodyPx * 1.2f, kHeadingRanges);
        set.title = addFont(atlas, kBold, set.bodyPx * 1.6f, kHeadingRanges);
        // Only a seminar needs them; baking them at every start would cost start-up time.
        if (projector) {
            set.large = addFont(atlas, kRegular, set.largePx, kBodyRanges);
            set.largeBold = addFont(atlas, kBold, set.largePx, kBodyRanges);
            set.numbers = addFont(atlas, kBold, set.bodyPx * kNumberScale, kNumberRanges);
            set.projector = true;
        } else {
            set.large = set.body;
            set.largeBold = set.heading;
            set.numbers = set.title;
        }
    }
    set.hasGermanGlyphs = set.body != nullptr && set.heading != nullptr && set.title != nullptr && set.large != nullptr &&
                          set.largeBold != nullptr && set.numbers != nullptr;
    if (!set.hasGermanGlyphs) {
        // Without DejaVu the built-in font keeps the window usable; „ “ – € show as '?'.
        atlas.Clear();
        ImFontConfig config;
        config.SizePixels = set.bodyPx;
        set.body = set.heading = set.title = set.large = set.largeBold = set.numbers = atlas.AddFontDefault(&config);
    }
    atlas.Build();
    return set;
}

void uploadFonts() {
    ImGui_ImplOpenGL2_DestroyFontsTexture();
    ImGui_ImplOpenGL2_CreateFontsTexture();
}

FontSet rebuildFonts(float scale, bool projector) {
    FontSet set = bakeFonts(*ImGui::GetIO().Fonts, scale, projector);
    ImGui::GetIO().FontDefault = set.body;
    uploadFonts();
    return set;
}

} // namespace rapport::gui
