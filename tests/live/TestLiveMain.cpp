#include "LiveTests.h"

int main(int argc, char** argv) {
    int failed = 0;
    failed += runFlowAllocationTests(argc, argv);
    failed += runAlarmMonitorTests(argc, argv);
    failed += runLiveKpiTests(argc, argv);
    failed += runDecimatorTests(argc, argv);
    failed += runSimulatorSourceTests(argc, argv);
    return failed;
}
