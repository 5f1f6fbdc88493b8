#pragma once
// Sending the queued xAPI statements to the configured LRS (docs/exports.md): first the runs
// finished since the last time are queued, then the waiting statements go out in batches. A
// batch the LRS refuses is sent again one statement at a time, so a rejected statement keeps the
// LRS's reason and stays queued while the others go. When the LRS cannot be reached (or refuses
// the credentials) the sync stops and everything not sent waits for the next one.

#include "lrs/LrsClient.h"
#include "lrs/LrsConfig.h"
#include "store/ProgressStore.h"
#include "store/StatementQueue.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::lrs {

/// Why a sync stopped before the end of the queue.
enum class SyncStop : std::uint8_t {
    None,        ///< it went through the whole queue
    NotConfigured, ///< no endpoint
    BadEndpoint,   ///< the endpoint is not a usable URL (see detail)
    Unreachable,   ///< no connection, or no answer in time (see transport)
    Credentials,   ///< 401 or 403: the key or secret is wrong
    WrongPlace,    ///< 404, 405 or a redirect: the endpoint is not an LRS's xAPI endpoint
    ServerError,   ///< 5xx, 429 or another answer that is about the LRS, not the statements
};

/// A statement the LRS refused, with its reason.
struct Rejection {
    std::string id;
    std::optional<store::RunId> run;
    std::optional<std::int64_t> session;
    int seq = 0;
    std::string reason; ///< "HTTP 409: ..." with the LRS's own message
};

/// What one sync did.
struct SyncOutcome {
    std::size_t queued = 0;   ///< statements of newly finished runs added to the queue
    std::size_t sent = 0;
    std::vector<Rejection> rejected; ///< refused this time (they stay queued)
    store::QueueCounts after;        ///< the queue when done
    SyncStop stop = SyncStop::None;
    Transport transport = Transport::Answered; ///< for Unreachable
    int status = 0;     ///< the HTTP status that stopped it, if any
    std::string detail; ///< the LRS's message or the library's word, for the curious
};

/// How a sync sends.
struct SyncOptions {
    std::size_t batchSize = 50; ///< statements per request
    LrsTimeouts timeouts;
};

/// Queues the newly finished runs, then sends every waiting statement: fresh ones in batches,
/// ones rejected before one at a time. Never throws for the LRS's sake; a database failure
/// throws store::StoreError.
[[nodiscard]] SyncOutcome syncStatements(store::ProgressStore& store, const LrsConfig& config, const SyncOptions& options = {});

/// The LRS's reason in a few words: its JSON "message" or "warnings", else the start of its body.
[[nodiscard]] std::string lrsReason(int status, const std::string& body);

} // namespace rapport::lrs
