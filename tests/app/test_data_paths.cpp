// Where `rapport` finds scenarios/ and assets/, which files are scenarios, and how a scenario id
// becomes a file.

#include "DataPaths.h"
#include "ScenarioFiles.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

// A fresh folder under the system temp dir, removed again at the end of the test.
class TempDir {
public:
    TempDir() {
        static int counter = 0;
        m_path = fs::temp_directory_path() /
                 ("rapport-datapaths-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

void writeFile(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

// Sets or clears $RAPPORT_DATA for one test and puts the old value back afterwards.
class ScopedDataEnv {
public:
    explicit ScopedDataEnv(const char* value) {
        if (const char* old = std::getenv("RAPPORT_DATA")) m_old = old;
        if (value != nullptr) {
            ::setenv("RAPPORT_DATA", value, 1);
        } else {
            ::unsetenv("RAPPORT_DATA");
        }
    }
    ~ScopedDataEnv() {
        if (m_old.empty()) {
            ::unsetenv("RAPPORT_DATA");
        } else {
            ::setenv("RAPPORT_DATA", m_old.c_str(), 1);
        }
    }
    ScopedDataEnv(const ScopedDataEnv&) = delete;
    ScopedDataEnv& operator=(const ScopedDataEnv&) = delete;

private:
    std::string m_old;
};

} // namespace

TEST_CASE("findDataDir prefers --data, then $RAPPORT_DATA, then the source tree") {
    TempDir cli;
    TempDir env;
    fs::create_directories(cli.path() / "scenarios");
    fs::create_directories(env.path() / "scenarios");
    const ScopedDataEnv scoped(env.path().c_str());

    CHECK(rapport::findDataDir(cli.path().string()) == cli.path());
    CHECK(rapport::findDataDir("") == env.path());

    SUBCASE("a --data folder without scenarios/ is passed over") {
        TempDir empty;
        CHECK(rapport::findDataDir(empty.path().string()) == env.path());
    }
}

TEST_CASE("findDataDir falls back to the source tree recorded at configure time") {
    const ScopedDataEnv scoped(nullptr);
    const fs::path source = RAPPORT_SOURCE_DATA_DIR;
    if (fs::is_directory(source / "scenarios")) {
        CHECK(rapport::findDataDir("") == source);
    } else {
        // A checkout without scenarios/ cannot be the answer; an installed copy may still be.
        CHECK(rapport::findDataDir("") != source);
    }
}

TEST_CASE("resolveScenario accepts a path or the id of a bundled scenario") {
    TempDir data;
    const fs::path byName = data.path() / "scenarios" / "messe" / "kaffeepause.json";
    const fs::path byId = data.path() / "scenarios" / "02-anderer-name.json";
    writeFile(byName, R"({"id": "kaffeepause", "format": 1})");
    writeFile(byId, R"({"format": 1, "id": "nachfassen"})");
    writeFile(data.path() / "scenarios" / "rapport-scenario.schema.json", R"({"id": "schema"})");
    writeFile(data.path() / "scenarios" / "kaputt.json", "{ not json");
    const ScopedDataEnv scoped(nullptr);
    const std::string dataArg = data.path().string();

    SUBCASE("an existing path is taken as it is") {
        CHECK(rapport::resolveScenario(byId.string(), dataArg) == byId);
    }
    SUBCASE("an id finds ID.json in a subfolder") {
        CHECK(rapport::resolveScenario("kaffeepause", dataArg) == byName);
        CHECK(rapport::resolveScenario("kaffeepause.json", dataArg) == byName);
    }
    SUBCASE("an id finds a file whose top-level id matches") {
        CHECK(rapport::resolveScenario("nachfassen", dataArg) == byId);
    }
    SUBCASE("schemas, broken files and unknown ids give no match") {
        CHECK_FALSE(rapport::resolveScenario("schema", dataArg).has_value());
        CHECK_FALSE(rapport::resolveScenario("gibt-es-nicht", dataArg).has_value());
        CHECK_FALSE(rapport::resolveScenario("", dataArg).has_value());
    }
    SUBCASE("$RAPPORT_DATA is searched when --data is not given") {
        const ScopedDataEnv withEnv(dataArg.c_str());
        CHECK(rapport::resolveScenario("nachfassen", "") == byId);
    }
}

TEST_CASE("the scenario files of a folder: *.json in every subfolder, no schemas, sorted") {
    TempDir data;
    const fs::path folder = data.path() / "scenarios";
    writeFile(folder / "b-messe.json", "{}");
    writeFile(folder / "a-kunden" / "jahr.json", "{}");
    writeFile(folder / "rapport-scenario.schema.json", "{}");
    writeFile(folder / "README.md", "# Szenarien");
    writeFile(folder / "notizen.json.bak", "{}");
    fs::create_directories(folder / "leer.json"); // a folder with a scenario's name is not a file

    std::error_code ec;
    const std::vector<fs::path> files = rapport::listScenarioFiles(folder, ec);
    CHECK_FALSE(ec);
    CHECK(files == std::vector<fs::path>{folder / "a-kunden" / "jahr.json", folder / "b-messe.json"});
    CHECK(rapport::isScenarioFile("kaffeepause.json"));
    CHECK_FALSE(rapport::isScenarioFile("rapport-scenario.schema.json"));
    CHECK_FALSE(rapport::isScenarioFile("kaffeepause.json5"));

    SUBCASE("a folder that does not exist is reported, not silently empty") {
        CHECK(rapport::listScenarioFiles(data.path() / "fehlt", ec).empty());
        CHECK(ec);
    }
}

TEST_CASE("the application icon is in the data folder in every size, each PNG as large as its name") {
    const fs::path source = RAPPORT_SOURCE_DIR;
    for (const int size : rapport::kIconSizes) {
        CAPTURE(size);
        const std::optional<fs::path> icon = rapport::findIcon(source, size);
        REQUIRE(icon.has_value());
        // A PNG starts with its 8-byte signature and the IHDR chunk: width and height, big-endian.
        std::ifstream in(*icon, std::ios::binary);
        std::array<unsigned char, 24> head{};
        in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
        REQUIRE(in.gcount() == 24);
        CHECK(std::string(reinterpret_cast<const char*>(head.data()) + 1, 3) == "PNG");
        const auto bigEndian = [&](std::size_t at) {
            return static_cast<int>(head[at]) << 24 | static_cast<int>(head[at + 1]) << 16 | static_cast<int>(head[at + 2]) << 8 |
                   static_cast<int>(head[at + 3]);
        };
        CHECK(bigEndian(16) == size);
        CHECK(bigEndian(20) == size);
    }
    CHECK_FALSE(rapport::findIcon(source, 17).has_value());
}
