#pragma once
// test_tune: core/tune - Pareto front, sweep specs and runs, sweep CSV, tuning runs and the
// background session, tuning on recorded history, change control (config versions, audit log,
// schema v1 -> v2 migration).

#include <QObject>
#include <QTemporaryDir>

#include <string>

class TestTune : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // TestSweep.cpp
    void paretoByHand_data();
    void paretoByHand();
    void dominatesRules();
    void sweepSpecParses();
    void sweepSpecStartStopStep();
    void sweepSpecBadInput_data();
    void sweepSpecBadInput();
    void sweepSpecFileErrors();
    void sweepThresholdsMatchSeparateRuns();
    void sweepCancelStopsEarly();
    void sweepRefusesInputShapingParameter();
    void sweepCsv();

    // TestTuningRun.cpp
    void kpiDeltasAreCandidateMinusBaseline();
    void tuningRunEqualsDirectSimulation();
    void counterfactualIsLoadMinusPv();
    void tuningReusesBaseline();
    void badOverrideNamesParameter();
    void sessionLatestRequestWins();
    void sessionCancel();

    // TestRecordedHistory.cpp
    void historyBaselineReproducesRecord_data();
    void historyBaselineReproducesRecord();
    void historyPeakShavingLowersPeak_data();
    void historyPeakShavingLowersPeak();
    void historySubPeriod();
    void historyBadInput_data();
    void historyBadInput();
    void historyWeatherMustMatchTheLocation_data();
    void historyWeatherMustMatchTheLocation();

    // TestChangeControl.cpp
    void exportVersionRoundTrip();
    void exportRefusesEmptyAuthorOrReason();
    void auditLogRoundTrip();
    void describeChanges();
    void migrationFromV1KeepsData();

public:
    std::string tempPath(const char* name) const;

private:
    QTemporaryDir* dir_ = nullptr;
};

