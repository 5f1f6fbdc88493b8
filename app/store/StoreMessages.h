#pragma once
// What the terminal and the window say when the progress database cannot be used, in the
// learner's language: one sentence per kind of problem, and that the file was left as it is.

#include "store/Sqlite.h"

#include "rapport/core/Vocabulary.h"

#include <string>

namespace rapport::store {

/// A clear sentence for a store failure, naming the file and saying that it was not changed.
[[nodiscard]] std::string describeStoreError(const StoreError& error, Lang lang);

} // namespace rapport::store
