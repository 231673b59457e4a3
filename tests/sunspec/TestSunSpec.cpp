#include "TestSunSpec.h"

#include <QtTest>

QTEST_GUILESS_MAIN(TestSunSpec)
