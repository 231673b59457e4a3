// test_bess runs the battery, rainflow and degradation test classes in one executable.
int runTestBattery(int argc, char** argv);
int runTestRainflow(int argc, char** argv);
int runTestDegradation(int argc, char** argv);

int main(int argc, char** argv) {
    int failures = runTestBattery(argc, argv);
    failures += runTestRainflow(argc, argv);
    failures += runTestDegradation(argc, argv);
    return failures;
}
