// gridtwin-cli: the headless commands. Builds nothing global; each command owns its objects.
#include "ArgParser.h"
#include "Commands.h"

#include "model/InputError.h"

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

namespace {
void printHelp() {
    std::puts(
        "gridtwin-cli " GRIDTWIN_VERSION " - headless GridTwin (energy twin of an AI compute site)\n"
        "\n"
        "usage: gridtwin-cli COMMAND [OPTIONS]\n"
        "\n"
        "commands:\n"
        "  simulate   simulate a site over a period and print KPIs (--help for options)\n"
        "  import-log FILE.csv --db FILE.sqlite [--site NAME] [--lenient]\n"
        "             import a time-series CSV log into the historian (strict unless --lenient)\n"
        "  export-log --db FILE.sqlite [--site NAME] [--from DATE] [--to DATE] --out FILE.csv|-\n"
        "             export a site's stored data as time-series CSV\n"
        "  db-check   --db FILE.sqlite: schema version, sites, channels, integrity check\n"
        "  report     --site demo|FILE [--year YYYY] [--lang en|de|zh_CN] --out FILE.pdf [--ledger FILE.csv]\n"
        "             the compute-load and carbon white paper (PDF); --help for the input options\n"
        "  ledger     --site demo|FILE [--db FILE.sqlite] [--year YYYY] --out FILE.csv\n"
        "             the hourly energy and carbon ledger (CSV) and its headline figures\n"
        "  scan       HOST:PORT [--units 1-247] [--timeout MS]\n"
        "             list the SunSpec devices at a Modbus TCP address, their models and live values\n"
        "  sweep      --site demo|FILE --ranges FILE.json [--step SECONDS] [--out FILE.csv]\n"
        "             one or two parameters over a grid of values, in parallel; prints the Pareto front\n"
        "  versions   --db FILE.sqlite [--site NAME] [--audit]: configuration versions and audit log\n"
        "  parameters [--site demo|FILE]: the NAMEs of --set and --compare with value, range and meaning\n"
        "\n"
        "Power in kW, energy in kWh, time in UTC. Exit codes: 0 ok, 1 bad input or failed work, 2 usage.");
}
} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp();
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::puts("gridtwin-cli " GRIDTWIN_VERSION);
        return 0;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "simulate") return gridtwin::cli::runSimulate(args);
        if (command == "import-log") return gridtwin::cli::runImportLog(args);
        if (command == "export-log") return gridtwin::cli::runExportLog(args);
        if (command == "db-check") return gridtwin::cli::runDbCheck(args);
        if (command == "report") return gridtwin::cli::runReport(args);
        if (command == "ledger") return gridtwin::cli::runLedger(args);
        if (command == "scan") return gridtwin::cli::runScan(args);
        if (command == "sweep") return gridtwin::cli::runSweep(args);
        if (command == "versions") return gridtwin::cli::runVersions(args);
        if (command == "parameters") return gridtwin::cli::runParameters(args);
        std::fprintf(stderr, "gridtwin-cli: unknown command '%s'\n", command.c_str());
        printHelp();
        return 2;
    } catch (const gridtwin::cli::HelpRequest& e) {
        std::fputs(e.what(), stdout);
        return 0;
    } catch (const gridtwin::cli::UsageError& e) {
        std::fprintf(stderr, "gridtwin-cli %s: %s\n", command.c_str(), e.what());
        return 2;
    } catch (const gridtwin::InputError& e) {
        std::fprintf(stderr, "gridtwin-cli %s: %s\n", command.c_str(), e.what());
        return e.file().empty() ? 2 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gridtwin-cli %s: error: %s\n", command.c_str(), e.what());
        return 1;
    }
}
