// Sending the queue to an LRS, against a small HTTP server on 127.0.0.1 that answers as an LRS
// does: the headers and credentials sent, a rejected statement among good ones, an unreachable
// LRS, refused credentials. The real LRS is driven in tests/lrs/lrs_test.py.

#include "ExportTestRuns.h"
#include "export/StatementSource.h"
#include "lrs/StatementSync.h"
#include "lrs/SyncMessages.h"
#include "store/StoreTestFiles.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <mutex>
#include <set>
#include <thread>

namespace fs = std::filesystem;
using namespace rapport;
using nlohmann::json;

namespace {

// An LRS stand-in: takes statement arrays, refuses the ids in `refused` (400, as an LRS does for
// an invalid statement: the whole request), answers `forcedStatus` to everything when set.
class FakeLrs {
public:
    FakeLrs() {
        m_server.Post("/xAPI/statements", [this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard<std::mutex> lock(m_mutex);
            ++m_requests;
            m_version = req.get_header_value("X-Experience-API-Version");
            m_authorization = req.get_header_value("Authorization");
            if (m_forcedStatus != 0) {
                res.status = m_forcedStatus;
                res.set_content(R"({"message":"forced"})", "application/json");
                return;
            }
            const json batch = json::parse(req.body);
            for (const json& s : batch)
                if (m_refused.count(s["id"].get<std::string>()) != 0) {
                    res.status = 400;
                    res.set_content(R"({"message":"Problem in 'result.score.raw'"})", "application/json");
                    return;
                }
            json ids = json::array();
            for (const json& s : batch) {
                m_stored.insert(s["id"].get<std::string>());
                ids.push_back(s["id"]);
            }
            res.set_content(ids.dump(), "application/json");
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        for (int i = 0; i < 200 && !m_server.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ~FakeLrs() {
        m_server.stop();
        m_thread.join();
    }
    FakeLrs(const FakeLrs&) = delete;
    FakeLrs& operator=(const FakeLrs&) = delete;

    [[nodiscard]] lrs::LrsConfig config() const {
        return lrs::LrsConfig{"http://127.0.0.1:" + std::to_string(m_port) + "/xAPI/", "rapport-key", "geheim"};
    }
    void refuse(const std::string& id) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_refused.insert(id);
    }
    void forceStatus(int status) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_forcedStatus = status;
    }
    std::size_t stored() {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_stored.size();
    }
    std::string version() {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_version;
    }
    std::string authorization() {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_authorization;
    }

private:
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::mutex m_mutex;
    std::set<std::string> m_refused, m_stored;
    int m_forcedStatus = 0;
    int m_requests = 0;
    std::string m_version, m_authorization;
};

struct SyncFixture {
    fs::path dir;
    std::unique_ptr<store::ProgressStore> store;

    explicit SyncFixture(const std::string& name) : dir(test::storeScratch(name)), store(store::ProgressStore::open(dir / "rapport.db")) {
        const store::ProfileId anna = store->createProfile("Anna");
        for (int k = 0; k < 3; ++k) test::finishExportRun(*store, test::addExportRun(*store, anna, "s", 1000 + 10'000 * k, 2), 9000 + 10'000 * k, 50);
        store->commit(); // 3 runs x 5 statements
    }
    ~SyncFixture() {
        store.reset();
        fs::remove_all(dir);
    }
};

lrs::SyncOptions quick() {
    lrs::SyncOptions o;
    o.batchSize = 4;
    o.timeouts.connect = 2;
    o.timeouts.transfer = 5;
    return o;
}

} // namespace

TEST_CASE("sync: everything goes out with Basic auth and the xAPI version, and a second sync sends nothing") {
    SyncFixture f("sync-all");
    FakeLrs lrs;
    const lrs::SyncOutcome first = lrs::syncStatements(*f.store, lrs.config(), quick());
    CHECK(first.stop == lrs::SyncStop::None);
    CHECK(first.queued == 15);
    CHECK(first.sent == 15);
    CHECK(first.after.unsent == 0);
    CHECK(lrs.stored() == 15);
    CHECK(lrs.version() == "1.0.3");
    CHECK(lrs.authorization() == "Basic cmFwcG9ydC1rZXk6Z2VoZWlt"); // base64 of rapport-key:geheim
    const lrs::SyncOutcome second = lrs::syncStatements(*f.store, lrs.config(), quick());
    CHECK(second.sent == 0);
    CHECK(second.queued == 0);
    CHECK(lrs::describeSync(second, Lang::De) == "0 Statements gesendet, 0 warten.");
}

TEST_CASE("sync: a statement the LRS rejects stays queued with the reason and does not hold up the others") {
    SyncFixture f("sync-reject");
    FakeLrs lrs;
    exports::queueNewStatements(*f.store);
    store::StatementQueue queue(*f.store);
    const std::string bad = queue.waiting(store::QueuePass::Fresh, 0, 100).at(6).id;
    lrs.refuse(bad);
    const lrs::SyncOutcome o = lrs::syncStatements(*f.store, lrs.config(), quick());
    CHECK(o.stop == lrs::SyncStop::None);
    CHECK(o.sent == 14);
    REQUIRE(o.rejected.size() == 1);
    CHECK(o.rejected[0].id == bad);
    CHECK(o.rejected[0].reason == "HTTP 400: Problem in 'result.score.raw'");
    CHECK(o.after.unsent == 1);
    CHECK(o.after.rejected == 1);
    CHECK(lrs.stored() == 14);
    CHECK(lrs::describeSync(o, Lang::En) == "14 statements sent, 1 waiting (1 rejected by the LRS).");
    // Once the LRS accepts it, the next sync sends it.
    FakeLrs fixed;
    const lrs::SyncOutcome later = lrs::syncStatements(*f.store, fixed.config(), quick());
    CHECK(later.sent == 1);
    CHECK(later.after.unsent == 0);
}

TEST_CASE("sync: when the LRS is unreachable or refuses the credentials, everything waits for the next sync") {
    SyncFixture f("sync-down");
    lrs::LrsConfig closed;
    {
        FakeLrs gone;
        closed = gone.config();
    } // its port is closed now
    const auto start = std::chrono::steady_clock::now();
    const lrs::SyncOutcome down = lrs::syncStatements(*f.store, closed, quick());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
    CHECK(down.stop == lrs::SyncStop::Unreachable);
    CHECK(down.sent == 0);
    CHECK(down.after.unsent == 15);
    CHECK(down.after.rejected == 0);
    CHECK(lrs::describeSync(down, Lang::De).find("nicht erreichbar") != std::string::npos);

    FakeLrs lrs;
    lrs.forceStatus(401);
    const lrs::SyncOutcome refused = lrs::syncStatements(*f.store, lrs.config(), quick());
    CHECK(refused.stop == lrs::SyncStop::Credentials);
    CHECK(refused.after.unsent == 15);
    CHECK(refused.after.rejected == 0); // the statements are not to blame
    lrs.forceStatus(503);
    CHECK(lrs::syncStatements(*f.store, lrs.config(), quick()).stop == lrs::SyncStop::ServerError);
    lrs.forceStatus(0);
    const lrs::SyncOutcome back = lrs::syncStatements(*f.store, lrs.config(), quick());
    CHECK(back.sent == 15);
    CHECK(back.after.unsent == 0);
}

TEST_CASE("LRS endpoints: parsed with their port and path, credentials in the URL and other schemes refused") {
    std::string problem;
    const auto e = lrs::parseEndpoint("https://lrs.example.org/data/xAPI", problem);
    REQUIRE(e);
    CHECK(e->origin() == "https://lrs.example.org:443");
    CHECK(e->statementsPath() == "/data/xAPI/statements");
    const auto pasted = lrs::parseEndpoint("http://127.0.0.1:8080/xAPI/statements/", problem);
    REQUIRE(pasted);
    CHECK(pasted->statementsPath() == "/xAPI/statements");
    CHECK(pasted->loopback());
    CHECK_FALSE(lrs::parseEndpoint("https://key:secret@lrs.example.org/", problem));
    CHECK(problem.find("key and secret") != std::string::npos);
    CHECK_FALSE(lrs::parseEndpoint("ftp://lrs.example.org/", problem));
    CHECK_FALSE(lrs::parseEndpoint("https://lrs.example.org:99999/", problem));
    CHECK_FALSE(lrs::parseEndpoint("lrs.example.org", problem));
}
