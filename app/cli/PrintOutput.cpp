#include "PrintOutput.h"

#include "print/PrintFiles.h"

#include <iostream>

namespace rapport::cli {

std::optional<int> takePrintOption(const std::string& option, ArgCursor& cursor, PrintTargets& targets) {
    if (option != "--pdf" && option != "--png") return -1;
    const std::optional<std::string> v = cursor.value(option);
    if (!v) return 2;
    if (v->empty()) return cursor.usageError(option + " needs a file name");
    (option == "--pdf" ? targets.pdf : targets.png) = *v;
    return std::nullopt;
}

bool writePrinted(const char* command, const PrintTargets& targets, Lang lang, const print::PageHeader& header,
                  const std::function<void(print::PageWriter&)>& draw) {
    for (const print::PageFormat format : {print::PageFormat::Pdf, print::PageFormat::Png}) {
        const std::string& file = format == print::PageFormat::Pdf ? targets.pdf : targets.png;
        if (file.empty()) continue;
        print::PageWriter page(format, lang, header);
        draw(page);
        std::vector<std::filesystem::path> written;
        const WriteResult r = print::writePages(file, format, page.finish(), written);
        if (!r.ok()) {
            std::cerr << "rapport " << command << ": " << r.error << "\n";
            return false;
        }
        for (const std::filesystem::path& f : written)
            std::cerr << "rapport " << command << ": " << (lang == Lang::De ? "geschrieben: " : "wrote ") << f.string() << "\n";
    }
    return true;
}

} // namespace rapport::cli
