#pragma once
// The runs of one or more profiles as a spreadsheet (docs/exports.md): a header row, then one row
// per run, oldest first within each profile, in the export's language and its number format.

#include "store/Records.h"

#include <string>
#include <vector>

namespace rapport::exports {

/// One run with what the table says about it besides the stored run.
struct CsvRun {
    store::RunSummary run;     ///< with its details (principles)
    std::string profile;       ///< the profile's name
    std::string account;       ///< the profile's xAPI pseudonym, to find the run in an LRS
    std::string scenarioTitle; ///< the scenario's title in the export's language (else its id)
};

/// The column headings in `lang`, in order.
[[nodiscard]] std::vector<std::string> runsCsvHeader(Lang lang);

/// The whole CSV document: byte-order mark, header, one row per run in the given order.
[[nodiscard]] std::string runsCsv(const std::vector<CsvRun>& runs, Lang lang);

} // namespace rapport::exports
