#include "InputSeriesEditor.h"

#include "CandidateSite.h"
#include "io/PvgisTmyReader.h"
#include "model/ParameterTable.h"
#include "model/TimeUtc.h"
#include "sim/HourlySeries.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <exception>

namespace gridtwin::ui {

namespace {

const QString kWeather = QStringLiteral("inputs.weather_file");
const QString kPrice = QStringLiteral("inputs.price_file");
const QString kCarbon = QStringLiteral("inputs.carbon_file");

QString seriesSummary(const HourlySeries& s) {
    return InputSeriesEditor::tr("%1 hourly values from %2")
        .arg(s.values.size())
        .arg(QString::fromStdString(formatIsoUtc(s.start_ms)));
}

} // namespace

QString checkInputSeriesFile(const QString& path_key, const QString& file, QString* summary) {
    try {
        const std::string f = file.toStdString();
        QString what;
        if (path_key == kWeather) {
            what = QString::fromStdString(readPvgisTmy(f).source_label);
        } else if (path_key == kPrice) {
            what = seriesSummary(readPriceCsv(f));
        } else if (path_key == kCarbon) {
            what = seriesSummary(readCarbonCsv(f));
        } else {
            return InputSeriesEditor::tr("unknown input series %1").arg(path_key);
        }
        if (summary != nullptr) *summary = what;
        return {};
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
}

InputSeriesEditor::InputSeriesEditor(CandidateSite& site, QWidget* parent)
    : QWidget(parent), site_(site) {
    auto* grid = new QGridLayout(this);
    struct Kind {
        QString key;
        QString label;
        QString filter;
    };
    const QList<Kind> kinds = {
        {kWeather, tr("Weather (PVGIS TMY)"), tr("PVGIS TMY (*.csv *.json);;All files (*)")},
        {kPrice, tr("Energy price"), tr("Price CSV (*.csv);;All files (*)")},
        {kCarbon, tr("Grid carbon intensity"), tr("Carbon intensity CSV (*.csv);;All files (*)")},
    };
    int line = 0;
    for (const Kind& k : kinds) {
        Row row;
        const ParameterInfo* info = findParameter(k.key.toStdString());
        auto* label = new QLabel(k.label, this);
        row.path = new QLineEdit(this);
        row.path->setClearButtonEnabled(true);
        row.path->setAccessibleName(k.label);
        if (info != nullptr) {
            const QString tip = QString::fromStdString(info->path + ": " + info->description);
            label->setToolTip(tip);
            row.path->setToolTip(tip);
        }
        auto* browse = new QPushButton(tr("Choose…"), this);
        row.status = new QLabel(this);
        row.status->setWordWrap(true);
        row.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, line, 0);
        grid->addWidget(row.path, line, 1);
        grid->addWidget(browse, line, 2);
        grid->addWidget(row.status, line + 1, 1, 1, 2);
        line += 2;
        const QString key = k.key;
        connect(browse, &QPushButton::clicked, this, [this, key, k] {
            const QString file = QFileDialog::getOpenFileName(this, k.label, QString(), k.filter);
            if (!file.isEmpty()) setFile(key, file);
        });
        connect(row.path, &QLineEdit::editingFinished, this, [this, key] {
            const QString typed = rows_[key].path->text().trimmed();
            if (typed != site_.valueText(key) || !rows_[key].error.isEmpty()) setFile(key, typed);
        });
        rows_.insert(key, row);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(line, 1);
    // Undo, redo or another page changed a path: show and check what the candidate holds now.
    connect(&site_, &CandidateSite::candidateChanged, this, [this](const QString& path) {
        if (path.isEmpty() ||
            (rows_.contains(path) && rows_[path].path->text() != site_.valueText(path)))
            refresh();
    });
    refresh();
}

QString InputSeriesEditor::setFile(const QString& path_key, const QString& file) {
    if (!rows_.contains(path_key)) return tr("unknown input series %1").arg(path_key);
    Row& row = rows_[path_key];
    row.path->setText(file);
    QString why;
    QString summary;
    if (!file.isEmpty()) why = checkInputSeriesFile(path_key, file, &summary);
    if (why.isEmpty()) why = site_.setValueText(path_key, file);
    row.error = why;
    showStatus(path_key, summary);
    emit validityChanged();
    return why;
}

QString InputSeriesEditor::errorText(const QString& path_key) const {
    return rows_.contains(path_key) ? rows_[path_key].error : QString();
}

QString InputSeriesEditor::statusText(const QString& path_key) const {
    return rows_.contains(path_key) ? rows_[path_key].status->text() : QString();
}

bool InputSeriesEditor::valid() const {
    for (const Row& r : rows_) {
        if (!r.error.isEmpty()) return false;
    }
    return true;
}

void InputSeriesEditor::refresh() {
    for (auto it = rows_.begin(); it != rows_.end(); ++it) {
        it->path->setText(site_.valueText(it.key()));
        it->error.clear();
        QString summary;
        const QString file = it->path->text();
        if (!file.isEmpty()) it->error = checkInputSeriesFile(it.key(), file, &summary);
        showStatus(it.key(), summary);
    }
    emit validityChanged();
}

void InputSeriesEditor::showStatus(const QString& path_key, const QString& summary) {
    Row& row = rows_[path_key];
    QString text;
    if (!row.error.isEmpty()) {
        text = tr("Refused: %1").arg(row.error);
    } else if (site_.valueText(path_key).isEmpty()) {
        text = path_key == kWeather
                   ? tr("Empty: the bundled PVGIS TMY for 45 N, 8 E is used.")
                   : tr("Empty: the built-in example profile is used (labelled as an example "
                        "in results and reports).");
    } else {
        text = tr("Read: %1").arg(summary);
    }
    row.status->setText(text);
    row.status->setStyleSheet(row.error.isEmpty() ? QString() : QStringLiteral("color: #e0483e;"));
}

} // namespace gridtwin::ui
