// test_bess runs the battery and the rainflow test classes in one executable.
int runTestBattery(int argc, char** argv);
int runTestRainflow(int argc, char** argv);

int main(int argc, char** argv) {
    int failures = runTestBattery(argc, argv);
    failures += runTestRainflow(argc, argv);
    return failures;
}
