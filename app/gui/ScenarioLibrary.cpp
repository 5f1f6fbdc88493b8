#include "ScenarioLibrary.h"

#include "ScenarioFiles.h"

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

// The scenario files with what tells a changed file: its time and size. A file that vanished
// since the listing has no time or size and is read (and explained by the loader) like any other.
std::vector<FileInfo> listFiles(const fs::path& folder) {
    std::vector<FileInfo> files;
    std::error_code listError;
    for (const fs::path& path : listScenarioFiles(folder, listError)) {
        std::error_code fileError;
        FileInfo info;
        info.path = path;
        info.mtime = fs::last_write_time(path, fileError);
        info.size = fs::file_size(path, fileError);
        files.push_back(info);
    }
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
