#include "ScenarioFiles.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace fs = std::filesystem;

namespace rapport {

bool isScenarioFile(const fs::path& file) {
    const std::string name = file.filename().string();
    const auto endsWith = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith(".json") && !endsWith(".schema.json");
}

std::vector<fs::path> listScenarioFiles(const fs::path& folder, std::error_code& error) {
    std::vector<fs::path> files;
    error.clear();
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (const fs::recursive_directory_iterator end; !error && it != end; it.increment(error)) {
        // A file that vanishes or cannot be examined while we list is simply not a scenario now.
        std::error_code typeError;
        if (it->is_regular_file(typeError) && isScenarioFile(it->path())) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace rapport
