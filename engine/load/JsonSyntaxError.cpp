#include "load/JsonSyntaxError.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace rapport::detail {
namespace {

bool isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Scans back from `from` (inclusive) to the quote that opens the string around it: inside a
// string every quote is escaped by an odd number of backslashes.
std::size_t openingQuote(std::string_view text, std::size_t from, std::size_t floor) {
    for (std::size_t i = std::min(from, text.size() - 1) + 1; i-- > floor;) {
        if (text[i] != '"') continue;
        std::size_t backslashes = 0;
        while (i - backslashes > floor && text[i - backslashes - 1] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return i;
    }
    return floor;
}

struct Said {
    std::string en, de;
};

// nlohmann's names of tokens ("string literal", "','") in plain words.
Said tokenWords(std::string_view token) {
    if (token == "string literal") return {"a string", "eine Zeichenkette"};
    if (token == "number literal") return {"a number", "eine Zahl"};
    if (token == "true literal") return {"“true”", "„true“"};
    if (token == "false literal") return {"“false”", "„false“"};
    if (token == "null literal") return {"“null”", "„null“"};
    if (token == "end of input") return {"the end of the file", "das Dateiende"};
    if (token.size() == 3 && token.front() == '\'') {
        const std::string c(1, token[1]);
        return {"“" + c + "”", "„" + c + "“"};
    }
    if (startsWith(token, "'[', '{', or a literal")) return {"a value", "ein Wert"};
    return {std::string(token), std::string(token)};
}

bool isValueToken(std::string_view token) {
    return token == "string literal" || token == "number literal" || token == "true literal" ||
           token == "false literal" || token == "null literal" || token == "'['" || token == "'{'";
}

void set(JsonError& out, std::size_t offset, const char* code, std::string en, std::string de) {
    out.offset = static_cast<std::uint32_t>(offset);
    out.code = code;
    out.messageEn = std::move(en);
    out.messageDe = std::move(de);
}

void describeLexerError(std::string_view text, std::size_t bom, std::size_t last, std::string_view reason,
                        JsonError& out) {
    if (startsWith(reason, "invalid string: control character")) {
        const std::size_t u = reason.find("U+");
        const std::string code = u == std::string_view::npos ? std::string() : std::string(reason.substr(u, 6));
        if (code == "U+000A" || code == "U+000D")
            return set(out, last, "json-control-char",
                       "A line break inside a string: keep the text on one line, or write \\n for a break.",
                       "Zeilenumbruch innerhalb einer Zeichenkette: Schreiben Sie den Text in eine Zeile oder "
                       "\\n für einen Umbruch.");
        if (code == "U+0009")
            return set(out, last, "json-control-char", "A tab character inside a string: write \\t or a space.",
                       "Tabulatorzeichen innerhalb einer Zeichenkette: Schreiben Sie \\t oder ein Leerzeichen.");
        return set(out, last, "json-control-char",
                   "An invisible control character (" + code + ") inside a string: remove it.",
                   "Unsichtbares Steuerzeichen (" + code + ") innerhalb einer Zeichenkette: Bitte entfernen.");
    }
    if (startsWith(reason, "invalid string: missing closing quote"))
        return set(out, openingQuote(text, text.size() - 1, bom), "json-unclosed-string",
                   "This string has no closing quotation mark.",
                   "Dieser Zeichenkette fehlt das schließende Anführungszeichen.");
    if (startsWith(reason, "invalid string: ill-formed UTF-8 byte"))
        return set(out, last, "invalid-utf8", "Invalid UTF-8: save the file with the encoding UTF-8.",
                   "Ungültiges UTF-8: Speichern Sie die Datei in der Kodierung UTF-8.");
    if (startsWith(reason, "invalid string:")) {
        std::size_t backslash = last;
        while (backslash > bom && text[backslash] != '\\') --backslash;
        if (reason.find("surrogate") != std::string_view::npos)
            return set(out, backslash, "json-invalid-escape",
                       "A \\u escape names half of a character pair; type the character itself instead.",
                       "Eine \\u-Folge nennt nur die Hälfte eines Zeichenpaars; tippen Sie das Zeichen selbst.");
        if (reason.find("4 hex digits") != std::string_view::npos)
            return set(out, backslash, "json-invalid-escape", "\\u must be followed by four hex digits (0-9, a-f).",
                       "Auf \\u müssen vier Hexadezimalziffern (0–9, a–f) folgen.");
        return set(out, backslash, "json-invalid-escape",
                   "Unknown escape: after a backslash only \" \\ / b f n r t u may follow; write \\\\ for a "
                   "backslash.",
                   "Unbekannte Escape-Folge: Nach einem Backslash dürfen nur \" \\ / b f n r t u folgen; "
                   "schreiben Sie \\\\ für einen Backslash.");
    }
    if (startsWith(reason, "invalid number")) {
        std::string what = "a digit is missing";
        std::string was = "es fehlt eine Ziffer";
        if (reason.find("after '-'") != std::string_view::npos) {
            what = "a digit must follow “-”";
            was = "auf „-“ muss eine Ziffer folgen";
        } else if (reason.find("after '.'") != std::string_view::npos) {
            what = "a digit must follow the decimal point";
            was = "auf den Dezimalpunkt muss eine Ziffer folgen";
        } else if (reason.find("exponent") != std::string_view::npos) {
            what = "a digit must follow the exponent “e”";
            was = "auf den Exponenten „e“ muss eine Ziffer folgen";
        }
        return set(out, last, "json-invalid-number", "Malformed number: " + what + ".",
                   "Fehlerhafte Zahl: " + was + ".");
    }
    // An invalid literal: nlohmann stops at the first character that doesn't fit true/false/null.
    std::size_t start = last;
    while (start > bom && isWordChar(text[start - 1])) --start;
    const auto c = static_cast<unsigned char>(text[start]);
    if (c >= 0x80 && !validUtf8At(text, start))
        return set(out, start, "invalid-utf8", "Invalid UTF-8: save the file with the encoding UTF-8.",
                   "Ungültiges UTF-8: Speichern Sie die Datei in der Kodierung UTF-8.");
    if (c == '\'')
        return set(out, start, "json-invalid-literal",
                   "Strings need double quotation marks (\"…\"), not single ones.",
                   "Zeichenketten brauchen doppelte Anführungszeichen (\"…\"), keine einfachen.");
    if (c == '/' || c == '#')
        return set(out, start, "json-invalid-literal", "JSON files cannot contain comments.",
                   "JSON-Dateien dürfen keine Kommentare enthalten.");
    if (c == 0xE2 || c == 0xC2) // „ “ ” and similar typographic quotes
        return set(out, start, "json-invalid-literal",
                   "Strings need plain double quotation marks (\"), not typographic ones („“”).",
                   "Zeichenketten brauchen gerade Anführungszeichen (\"), keine typografischen („“”).");
    return set(out, start, "json-invalid-literal",
               "Unknown word: text must be written in double quotation marks; only numbers, true, false and "
               "null stand without them.",
               "Unbekanntes Wort: Text steht in doppelten Anführungszeichen; nur Zahlen, true, false und null "
               "stehen ohne.");
}

} // namespace

bool validUtf8At(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    const unsigned c = byte(at);
    if (c < 0x80) return true;
    std::size_t length = 0;
    unsigned lo = 0x80;
    unsigned hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return false;
    }
    const unsigned second = byte(at + 1);
    if (second < lo || second > hi) return false;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(at + k) & 0xC0u) != 0x80u) return false;
    return true;
}

