#include "print/PrintFiles.h"

namespace rapport::print {

std::vector<std::filesystem::path> pageFiles(const std::filesystem::path& file, PageFormat format, std::size_t pages) {
    if (format == PageFormat::Pdf || pages <= 1) return {file};
    std::vector<std::filesystem::path> out;
    const std::string extension = file.has_extension() ? file.extension().string() : std::string(".png");
    for (std::size_t k = 1; k <= pages; ++k) {
        std::filesystem::path page = file;
        page.replace_filename(file.stem().string() + "-" + std::to_string(k) + extension);
        out.push_back(page);
    }
    return out;
}

WriteResult writePages(const std::filesystem::path& file, PageFormat format, const std::vector<std::string>& pages,
                       std::vector<std::filesystem::path>& written) {
    const std::vector<std::filesystem::path> files = pageFiles(file, format, pages.size());
    for (std::size_t k = 0; k < pages.size() && k < files.size(); ++k) {
        WriteResult r = writeFileAtomically(files[k], pages[k]);
        if (!r.ok()) return r;
        written.push_back(files[k]);
    }
    return {};
}

} // namespace rapport::print
