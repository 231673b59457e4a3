#include "SourcesTests.h"

int main(int argc, char** argv) {
    int failed = 0;
    failed += runReplayTests(argc, argv);
    failed += runPrometheusTests(argc, argv);
    failed += runIngestTests(argc, argv);
    return failed;
}
