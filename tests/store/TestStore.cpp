#include "TestStore.h"

#include <QtTest>

void TestStore::init() { dir_ = new QTemporaryDir(); QVERIFY(dir_->isValid()); }

void TestStore::cleanup() {
    delete dir_;
    dir_ = nullptr;
}

std::string TestStore::tempPath(const char* name) const { return dir_->filePath(name).toStdString(); }

std::string testDataPath(const char* name) { return std::string(GRIDTWIN_TEST_DATA_DIR) + "/" + name; }

QTEST_GUILESS_MAIN(TestStore)
