#include "StoredRunReport.h"

#include "PlayRecording.h"
#include "ScenarioCommand.h"
#include "print/DebriefPrint.h"
#include "store/ContentHash.h"
#include "store/StoreMessages.h"

#include "rapport/report/Debrief.h"

#include <charconv>
#include <iostream>

namespace rapport::cli {

std::optional<std::int64_t> parseRunId(const std::string& text) {
    const std::string digits = !text.empty() && text[0] == '#' ? text.substr(1) : text;
    if (digits.empty() || digits.size() > 18) return std::nullopt;
    std::int64_t id = 0;
    const char* end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, id);
    if (ec != std::errc() || ptr != end || id <= 0) return std::nullopt;
    return id;
}

int reportStoredRun(const AppOptions& global, std::int64_t id, const PrintTargets& targets, std::optional<Lang> langGiven) {
    const Lang systemLang = langGiven.value_or(systemLanguage());
    const std::unique_ptr<store::ProgressStore> store = openStoreFor("report", systemLang);
    if (!store) return 2;
    std::optional<store::RunSummary> run;
    std::vector<std::string> choices;
    try {
        run = store->runSummary(store::RunId{id}, false);
        if (run) choices = store->choicesOf(run->id);
    } catch (const store::StoreError& e) {
        std::cerr << "rapport report: " << store::describeStoreError(e, systemLang) << "\n";
        return 2;
    }
    if (!run) {
        std::cerr << "rapport report: "
                  << (systemLang == Lang::De ? "es gibt keinen Durchgang #" + std::to_string(id) + " (rapport history listet die Durchgänge eines Profils)."
                                             : "there is no run #" + std::to_string(id) + " (rapport history lists a profile's runs).")
                  << "\n";
        return 2;
    }
    const Lang lang = langGiven.value_or(langFromId(run->language).value_or(systemLang));
    const bool de = lang == Lang::De;
    const std::optional<std::filesystem::path> file = storedRunScenarioFile(*run, global.dataDir, "report", lang);
    if (!file) return 2;
    const std::shared_ptr<const Scenario> loaded = loadScenarioFor("report", file->string(), global, lang);
    if (!loaded) return 2;
    const Scenario& scenario = *loaded;
    if (const auto hash = store::fileContentHash(*file); hash && !run->contentHash.empty() && *hash != run->contentHash)
        std::cerr << "rapport report: "
                  << (de ? "das Szenario wurde seit dem Durchgang geändert; gedruckt wird, wie dieselben Entscheidungen heute verlaufen."
                         : "the scenario has changed since the run; the printout shows how the same decisions play today.")
                  << "\n";

    RunnerOptions options;
    options.lang = lang;
    options.seed = run->seed;
    Runner runner(scenario, options);
    if (const std::optional<std::size_t> gone = replayStoredChoices(runner, choices)) {
        std::cerr << "rapport report: " << (de ? "der Durchgang lässt sich nicht nachspielen: " : "the run cannot be played again: ")
                  << choiceGoneMessage(choices, *gone, lang) << "\n";
        return 2;
    }
    if (!runner.finished())
        std::cerr << "rapport report: "
                  << (de ? "der Durchgang ist nicht zu Ende gespielt; gedruckt wird der Stand nach " + std::to_string(choices.size()) + " Entscheidungen."
                         : "the run was not finished; the printout shows it after " + std::to_string(choices.size()) + " decisions.")
                  << "\n";
    const Debrief debrief = buildDebrief(runner);
    const bool ok = writePrinted("report", targets, lang, print::debriefHeader(scenario, lang),
                                 [&, fitted = print::fittingOptions(runner, debrief, lang, {})](print::PageWriter& page) {
                                     print::printDebrief(page, runner, debrief, fitted);
                                 });
    return ok ? 0 : 2;
}

} // namespace rapport::cli
