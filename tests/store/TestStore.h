#pragma once
// test_store: the historian (core/store/Historian), log CSV import/export and the CSV reader.

#include <QObject>
#include <QTemporaryDir>

#include <string>

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // TestHistorian.cpp
    void createAndReopen();
    void fileIsPlainSqliteInWalMode();
    void appendStepsRoundTrip();
    void appendSamplesQueryRange();
    void rollupsByHand();
    void decimated_data();
    void decimated();
    void decimationLevel_data();
    void decimationLevel();
    void events();
    void configVersions();
    void schemaVersionAndReopenKeepsVersion();
    void migratesV0File();
    void integrityCheckOk();
    void refusesNonDatabaseWithoutModifyingIt();
    void refusesForeignOrNewerDatabase_data();
    void refusesForeignOrNewerDatabase();
    void corruptFileIsReported();

    // TestLogCsv.cpp
    void readerValidSmall();
    void importValidSmall();
    void exportImportRoundTrip();
    void badFileStrict_data();
    void badFileStrict();
    void badFileLenient_data();
    void badFileLenient();
    void strictImportStoresNothingOnError();
    void gapIsWarningInStrictMode();
    void lenientStopsAtIssueCap();

    // TestCrashSafety.cpp
    void sigkillDuringIngestLosesAtMostOneSecond();

private:
    std::string tempPath(const char* name) const;
    QTemporaryDir* dir_ = nullptr;
};

std::string testDataPath(const char* name);
