// `rapport analyze`: placeholder until the analyzer lands (issue 4).

#include "Commands.h"

#include <iostream>

namespace rapport::cli {

int runAnalyze(const GlobalOptions& global, const std::vector<std::string>& args) {
    (void)global;
    (void)args;
    std::cerr << "rapport analyze: not built yet\n";
    return 2;
}

} // namespace rapport::cli
