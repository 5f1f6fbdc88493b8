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

/// Where the settings come from, without the secret: endpoint, key, and whether a secret is set.
[[nodiscard]] std::string describeConfig(const LoadedLrsConfig& loaded, Lang lang);

} // namespace rapport::lrs
