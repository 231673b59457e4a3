#pragma once
// One QtTest executable for the live console core; each file runs its own test object.

int runFlowAllocationTests(int argc, char** argv);
int runAlarmMonitorTests(int argc, char** argv);
int runLiveKpiTests(int argc, char** argv);
int runDecimatorTests(int argc, char** argv);
int runSimulatorSourceTests(int argc, char** argv);
