#pragma once
// What a sync did, in the learner's language: the one wording the terminal and the window share.

#include "lrs/StatementSync.h"

#include "rapport/core/Vocabulary.h"

#include <string>

namespace rapport::lrs {

/// One sentence on why a sync stopped early (empty when it did not): unreachable, credentials, ...
[[nodiscard]] std::string describeStop(const SyncOutcome& outcome, Lang lang);

/// A short summary: "12 sent, 3 waiting (1 rejected by the LRS)." and the stop's sentence if any.
[[nodiscard]] std::string describeSync(const SyncOutcome& outcome, Lang lang);

/// A warning when the endpoint is plain http:// to another computer (the secret would travel
/// readable); empty for https:// and for this computer.
[[nodiscard]] std::string plainTextWarning(const std::string& endpoint, Lang lang);

/// Where the settings come from, without the secret: endpoint, key, and whether a secret is set.
[[nodiscard]] std::string describeConfig(const LoadedLrsConfig& loaded, Lang lang);

} // namespace rapport::lrs
