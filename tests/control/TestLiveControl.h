#pragma once
// test_control: the live battery control loop (LiveBessControl) against hand vectors and the
// engine, the setpoint writer (LiveSetpointWriter) with a recorded audit, and the whole write
// path against an in-process SunSpec device server.

#include "model/StepRecord.h"

#include <QObject>
#include <cstdint>

/// A measured record: meter grid_kw, PCS bess_kw, SoC 50 %, of quality q.
inline gridtwin::StepRecord measuredRecord(std::int64_t t_ms, double grid_kw, double bess_kw,
                                           gridtwin::Quality q = gridtwin::Quality::Good) {
    gridtwin::StepRecord r;
    r.time_ms = t_ms;
    r.grid_kw = grid_kw;
    r.bess_kw = bess_kw;
    r.soc_pct = 50;
    r.quality = q;
    return r;
}

class TestLiveControl : public QObject {
    Q_OBJECT

private slots:
    // TestLiveBessControl.cpp
    void singleRecord_data();
    void singleRecord();
    void intervalMeanAndBoundary();
    void untrustedRecordsRelease_data();
    void untrustedRecordsRelease();
    void orderAndGaps();
    void sameAsEngine_data();
    void sameAsEngine();

    // TestLiveSetpointWriter.cpp
    void writerAuditsAndDeadband();
    void writerRefusesUnrecordedStart();
    void writerReleasesOnBadAndWatchdog();
    void devicesReceiveControllerSetpoint();
    void devicesWithoutPermissionGetNothing();
};
