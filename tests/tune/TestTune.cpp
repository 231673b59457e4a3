#include "TestTune.h"

#include <QtTest>

void TestTune::init() {
    dir_ = new QTemporaryDir();
    QVERIFY(dir_->isValid());
}

void TestTune::cleanup() {
    delete dir_;
    dir_ = nullptr;
}

std::string TestTune::tempPath(const char* name) const { return dir_->filePath(name).toStdString(); }

QTEST_GUILESS_MAIN(TestTune)
