#include "TestLiveControl.h"

#include <QtTest>

QTEST_GUILESS_MAIN(TestLiveControl)
