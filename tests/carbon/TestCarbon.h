#pragma once
// test_carbon: the hourly ledger with battery charge-source tracing, carbon accounting KPIs
// (hand-computed vectors), the carbon input readers, SHA-256, the ledger CSV and the study.

#include <QObject>
#include <QTemporaryDir>

#include <string>

class TestCarbon : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // TestCarbonImports.cpp
    void sha256Vectors_data();
    void sha256Vectors();
    void sha256ChunkedEqualsWhole();
    void electricityMapsCurrentHeader();
    void electricityMapsOlderHeader();
    void genericFactors();
    void badFactorFiles_data();
    void badFactorFiles();
    void instruments();
    void badInstruments_data();
    void badInstruments();
    void slurmElapsed_data();
    void slurmElapsed();
    void sacctParsing();
    void badSacct_data();
    void badSacct();
    void priceTable();
    void badPriceTable_data();
    void badPriceTable();

    // TestCarbonLedger.cpp
    void batteryTracingToyDay();
    void ledgerBalanceOnSimulatedWeek();
    void ledgerFromHistorianEqualsSimulation();

    // TestCarbonAccounting.cpp
    void kpisByHand();
    void attributionByHand();
    void cbamStatementAndShadowCost();
    void eedFieldsMissingNotInvented();
    void ineligibleInstrumentsNotCounted();

    // TestCarbonStudy.cpp
    void ledgerCsvRoundTripRecomputesKpis();
    void studyDeterministic();
    void sacctWriterRoundTrip();

private:
    std::string tempPath(const char* name) const;
    std::string writeTemp(const char* name, const std::string& content) const;
    QTemporaryDir* dir_ = nullptr;
};

std::string testDataPath(const char* name);
