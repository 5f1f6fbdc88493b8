#include "lrs/StatementSync.h"

#include "export/StatementSource.h"

#include <nlohmann/json.hpp>

namespace rapport::lrs {
namespace {

// What an answer says about the request as a whole rather than about its statements.
SyncStop stopFor(int status) {
    if (status == 401 || status == 403) return SyncStop::Credentials;
    if (status == 404 || status == 405 || (status >= 300 && status < 400)) return SyncStop::WrongPlace;
    if (status == 429 || status >= 500 || status < 200) return SyncStop::ServerError;
    return SyncStop::None;
}

std::string arrayOf(const std::vector<store::QueuedStatement>& statements) {
    std::string out = "[";
    for (const store::QueuedStatement& q : statements) {
        if (out.size() > 1) out += ',';
        out += q.body;
    }
    out += ']';
    return out;
}

std::vector<std::string> idsOf(const std::vector<store::QueuedStatement>& statements) {
    std::vector<std::string> out;
    out.reserve(statements.size());
    for (const store::QueuedStatement& q : statements) out.push_back(q.id);
    return out;
}

class Sender {
public:
    Sender(store::StatementQueue& queue, LrsClient& client, SyncOutcome& outcome) : m_queue(queue), m_client(client), m_out(outcome) {}

    // Sends the statements as one request; true to go on with the next ones.
    bool send(const std::vector<store::QueuedStatement>& batch) {
        const LrsResponse r = m_client.postStatements(arrayOf(batch));
        if (!r.answered()) return stopped(SyncStop::Unreachable, r, batch);
        if (r.status >= 200 && r.status < 300) {
            m_queue.markSent(idsOf(batch), store::nowMs());
            m_out.sent += batch.size();
            return true;
        }
        if (const SyncStop stop = stopFor(r.status); stop != SyncStop::None) return stopped(stop, r, batch);
        // 400, 409, 413 and the like are about the statements: one at a time finds the culprit.
        if (batch.size() > 1) {
            for (const store::QueuedStatement& q : batch)
                if (!send({q})) return false;
            return true;
        }
        const store::QueuedStatement& q = batch.front();
        const std::string reason = lrsReason(r.status, r.body);
        m_queue.markRejected(q.id, reason, store::nowMs());
        m_out.rejected.push_back(Rejection{q.id, q.run, q.session, q.seq, reason});
        return true;
    }

private:
    bool stopped(SyncStop stop, const LrsResponse& r, const std::vector<store::QueuedStatement>& batch) {
        m_queue.noteAttempt(idsOf(batch), store::nowMs());
        m_out.stop = stop;
        m_out.transport = r.transport;
        m_out.status = r.status;
        m_out.detail = r.answered() ? lrsReason(r.status, r.body) : r.detail;
        return false;
    }

    store::StatementQueue& m_queue;
    LrsClient& m_client;
    SyncOutcome& m_out;
};

} // namespace

std::string lrsReason(int status, const std::string& body) {
    std::string said;
    const auto j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_object()) {
        if (j.contains("message") && j["message"].is_string()) said = j["message"].get<std::string>();
        if (j.contains("warnings") && j["warnings"].is_array())
            for (const auto& w : j["warnings"])
                if (w.is_string()) said += (said.empty() ? "" : "; ") + w.get<std::string>();
    }
    if (said.empty()) said = body;
    // Enough to understand it, never a whole HTML error page.
    constexpr std::size_t kMaxReason = 300;
    if (said.size() > kMaxReason) {
        std::size_t cut = kMaxReason;
        while (cut > 0 && (static_cast<unsigned char>(said[cut]) & 0xC0u) == 0x80u) --cut; // not inside a UTF-8 character
        said = said.substr(0, cut) + "…";
    }
    for (char& c : said)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return "HTTP " + std::to_string(status) + (said.empty() ? "" : ": " + said);
}

SyncOutcome syncStatements(store::ProgressStore& store, const LrsConfig& config, const SyncOptions& options) {
    SyncOutcome out;
    store::StatementQueue queue(store);
    out.queued = exports::queueNewStatements(store);
    if (!config.configured()) {
        out.stop = SyncStop::NotConfigured;
    } else {
        std::string problem;
        const std::optional<Endpoint> endpoint = parseEndpoint(config.endpoint, problem);
        if (!endpoint) {
            out.stop = SyncStop::BadEndpoint;
            out.detail = problem;
        } else {
            LrsClient client(*endpoint, config.key, config.secret, options.timeouts);
            Sender sender(queue, client, out);
            const std::size_t batchSize = std::max<std::size_t>(1, options.batchSize);
            // Those rejected before one by one (they would fail a batch again), first, as they are
            // the oldest; then the fresh ones in batches. A statement rejected now waits for the next sync.
            bool going = true;
            for (const auto& [pass, size] : {std::pair{store::QueuePass::Rejected, std::size_t{1}}, std::pair{store::QueuePass::Fresh, batchSize}}) {
                std::int64_t after = 0;
                while (going) {
                    const std::vector<store::QueuedStatement> batch = queue.waiting(pass, after, size);
                    if (batch.empty()) break;
                    after = batch.back().position;
                    going = sender.send(batch);
                }
            }
        }
    }
    out.after = queue.counts();
    return out;
}

} // namespace rapport::lrs
