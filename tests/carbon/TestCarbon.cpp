#include "TestCarbon.h"

#include <QtTest>

#include <fstream>

void TestCarbon::init() {
    dir_ = new QTemporaryDir();
    QVERIFY(dir_->isValid());
}

void TestCarbon::cleanup() {
    delete dir_;
    dir_ = nullptr;
}

std::string TestCarbon::tempPath(const char* name) const { return dir_->filePath(name).toStdString(); }

std::string TestCarbon::writeTemp(const char* name, const std::string& content) const {
    const std::string path = tempPath(name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

std::string testDataPath(const char* name) { return std::string(GRIDTWIN_TEST_DATA_DIR) + "/" + name; }

QTEST_GUILESS_MAIN(TestCarbon)
