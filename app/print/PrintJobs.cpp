#include "print/PrintJobs.h"

#include "print/DebriefPrint.h"
#include "print/PrintFiles.h"
#include "print/SeminarPrint.h"

#include <glib.h>

#include <cstdlib>
#include <fstream>

namespace rapport::print {
namespace fs = std::filesystem;

namespace {

// XDG_DOCUMENTS_DIR="$HOME/Dokumente" from the desktop's user-dirs.dirs, if it names one.
std::optional<fs::path> documentsFolder(const fs::path& home) {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const fs::path file = (config != nullptr && *config != '\0' ? fs::path(config) : home / ".config") / "user-dirs.dirs";
    std::ifstream in(file);
    std::string line;
    const std::string key = "XDG_DOCUMENTS_DIR=\"";
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) != 0 || line.size() < key.size() + 1 || line.back() != '"') continue;
        std::string value = line.substr(key.size(), line.size() - key.size() - 1);
        if (value.rfind("$HOME", 0) == 0) return home / value.substr(value.size() > 5 && value[5] == '/' ? 6 : 5);
        if (!value.empty() && value[0] == '/') return fs::path(value);
    }
    return std::nullopt;
}

// "Die Kaffeepause" -> "die-kaffeepause": letters and digits (umlauts kept), the rest a dash.
std::string fileStem(const std::string& title) {
    gchar* lower = g_utf8_strdown(title.c_str(), -1);
    std::string out;
    for (const char* p = lower; *p != '\0'; p = g_utf8_next_char(p)) {
        if (g_unichar_isalnum(g_utf8_get_char(p))) out.append(p, static_cast<std::size_t>(g_utf8_next_char(p) - p));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    g_free(lower);
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("rapport") : out;
}

} // namespace

std::optional<fs::path> printsFolder() {
    const char* explicitFolder = std::getenv("RAPPORT_PRINT_DIR");
    if (explicitFolder != nullptr && *explicitFolder != '\0') return fs::path(explicitFolder);
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home == '\0') return std::nullopt;
    return documentsFolder(home).value_or(fs::path(home) / "Documents") / "Rapport";
}

fs::path newPrintFile(const fs::path& folder, const std::string& title, std::time_t now) {
    char stamp[32] = {};
    std::tm local{};
    localtime_r(&now, &local);
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d_%H%M", &local);
    const std::string stem = fileStem(title) + "_" + stamp;
    std::error_code ec;
    fs::path file = folder / (stem + ".pdf");
    for (int n = 2; fs::exists(file, ec); ++n) file = folder / (stem + "_" + std::to_string(n) + ".pdf");
    return file;
}

WriteResult writeDebriefPdf(const fs::path& file, const Runner& runner, const Debrief& debrief, Lang lang) {
    PageWriter page(PageFormat::Pdf, lang, debriefHeader(runner.scenario(), lang));
    printDebrief(page, runner, debrief, fittingOptions(runner, debrief, lang, {}));
    std::vector<fs::path> written;
    return writePages(file, PageFormat::Pdf, page.finish(), written);
}

WriteResult writeSeminarPdf(const fs::path& file, const Session& session, const Comparison& comparison, Lang lang) {
    PageWriter page(PageFormat::Pdf, lang, seminarHeader(session, lang));
    printSeminar(page, session, comparison);
    std::vector<fs::path> written;
    return writePages(file, PageFormat::Pdf, page.finish(), written);
}

} // namespace rapport::print
