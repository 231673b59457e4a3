#pragma once
// Small helpers shared by the config-area tests.
#include "model/TimeUtc.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <string>

inline std::int64_t iso(const char* text) {
    const auto t = gridtwin::parseIsoUtc(text);
    if (!t) qFatal("bad time literal %s", text);
    return *t;
}

inline std::string dataFile(const QString& name) {
    return QStringLiteral(GRIDTWIN_TEST_DATA_DIR "/%1").arg(name).toStdString();
}
