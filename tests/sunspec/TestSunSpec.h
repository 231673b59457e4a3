#pragma once
// test_sunspec: SunSpec catalogue and codec (hand-built register images), discovery and scan
// against the in-process device server, the setpoint round trip, and device faults.

#include <QObject>

class TestSunSpec : public QObject {
    Q_OBJECT

private slots:
    // TestSunSpecCodec.cpp
    void catalogueOffsets_data();
    void catalogueOffsets();
    void catalogueBadInput_data();
    void catalogueBadInput();
    void decodeVectors_data();
    void decodeVectors();
    void wordOrder32And64();
    void stringsEnumsBitfields();
    void encodeRoundTripAndRange();

    // TestSunSpecDevices.cpp
    void discoveryAtBase_data();
    void discoveryAtBase();
    void scanFindsThreeDevices();
    void scanReportsFailingAndSilentUnits();
    void valueOutOfRangeKeepsServing();
    void readOnlyWriteIsRefused();
    void garbageAnswersMarkDevicesBad();
    void setpointRoundTripMovesSimulatedBess();
    void setpointNeedsPermission();
    void faultsMarkQualityAndSourceRecovers();
    void faultOptionParsing_data();
    void faultOptionParsing();
};