std::size_t findInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (!validUtf8At(text, i)) return i;
        i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    }
    return std::string_view::npos;
}

void describeJsonSyntaxError(std::string_view text, std::size_t bom, std::size_t position, std::string_view what,
                             JsonError& out) {
    // nlohmann counts the bytes it has read; the last one read is where it stopped.
    const std::size_t read = bom + position;
    const std::size_t end = std::min(read, text.size());
    const std::size_t last = end > bom ? end - 1 : bom;

    std::string_view context;
    std::string_view reason = what;
    const std::size_t whilePos = what.find("while parsing ");
    if (whilePos != std::string_view::npos) {
        const std::size_t dash = what.find(" - ", whilePos);
        context = what.substr(whilePos + 14, dash - whilePos - 14);
        reason = dash == std::string_view::npos ? std::string_view() : what.substr(dash + 3);
    }
    if (!startsWith(reason, "unexpected ")) return describeLexerError(text, bom, last, reason, out);

    const std::size_t semicolon = reason.find("; expected ");
    const std::string_view token = reason.substr(11, semicolon - 11);
    const std::string_view expected =
        semicolon == std::string_view::npos ? std::string_view() : reason.substr(semicolon + 11);
    const Said tok = tokenWords(token);

    if (token == "end of input") {
        const Said exp = tokenWords(expected);
        return set(out, text.size(), "json-unexpected-end",
                   "The file ends too early: " + exp.en + " is missing.",
                   "Die Datei endet zu früh: Es fehlt " + exp.de + ".");
    }
    // Where the unexpected token starts.
    std::size_t start = last;
    if (token == "string literal") {
        start = openingQuote(text, last > bom ? last - 1 : bom, bom);
    } else if (token == "number literal") {
        while (start > bom && isNumberChar(text[start - 1])) --start;
    } else if (token == "true literal" || token == "false literal" || token == "null literal") {
        while (start > bom && isWordChar(text[start - 1])) --start;
    }
    std::size_t before = start;
    while (before > bom && std::isspace(static_cast<unsigned char>(text[before - 1])) != 0) --before;
    const char previous = before > bom ? text[before - 1] : '\0';

    if (expected == "end of input")
        return set(out, start, "json-trailing-content",
                   "There is more text after the end of the scenario's outermost { }.",
                   "Nach dem Ende der äußersten { } des Szenarios folgt noch weiterer Text.");
    if (context == "object separator")
        return set(out, start, "json-missing-colon", "A “:” is missing between the field name and its value.",
                   "Zwischen dem Feldnamen und seinem Wert fehlt ein „:“.");
    if (context == "object key") {
        if (token == "'}'" && previous == ',')
            return set(out, before - 1, "json-trailing-comma",
                       "A comma before “}” is not allowed: remove it.",
                       "Vor „}“ ist kein Komma erlaubt: Bitte entfernen.");
        return set(out, start, "json-key-not-string",
                   "A field name must be written in double quotation marks, for example \"id\".",
                   "Ein Feldname steht in doppelten Anführungszeichen, zum Beispiel \"id\".");
    }
    if ((context == "object" || context == "array") && isValueToken(token))
        return set(out, start, "json-missing-comma", "A comma is missing before this value.",
                   "Vor diesem Wert fehlt ein Komma.");
    if (context == "object" && token == "']'")
        return set(out, start, "json-mismatched-bracket",
                   "“]” closes a list, but an object “{” is open here: write “}”.",
                   "„]“ schließt eine Liste, aber hier ist ein Objekt „{“ offen: Schreiben Sie „}“.");
    if (context == "array" && token == "'}'")
        return set(out, start, "json-mismatched-bracket",
                   "“}” closes an object, but a list “[” is open here: write “]”.",
                   "„}“ schließt ein Objekt, aber hier ist eine Liste „[“ offen: Schreiben Sie „]“.");
    if (context == "value" && token == "']'" && previous == ',')
        return set(out, before - 1, "json-trailing-comma", "A comma before “]” is not allowed: remove it.",
                   "Vor „]“ ist kein Komma erlaubt: Bitte entfernen.");
    if (context == "value")
        return set(out, start, "json-missing-value", "A value is missing before " + tok.en + ".",
                   "Vor " + tok.de + " fehlt ein Wert.");
    const Said exp = tokenWords(expected);
    return set(out, start, "json-unexpected", "Unexpected " + tok.en + " here; expected " + exp.en + ".",
               "An dieser Stelle ist " + tok.de + " nicht erlaubt; erwartet wird " + exp.de + ".");
}

} // namespace rapport::detail
