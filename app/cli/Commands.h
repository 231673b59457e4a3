#pragma once
#include <string>
#include <vector>

namespace gridtwin::cli {

// Each command parses its own options and returns the process exit code:
// 0 success, 1 failed work (bad input file, I/O), 2 usage error.
int runSimulate(const std::vector<std::string>& args);

} // namespace gridtwin::cli
