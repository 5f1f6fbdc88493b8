#include "ScenarioLibrary.h"

#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;

namespace rapport::gui {
namespace {

struct FileInfo {
    fs::path path;
    fs::file_time_type mtime{};
    std::uintmax_t size = 0;
};

bool isScenarioFile(const fs::path& file) {
    const std::string name = file.filename().string();
    const std::string schemaSuffix = ".schema.json";
    const bool schema = name.size() >= schemaSuffix.size() &&
                        name.compare(name.size() - schemaSuffix.size(), schemaSuffix.size(), schemaSuffix) == 0;
    return file.extension() == ".json" && !schema;
}

std::vector<FileInfo> listFiles(const fs::path& folder) {
    std::vector<FileInfo> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
        std::error_code fileEc;
        if (!it->is_regular_file(fileEc) || !isScenarioFile(it->path())) continue;
        FileInfo info;
        info.path = it->path();
        info.mtime = it->last_write_time(fileEc);
        info.size = it->file_size(fileEc);
        files.push_back(info);
    }
    std::sort(files.begin(), files.end(), [](const FileInfo& a, const FileInfo& b) { return a.path < b.path; });
    return files;
}

void load(ScenarioEntry& entry, const FileInfo& info) {
    entry.path = info.path;
    entry.mtime = info.mtime;
    entry.size = info.size;
    entry.loaded = loadScenarioFile(info.path.string());
}

} // namespace

void openLibrary(ScenarioLibrary& library, const fs::path& folder) {
    library.folder = folder;
    library.entries.clear();
    for (const FileInfo& info : listFiles(folder)) {
        ScenarioEntry entry;
        load(entry, info);
        library.entries.push_back(std::move(entry));
    }
}

bool refreshLibrary(ScenarioLibrary& library) {
    if (library.folder.empty()) return false;
    const std::vector<FileInfo> files = listFiles(library.folder);
    bool changed = files.size() != library.entries.size();
    std::vector<ScenarioEntry> next;
    next.reserve(files.size());
    for (const FileInfo& info : files) {
        auto old = std::find_if(library.entries.begin(), library.entries.end(),
                                [&](const ScenarioEntry& e) { return e.path == info.path; });
        if (old != library.entries.end() && old->mtime == info.mtime && old->size == info.size) {
            next.push_back(std::move(*old));
            continue;
        }
        ScenarioEntry entry;
        if (old != library.entries.end()) entry.version = old->version + 1;
        load(entry, info);
        next.push_back(std::move(entry));
        changed = true;
    }
    library.entries = std::move(next);
    return changed;
}

const ScenarioEntry* findEntry(const ScenarioLibrary& library, const fs::path& path) {
    for (const ScenarioEntry& e : library.entries)
        if (e.path == path) return &e;
    return nullptr;
}

} // namespace rapport::gui
