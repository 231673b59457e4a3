// test_config runs the test classes of the config area one after another.
#include <QtCore/QtGlobal>

int runTestDemandTracker(int argc, char** argv);
int runTestHourlySeries(int argc, char** argv);
int runTestSiteConfig(int argc, char** argv);

int main(int argc, char** argv) {
    int failures = 0;
    failures += runTestDemandTracker(argc, argv);
    failures += runTestHourlySeries(argc, argv);
    failures += runTestSiteConfig(argc, argv);
    return failures;
}
