#pragma once
// Lays out printed pages top to bottom: A4, a header on every page (the scenario's title and the
// people by name), text set by pango with hyphenation, drawings through cairo. The same pages go
// to one PDF (fonts embedded) or to one PNG per page. Black and white: greys and dashes only.

#include "rapport/core/Vocabulary.h"

#include <memory>
#include <string>
#include <vector>

typedef struct _cairo cairo_t;

namespace rapport::print {

/// What the pages become.
enum class PageFormat { Pdf, Png };

/// How a block of text looks.
struct TextStyle {
    double size = 10.0;     ///< points
    bool bold = false;
    bool italic = false;
    double grey = 0.0;      ///< 0 black ... 1 white
    double indent = 0.0;    ///< points from the left margin
    double spaceAfter = 3.0; ///< points
    bool hyphenate = true;  ///< titles and names stay whole
};

/// What every page repeats at its top.
struct PageHeader {
    std::string title;  ///< the scenario's title
    std::string people; ///< the people by name, one line
    std::string kind;   ///< what the document is ("Auswertung", "Handout – Team Nord")
};

/// Writes pages one after the other; text that does not fit goes on to a new page.
class PageWriter {
public:
    static constexpr double kPageWidth = 595.276, kPageHeight = 841.89; // A4 in points
    static constexpr double kMargin = 42.0;

    /// Starts the first page. `pngDpi` sets the PNG pages' resolution.
    PageWriter(PageFormat format, Lang lang, PageHeader header, double pngDpi = 100.0);
    ~PageWriter();
    PageWriter(const PageWriter&) = delete;
    PageWriter& operator=(const PageWriter&) = delete;

    /// A paragraph of plain text (hyphenated in the document's language), wrapped to the page.
    void text(const std::string& text, const TextStyle& style = {});
    /// A section heading; kept on the page with at least `keepWithNext` points of what follows.
    void heading(const std::string& text, double keepWithNext = 60.0);
    /// A bulleted paragraph.
    void bullet(const std::string& text, const TextStyle& style = {});
    /// Text in a box of `width` points at (x, y), not moving the flow; returns its height.
    double textAt(const std::string& text, double x, double y, double width, const TextStyle& style);
    /// The height `text` takes in `width` points.
    [[nodiscard]] double measure(const std::string& text, double width, const TextStyle& style);
    /// The width of `text` on one line, in points.
    [[nodiscard]] double measureWidth(const std::string& text, const TextStyle& style);
    /// A thin grey line across the page.
    void rule();
    /// Blank space.
    void space(double points);
    /// Starts a new page unless `points` still fit on this one.
    void keep(double points);
    /// Starts a new page.
    void newPage();
    /// What the header names as the document from the next page on.
    void setKind(std::string kind) { m_header.kind = std::move(kind); }

    /// The cairo context of the current page, for drawings (coordinates in points).
    [[nodiscard]] cairo_t* context() const;
    /// Where the next block starts, in points from the top.
    [[nodiscard]] double y() const { return m_y; }
    /// Moves the flow down past a drawing.
    void advance(double points) { m_y += points; }
    [[nodiscard]] double left() const { return kMargin; }
    [[nodiscard]] double width() const { return kPageWidth - 2 * kMargin; }
    [[nodiscard]] int pageCount() const { return m_pages; }
    [[nodiscard]] Lang lang() const { return m_lang; }

    /// Ends the last page: the PDF's bytes (one entry) or each page's PNG bytes.
    [[nodiscard]] std::vector<std::string> finish();

private:
    void beginPage();
    void endPage();
    void drawHeader();

    PageFormat m_format;
    Lang m_lang;
    PageHeader m_header;
    double m_scale;
    struct Surfaces;
    std::unique_ptr<Surfaces> m_out;
    double m_y = 0;
    int m_pages = 0;
    bool m_finished = false;
};

} // namespace rapport::print
