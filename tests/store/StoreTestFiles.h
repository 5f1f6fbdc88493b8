#pragma once
// Scratch files for the store's tests: a fresh folder per test under the system's temp folder.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace rapport::test {

/// An empty folder of its own for one test (removed and created again).
inline std::filesystem::path storeScratch(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("rapport-store-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

/// A file's bytes.
inline std::string fileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace rapport::test
