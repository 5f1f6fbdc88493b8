#include "export/CsvTable.h"

#include <cstdlib>

namespace rapport::exports {

CsvFormat csvFormatFor(Lang lang) { return lang == Lang::De ? CsvFormat{';', ','} : CsvFormat{',', '.'}; }

std::string csvField(std::string_view value, char separator) {
    if (value.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos) return std::string(value);
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void CsvTable::field(std::string_view raw) {
    if (m_rowStarted) m_text += m_format.separator;
    m_rowStarted = true;
    m_text += raw;
}

CsvTable& CsvTable::text(std::string_view value) {
    // Formula injection: LibreOffice and Excel evaluate a cell that starts like a formula.
    const bool formulaLike = !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                                                value[0] == '\t' || value[0] == '\r');
    field(csvField(formulaLike ? "'" + std::string(value) : std::string(value), m_format.separator));
    return *this;
}

CsvTable& CsvTable::integer(std::int64_t value) {
    field(std::to_string(value));
    return *this;
}

CsvTable& CsvTable::decimal(std::int64_t scaled, std::int64_t scale, int digits) {
    // Rounded half away from zero to `digits` decimals, in integers so no binary fraction shows.
    std::int64_t unit = 1;
    for (int i = 0; i < digits; ++i) unit *= 10;
    const bool negative = scaled < 0;
    const std::int64_t magnitude = std::llabs(scaled);
    const std::int64_t rounded = (magnitude * unit * 2 + scale) / (scale * 2);
    std::string out = negative && rounded != 0 ? "-" : "";
    out += std::to_string(rounded / unit);
    if (digits > 0) {
        std::string fraction = std::to_string(rounded % unit);
        out += m_format.decimal;
        out += std::string(static_cast<std::size_t>(digits) - fraction.size(), '0') + fraction;
    }
    field(out);
    return *this;
}

void CsvTable::endRow() {
    m_text += "\r\n";
    m_rowStarted = false;
}

} // namespace rapport::exports
