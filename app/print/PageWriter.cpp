#include "print/PageWriter.h"

#include "print/Hyphenation.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>

namespace rapport::print {
namespace {

constexpr const char* kFontFamily = "DejaVu Sans"; // has „ “ – € ✓ ✗ (fonts-dejavu-core)
constexpr double kHeaderHeight = 58.0;
constexpr double kFooterHeight = 30.0;

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

struct PageWriter::Surfaces {
    cairo_surface_t* surface = nullptr;
    cairo_t* cr = nullptr;
    std::string pdf;
    std::vector<std::string> pngs;
    ~Surfaces() {
        if (cr != nullptr) cairo_destroy(cr);
        if (surface != nullptr) cairo_surface_destroy(surface);
    }
};

PageWriter::PageWriter(PageFormat format, Lang lang, PageHeader header, double pngDpi)
    : m_format(format), m_lang(lang), m_header(std::move(header)), m_scale(format == PageFormat::Png ? pngDpi / 72.0 : 1.0),
      m_out(std::make_unique<Surfaces>()) {
    if (m_format == PageFormat::Pdf) {
        m_out->surface = cairo_pdf_surface_create_for_stream(appendBytes, &m_out->pdf, kPageWidth, kPageHeight);
        cairo_pdf_surface_set_metadata(m_out->surface, CAIRO_PDF_METADATA_TITLE, m_header.title.c_str());
        cairo_pdf_surface_set_metadata(m_out->surface, CAIRO_PDF_METADATA_CREATOR, "Rapport");
        m_out->cr = cairo_create(m_out->surface);
    }
    beginPage();
}

PageWriter::~PageWriter() = default;

cairo_t* PageWriter::context() const { return m_out->cr; }

void PageWriter::beginPage() {
    ++m_pages;
    if (m_format == PageFormat::Png) {
        if (m_out->cr != nullptr) cairo_destroy(m_out->cr);
        if (m_out->surface != nullptr) cairo_surface_destroy(m_out->surface);
        m_out->surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(std::lround(kPageWidth * m_scale)),
                                                    static_cast<int>(std::lround(kPageHeight * m_scale)));
        m_out->cr = cairo_create(m_out->surface);
        cairo_scale(m_out->cr, m_scale, m_scale);
        cairo_set_source_rgb(m_out->cr, 1, 1, 1);
        cairo_paint(m_out->cr);
    }
    m_y = kMargin;
    drawHeader();
}

void PageWriter::endPage() {
    cairo_t* cr = m_out->cr;
    // The footer: the page number, so loose sheets go back in order.
    const std::string footer = std::string("Rapport · ") + (m_lang == Lang::De ? "Seite " : "Page ") + std::to_string(m_pages);
    TextStyle small;
    small.size = 8;
    small.grey = 0.35;
    textAt(footer, kMargin, kPageHeight - kMargin + 12, width(), small);
    if (m_format == PageFormat::Pdf) {
        cairo_show_page(cr);
    } else {
        cairo_surface_flush(m_out->surface);
        std::string png;
        cairo_surface_write_to_png_stream(m_out->surface, appendBytes, &png);
        m_out->pngs.push_back(std::move(png));
    }
}

void PageWriter::drawHeader() {
    TextStyle title;
    title.size = 14;
    title.bold = true;
    title.hyphenate = false;
    TextStyle kind;
    kind.hyphenate = false;
    kind.size = 9;
    kind.grey = 0.3;
    // The kind at the right edge, the title in the rest of the line.
    const double kindWidth = std::min(measureWidth(m_header.kind, kind), 250.0);
    textAt(m_header.kind, kPageWidth - kMargin - kindWidth, m_y + 4, kindWidth, kind);
    const double titleHeight = textAt(m_header.title, kMargin, m_y, width() - kindWidth - 12, title);
    TextStyle people;
    people.hyphenate = false;
    people.size = 9.5;
    people.grey = 0.2;
    const double peopleHeight = textAt(m_header.people, kMargin, m_y + titleHeight + 2, width(), people);
    m_y += std::max(kHeaderHeight - 14, titleHeight + peopleHeight + 6);
    cairo_t* cr = m_out->cr;
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, kMargin, m_y);
    cairo_line_to(cr, kPageWidth - kMargin, m_y);
    cairo_stroke(cr);
    m_y += 12;
}

namespace {

PangoLayout* makeLayout(cairo_t* cr, const std::string& text, double width, const TextStyle& style, Lang lang) {
    PangoLayout* layout = pango_cairo_create_layout(cr);
    // The same line breaks on paper and on screen: no hinting that would change the widths.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango_layout_get_context(layout), options);
    cairo_font_options_destroy(options);
    pango_layout_context_changed(layout);

    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kFontFamily);
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);

    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    const Hyphenator* hyphenator = style.hyphenate ? systemHyphenator(lang) : nullptr;
    const std::string set = hyphenator != nullptr ? hyphenator->hyphenate(text) : text;
    pango_layout_set_text(layout, set.c_str(), static_cast<int>(set.size()));
    PangoAttrList* attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_language_new(pango_language_from_string(lang == Lang::De ? "de-de" : "en-us")));
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);
    return layout;
}

