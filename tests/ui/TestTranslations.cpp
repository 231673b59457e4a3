// The German and Simplified Chinese catalogues are complete: every message has a non-empty,
// finished translation, both files hold the same sources, and every tr("...") literal in ui/
// appears in both.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue {
    QSet<QString> sources;
    QStringList problems;   // "file:line: what"
};

Catalogue readTs(const QString& path) {
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        c.problems << QStringLiteral("%1: cannot open").arg(path);
        return c;
    }
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            c.sources.insert(source);
        } else if (xml.name() == QLatin1String("translation")) {
            const auto line = xml.lineNumber();
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText();
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                type == QLatin1String("obsolete")) {
                c.problems << QStringLiteral("%1:%2: translation of \"%3\" is %4")
                                  .arg(path).arg(line).arg(source, type);
            } else if (text.trimmed().isEmpty()) {
                c.problems << QStringLiteral("%1:%2: empty translation of \"%3\"")
                                  .arg(path).arg(line).arg(source);
            }
        }
    }
    if (xml.hasError()) {
        c.problems << QStringLiteral("%1:%2: XML error: %3")
                          .arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return c;
}

// tr("...") and translate("ctx", "...") literals of the ui sources.
QSet<QString> sourceLiterals() {
    QSet<QString> out;
    const QDir dir(QStringLiteral(GRIDTWIN_UI_SOURCE_DIR));
    // A literal may be split into adjacent pieces ("a" "b"); capture the run and join it.
    const QRegularExpression re(QStringLiteral(
        R"re((?:\btr\(|translate\(\s*"[\w:]+"\s*,)\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    const QRegularExpression piece(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    for (const QString& name : dir.entryList({QStringLiteral("*.cpp")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QString text = QString::fromUtf8(f.readAll());
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QString run = it.next().captured(1);
            QString lit;
            auto pieces = piece.globalMatch(run);
            while (pieces.hasNext()) lit += pieces.next().captured(1);
            lit.replace(QStringLiteral("\\\""), QStringLiteral("\""));
            if (!lit.isEmpty()) out.insert(lit);
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral("gridtwin_de.ts");
        QTest::newRow("zh_CN") << QStringLiteral("gridtwin_zh_CN.ts");
    }
    void complete() {
        QFETCH(QString, file);
        const Catalogue c = readTs(QStringLiteral(GRIDTWIN_TS_DIR "/") + file);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QVERIFY2(c.sources.size() >= 100, qPrintable(QString::number(c.sources.size())));
        QStringList missing;
        for (const QString& s : sourceLiterals()) {
            if (!c.sources.contains(s)) missing << s;
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(file + QStringLiteral(" lacks: ") + missing.join(QStringLiteral(" | "))));
    }
    void sameSourcesInBoth() {
        const Catalogue de = readTs(QStringLiteral(GRIDTWIN_TS_DIR "/gridtwin_de.ts"));
        const Catalogue zh = readTs(QStringLiteral(GRIDTWIN_TS_DIR "/gridtwin_zh_CN.ts"));
        QCOMPARE(de.sources, zh.sources);
    }
    void detectsUnfinished() {
        // The checker itself must fail on a bad catalogue.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("bad.ts"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?><TS version=\"2.1\" language=\"de\"><context><name>X</name>"
                "<message><source>Pause</source><translation type=\"unfinished\"></translation>"
                "</message><message><source>Grid</source><translation></translation></message>"
                "</context></TS>");
        f.close();
        const Catalogue c = readTs(path);
        QCOMPARE(c.problems.size(), 2);
        QVERIFY(c.problems.at(0).contains(QStringLiteral("bad.ts:1: translation of \"Pause\" is unfinished")));
        QVERIFY(c.problems.at(1).contains(QStringLiteral("empty translation of \"Grid\"")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
