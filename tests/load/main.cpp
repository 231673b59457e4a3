// test_load runs two QtTest classes: the GPU-cluster job model and the recorded load series.
#include <QtTest>

int runGpuClusterLoadTests(int argc, char** argv);
int runRecordedLoadSeriesTests(int argc, char** argv);

int main(int argc, char** argv) {
    int failures = runGpuClusterLoadTests(argc, argv);
    failures += runRecordedLoadSeriesTests(argc, argv);
    return failures;
}
