#pragma once
// One QtTest executable for the data sources (replay, Prometheus/DCGM, ingest, alarm journal);
// each file runs its own test object.

#include <QString>

#include <string>

int runReplayTests(int argc, char** argv);
int runPrometheusTests(int argc, char** argv);
int runIngestTests(int argc, char** argv);

inline std::string sourcesData(const char* name) { return std::string(GRIDTWIN_TEST_DATA_DIR) + "/" + name; }
