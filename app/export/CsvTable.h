#pragma once
// Writing a table as CSV the way spreadsheets read it (RFC 4180): UTF-8 with a byte-order mark so
// Excel takes the umlauts right, CRLF line ends, a field quoted when it holds the separator, a
// quote or a line break. German spreadsheets expect `;` and decimal commas, English ones `,` and
// points: the format follows the language of the export.

#include "rapport/core/Vocabulary.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::exports {

/// How a CSV file separates fields and writes decimals.
struct CsvFormat {
    char separator = ',';
    char decimal = '.';
};

/// `;` and decimal commas for German, `,` and points for English.
[[nodiscard]] CsvFormat csvFormatFor(Lang lang);

/// Builds a CSV document row by row; text() gives the bytes to write.
class CsvTable {
public:
    explicit CsvTable(CsvFormat format) : m_format(format) { m_text = "\xEF\xBB\xBF"; }

    /// A text field. One that a spreadsheet would take for a formula (=, +, -, @ first) gets a
    /// leading apostrophe, so a profile name never runs as a formula when the file is opened.
    CsvTable& text(std::string_view value);
    /// A whole number.
    CsvTable& integer(std::int64_t value);
    /// A decimal number given in `scale`ths (hundredths: scale 100), written with `digits` decimals.
    CsvTable& decimal(std::int64_t scaled, std::int64_t scale, int digits);
    /// Ends the row.
    void endRow();

    [[nodiscard]] const std::string& bytes() const { return m_text; }
    [[nodiscard]] CsvFormat format() const { return m_format; }

private:
    void field(std::string_view raw);

    CsvFormat m_format;
    std::string m_text;
    bool m_rowStarted = false;
};

/// A field as CSV writes it: quoted (quotes doubled) when it holds the separator, a quote, CR or LF.
[[nodiscard]] std::string csvField(std::string_view value, char separator);

} // namespace rapport::exports
