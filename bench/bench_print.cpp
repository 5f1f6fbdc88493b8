// Printing benchmark (issue 18): the printed debrief of a bundled scenario as an A4 PDF and as PNG
// pages, the first time in a process (the German hyphenation patterns are read then) and again.
//
// usage: bench_print [RUNS]   (default 5; prints `name: value unit`, the median of the repeated runs)

#include "print/DebriefPrint.h"
#include "rapport/load/ScenarioLoader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Printed {
    int pages = 0;
    std::size_t bytes = 0;
};

Printed printOnce(const rapport::Runner& runner, const rapport::Debrief& debrief, rapport::print::PageFormat format) {
    using namespace rapport;
    const print::DebriefPrintOptions options = print::fittingOptions(runner, debrief, Lang::De, {});
    print::PageWriter page(format, Lang::De, print::debriefHeader(runner.scenario(), Lang::De));
    print::printDebrief(page, runner, debrief, options);
    Printed out;
    for (const std::string& p : page.finish()) out.bytes += p.size();
    out.pages = page.pageCount();
    return out;
}

} // namespace

int main(int argc, char** argv) {
    using namespace rapport;
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const LoadResult loaded = loadScenarioFile(std::string(RAPPORT_SCENARIO_DIR) + "/trade-fair.json");
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_print: cannot load trade-fair.json\n");
        return 1;
    }
    RunnerOptions runnerOptions;
    runnerOptions.lang = Lang::De;
    Runner runner(*loaded.scenario, runnerOptions);
    while (!runner.finished() && !runner.stuck()) (void)runner.choose(runner.choices().front());
    const Debrief debrief = buildDebrief(runner);

    // The first PDF of a process includes reading the German hyphenation patterns.
    Clock::time_point start = Clock::now();
    const Printed first = printOnce(runner, debrief, print::PageFormat::Pdf);
    const double firstMs = millisecondsSince(start);
    std::vector<double> pdf, png;
    Printed again, pngPages;
    for (int r = 0; r < runs; ++r) {
        start = Clock::now();
        again = printOnce(runner, debrief, print::PageFormat::Pdf);
        pdf.push_back(millisecondsSince(start));
        start = Clock::now();
        pngPages = printOnce(runner, debrief, print::PageFormat::Png);
        png.push_back(millisecondsSince(start));
    }
    std::sort(pdf.begin(), pdf.end());
    std::sort(png.begin(), png.end());
    std::printf("print_debrief_pages: %d pages\n", again.pages);
    std::printf("print_debrief_pdf_first: %.0f ms\n", firstMs);
    std::printf("print_debrief_pdf: %.0f ms\n", pdf[pdf.size() / 2]);
    std::printf("print_debrief_pdf_size: %.0f KiB\n", static_cast<double>(again.bytes) / 1024.0);
    std::printf("print_debrief_png_100dpi: %.0f ms\n", png[png.size() / 2]);
    (void)first;
    (void)pngPages;
    return 0;
}
