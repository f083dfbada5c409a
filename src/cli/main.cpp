// darts-cli: the search of DARTS Studio from the command line, so that a run
// can be scripted and repeated exactly.

#include "cli_options.h"
#include "data/examples.h"
#include "fit_command.h"
#include "io/session_file.h"
#include "select/sweep.h"
#include "sweep_command.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailure = 1;

void listPrimitives() {
    for (const darts::PrimitiveInfo& p : darts::allPrimitives()) {
        std::printf("%-18s %-30s df %d%s\n", std::string(p.name).c_str(), std::string(p.formula).c_str(), p.df,
                    p.group == darts::PrimitiveGroup::NotIdentifiable ? "  (not identifiable: use with caution)" : "");
    }
}

void listExamples() {
    for (const darts::Example& e : darts::builtInExamples())
        std::printf("%-15s %s\n%-15s %s\n", std::string(e.name).c_str(), std::string(e.title).c_str(), "",
                    std::string(e.law).c_str());
}

}  // namespace

int main(int argc, char** argv) {
    using namespace darts::cli;
    try {
        const CliOptions options = parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
        switch (options.command) {
            case Command::Help: std::cout << usageText(); return 0;
            case Command::Version: std::cout << "darts-cli " DARTS_VERSION "\n"; return 0;
            case Command::ListPrimitives: listPrimitives(); return 0;
            case Command::ListExamples: listExamples(); return 0;
            case Command::Fit: {
                const bool progress = !options.json && !options.quiet && isatty(STDERR_FILENO);
                return runFit(options, std::cout, std::cerr, progress);
            }
            case Command::Sweep: return runSweep(options, std::cout, std::cerr, isatty(STDERR_FILENO));
            case Command::Merge: return runMerge(options, std::cout);
        }
    } catch (const UsageError& e) {
        std::cerr << "darts-cli: " << e.what() << "\n";
        return kExitUsage;
    } catch (const darts::DataError& e) {
        std::cerr << "darts-cli: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::invalid_argument& e) {
        std::cerr << "darts-cli: " << e.what() << "\n";
        return kExitUsage;
    } catch (const darts::SweepError& e) {  // a plan or results file that cannot be used, a part missing
        std::cerr << "darts-cli: " << e.what() << "\n";
        return kExitUsage;
    } catch (const darts::SessionError& e) {  // a session that cannot be read or written
        std::cerr << "darts-cli: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::exception& e) {  // out of memory for a huge network, say
        std::cerr << "darts-cli: the search failed: " << e.what() << "\n";
        return kExitFailure;
    }
    return 0;
}
