#pragma once
// Runs the gridtwin-cli built with the tests (path from GRIDTWIN_CLI_PATH) as a user would.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace {
struct Run {
    int exit_code;
    QString out;
    QString err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(GRIDTWIN_CLI_PATH), args);
    if (!p.waitForFinished(600000)) return {-1, {}, QStringLiteral("timeout")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace
