#pragma once
// Writing printed pages to disk atomically: a PDF as one file, PNG pages as one file each.

#include "io/AtomicFile.h"
#include "print/PageWriter.h"

#include <filesystem>
#include <string>
#include <vector>

namespace rapport::print {

/// Where the pages of `format` go: `file` for a PDF or a single PNG page, else "name-1.png",
/// "name-2.png", ... beside it.
[[nodiscard]] std::vector<std::filesystem::path> pageFiles(const std::filesystem::path& file, PageFormat format, std::size_t pages);

/// Writes the pages that PageWriter::finish returned; `written` lists the files on success.
[[nodiscard]] WriteResult writePages(const std::filesystem::path& file, PageFormat format, const std::vector<std::string>& pages,
                                     std::vector<std::filesystem::path>& written);

} // namespace rapport::print