double layoutHeight(PangoLayout* layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

} // namespace

double PageWriter::measure(const std::string& text, double width, const TextStyle& style) {
    if (text.empty()) return 0; // pango would give an empty text one line's height
    PangoLayout* layout = makeLayout(m_out->cr, text, width, style, m_lang);
    const double h = layoutHeight(layout);
    g_object_unref(layout);
    return h;
}

double PageWriter::measureWidth(const std::string& text, const TextStyle& style) {
    PangoLayout* layout = makeLayout(m_out->cr, text, width(), style, m_lang);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    g_object_unref(layout);
    return static_cast<double>(w) / PANGO_SCALE;
}

double PageWriter::textAt(const std::string& text, double x, double y, double width, const TextStyle& style) {
    if (text.empty()) return 0;
    cairo_t* cr = m_out->cr;
    PangoLayout* layout = makeLayout(cr, text, width, style, m_lang);
    cairo_set_source_rgb(cr, style.grey, style.grey, style.grey);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    const double h = layoutHeight(layout);
    g_object_unref(layout);
    return h;
}

void PageWriter::text(const std::string& text, const TextStyle& style) {
    if (text.empty()) return;
    const double w = width() - style.indent;
    const double h = measure(text, w, style);
    keep(std::min(h, 3 * style.size * 1.3)); // a paragraph starts where at least three lines fit
    if (m_y + h > kPageHeight - kMargin - kFooterHeight + 20) {
        // Longer than what is left: split it at a line boundary.
        PangoLayout* layout = makeLayout(m_out->cr, text, w, style, m_lang);
        cairo_t* cr = m_out->cr;
        PangoLayoutIter* it = pango_layout_get_iter(layout);
        double top = 0; // where the current page's part begins, in layout units
        double offsetY = m_y;
        cairo_set_source_rgb(cr, style.grey, style.grey, style.grey);
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(it, nullptr, &logical);
            const double lineTop = static_cast<double>(logical.y) / PANGO_SCALE;
            const double lineBottom = lineTop + static_cast<double>(logical.height) / PANGO_SCALE;
            if (offsetY + lineBottom - top > kPageHeight - kMargin - kFooterHeight + 20) {
                newPage();
                cairo_set_source_rgb(cr = m_out->cr, style.grey, style.grey, style.grey);
                top = lineTop;
                offsetY = m_y;
            }
            const int baseline = pango_layout_iter_get_baseline(it);
            cairo_move_to(cr, kMargin + style.indent + static_cast<double>(logical.x) / PANGO_SCALE,
                          offsetY + static_cast<double>(baseline) / PANGO_SCALE - top);
            pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
        m_y = offsetY + h - top + style.spaceAfter;
        g_object_unref(layout);
        return;
    }
    textAt(text, kMargin + style.indent, m_y, w, style);
    m_y += h + style.spaceAfter;
}

void PageWriter::heading(const std::string& text, double keepWithNext) {
    TextStyle style;
    style.size = 12.5;
    style.bold = true;
    style.hyphenate = false;
    style.spaceAfter = 4;
    const double h = measure(text, width(), style);
    keep(h + keepWithNext);
    space(6);
    this->text(text, style);
}

void PageWriter::bullet(const std::string& text, const TextStyle& style) {
    TextStyle inner = style;
    inner.indent = style.indent + 12;
    const double h = measure(text, width() - inner.indent, inner);
    keep(std::min(h, 2 * style.size * 1.3));
    TextStyle mark = style;
    textAt("•", kMargin + style.indent + 2, m_y, 10, mark);
    this->text(text, inner);
}

void PageWriter::rule() {
    cairo_t* cr = m_out->cr;
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, kMargin, m_y + 3);
    cairo_line_to(cr, kPageWidth - kMargin, m_y + 3);
    cairo_stroke(cr);
    m_y += 8;
}

void PageWriter::space(double points) { m_y += points; }

void PageWriter::keep(double points) {
    if (m_y + points > kPageHeight - kMargin - kFooterHeight + 20) newPage();
}

void PageWriter::newPage() {
    endPage();
    beginPage();
}

std::vector<std::string> PageWriter::finish() {
    if (m_finished) return {};
    m_finished = true;
    endPage();
    if (m_format == PageFormat::Pdf) {
        cairo_destroy(m_out->cr);
        m_out->cr = nullptr;
        cairo_surface_finish(m_out->surface);
        cairo_surface_destroy(m_out->surface);
        m_out->surface = nullptr;
        return {std::move(m_out->pdf)};
    }
    return std::move(m_out->pngs);
}

} // namespace rapport::print
