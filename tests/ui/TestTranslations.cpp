// Every translation catalogue in translations/ is complete against its source folder
// (gridtwin_* against ui/*.cpp, <name>_* against ui/<name>/*.cpp): every message has a non-empty,
// finished translation, the German and Simplified Chinese files hold the same sources, every
// tr("...") literal of the folder appears in both, and no ui/ folder with literals lacks one.

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

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("zh_CN")};

// "gridtwin" -> ui/, "workbench" -> ui/workbench/.
QString sourceFolderOf(const QString& prefix) {
    const QString ui = QStringLiteral(GRIDTWIN_UI_SOURCE_DIR);
    return prefix == QLatin1String("gridtwin") ? ui : ui + QLatin1Char('/') + prefix;
}

// Catalogue prefixes present in translations/ ("gridtwin_de.ts" -> "gridtwin").
QStringList cataloguePrefixes() {
    QStringList out;
    const QRegularExpression re(QStringLiteral(R"(^(\w+?)_(de|zh_CN)\.ts$)"));
    for (const QString& f : QDir(QStringLiteral(GRIDTWIN_TS_DIR)).entryList({QStringLiteral("*.ts")}, QDir::Files)) {
        const auto m = re.match(f);
        if (m.hasMatch() && !out.contains(m.captured(1))) out << m.captured(1);
    }
    return out;
}

// The text a C++ literal body stands for (backslash-n becomes a newline), as lupdate stores it.
QString unescapeCpp(const QString& body) {
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != QLatin1Char('\\') || i + 1 == body.size()) {
            out += c;
            continue;
        }
        const QChar e = body.at(++i);
        if (e == QLatin1Char('n')) out += QLatin1Char('\n');
        else if (e == QLatin1Char('t')) out += QLatin1Char('\t');
        else out += e;   // \" \\ \' stand for themselves
    }
    return out;
}

// tr("...") and translate("ctx", "...") literals of the .cpp files directly in `folder`.
QSet<QString> sourceLiterals(const QString& folder) {
    QSet<QString> out;
    const QDir dir(folder);
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
            lit = unescapeCpp(lit);
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
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("language");
        for (const QString& prefix : cataloguePrefixes()) {
            for (const QString& lang : kLanguages) {
                QTest::newRow(qPrintable(prefix + QLatin1Char('_') + lang)) << prefix << lang;
            }
        }
    }
    void complete() {
        QFETCH(QString, prefix);
        QFETCH(QString, language);
        const QString file = prefix + QLatin1Char('_') + language + QStringLiteral(".ts");
        const Catalogue c = readTs(QStringLiteral(GRIDTWIN_TS_DIR "/") + file);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QVERIFY2(QDir(sourceFolderOf(prefix)).exists(),
                 qPrintable(file + QStringLiteral(": no source folder ") + sourceFolderOf(prefix)));
        const QSet<QString> literals = sourceLiterals(sourceFolderOf(prefix));
        QVERIFY2(!literals.isEmpty(), qPrintable(sourceFolderOf(prefix) + QStringLiteral(" has no tr() literals")));
        QStringList missing;
        for (const QString& s : literals) {
            if (!c.sources.contains(s)) missing << s;
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(file + QStringLiteral(" lacks: ") + missing.join(QStringLiteral(" | "))));
    }
    void gridtwinCatalogueIsTheLargeOne() {
        // Guards against the discovery silently finding nothing.
        QVERIFY(cataloguePrefixes().contains(QStringLiteral("gridtwin")));
        const Catalogue c = readTs(QStringLiteral(GRIDTWIN_TS_DIR "/gridtwin_de.ts"));
        QVERIFY2(c.sources.size() >= 100, qPrintable(QString::number(c.sources.size())));
    }
    void sameSourcesInBoth_data() {
        QTest::addColumn<QString>("prefix");
        for (const QString& prefix : cataloguePrefixes()) QTest::newRow(qPrintable(prefix)) << prefix;
    }
    void sameSourcesInBoth() {
        QFETCH(QString, prefix);
        const QString dir = QStringLiteral(GRIDTWIN_TS_DIR "/");
        const Catalogue de = readTs(dir + prefix + QStringLiteral("_de.ts"));
        const Catalogue zh = readTs(dir + prefix + QStringLiteral("_zh_CN.ts"));
        QVERIFY2(de.problems.filter(QStringLiteral("cannot open")).isEmpty(), qPrintable(de.problems.join(QLatin1Char('\n'))));
        QVERIFY2(zh.problems.filter(QStringLiteral("cannot open")).isEmpty(), qPrintable(zh.problems.join(QLatin1Char('\n'))));
        QCOMPARE(de.sources, zh.sources);
    }
    void everyUiFolderWithTextsHasACatalogue() {
        const QStringList prefixes = cataloguePrefixes();
        const QDir ui(QStringLiteral(GRIDTWIN_UI_SOURCE_DIR));
        for (const QString& sub : ui.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (sourceLiterals(ui.filePath(sub)).isEmpty()) continue;
            QVERIFY2(prefixes.contains(sub),
                     qPrintable(QStringLiteral("ui/%1 has tr() texts but translations/ has no %1_de.ts / %1_zh_CN.ts").arg(sub)));
        }
    }
    void literalsAreUnescapedLikeLupdate() {
        // lupdate stores the text, not the C++ spelling: the source "%1\nAllowed" holds a newline.
        QCOMPARE(unescapeCpp(QStringLiteral(R"(%1\nAllowed: \"%2\" \\ x\ty)")),
                 QStringLiteral("%1\nAllowed: \"%2\" \\ x\ty"));
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
