// One test_pv executable for the PV area: each file contributes a QtTest class.
#include <QCoreApplication>

int runPvPhysicsTests(int argc, char** argv);
int runPvgisReaderTests(int argc, char** argv);
int runPvYearProfileTests(int argc, char** argv);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int failed = 0;
    failed += runPvPhysicsTests(argc, argv);
    failed += runPvgisReaderTests(argc, argv);
    failed += runPvYearProfileTests(argc, argv);
    return failed;
}
