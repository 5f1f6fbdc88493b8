#include "io/AtomicFile.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace rapport;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
fs::path scratchDir(const char* name) {
    const fs::path dir = fs::temp_directory_path() / ("rapport-atomic-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    return dir;
}
} // namespace

TEST_CASE("an atomic write creates folders, replaces the old content and leaves no temporary behind") {
    const fs::path dir = scratchDir("replace");
    const fs::path file = dir / "a" / "b" / "settings.json";
    REQUIRE(writeFileAtomically(file, "first").ok());
    CHECK(slurp(file) == "first");
    REQUIRE(writeFileAtomically(file, "second, longer").ok());
    CHECK(slurp(file) == "second, longer");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(file.parent_path())) ++entries;
    CHECK(entries == 1);
    fs::remove_all(dir);
}

TEST_CASE("a write that cannot happen is reported as a failure and the old file stays") {
    const fs::path dir = scratchDir("fail");
    fs::create_directories(dir);
    const fs::path file = dir / "kept.json";
    REQUIRE(writeFileAtomically(file, "old").ok());
    // A folder where the file should go: the rename must fail.
    const fs::path blocked = dir / "blocked";
    fs::create_directories(blocked / "inside");
    const WriteResult r = writeFileAtomically(blocked, "new");
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("blocked") != std::string::npos);
    // A parent that is a file: the folder cannot be created.
    const WriteResult r2 = writeFileAtomically(file / "child.json", "x");
    CHECK_FALSE(r2.ok());
    CHECK(slurp(file) == "old");
    fs::remove_all(dir);
}

TEST_CASE("the mode of a written file is the one asked for (secrets stay private)") {
    const fs::path dir = scratchDir("mode");
    const fs::path file = dir / "lrs.json";
    REQUIRE(writeFileAtomically(file, "{}", 0600).ok());
    const auto perms = fs::status(file).permissions();
    CHECK((perms & fs::perms::group_read) == fs::perms::none);
    CHECK((perms & fs::perms::others_read) == fs::perms::none);
    CHECK((perms & fs::perms::owner_read) != fs::perms::none);
    fs::remove_all(dir);
}
