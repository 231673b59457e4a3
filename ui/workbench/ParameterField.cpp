#include "ParameterField.h"

#include "CandidateSite.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gridtwin::ui {

ParameterField::ParameterField(CandidateSite& site, const QString& path, QWidget* parent)
    : QWidget(parent), site_(site), path_(path), error_(new QLabel(this)) {
    const auto r = resolveParameter(site.candidate(), path);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(1);
    auto* row = new QHBoxLayout;
    outer->addLayout(row);
    outer->addWidget(error_);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #e0483e;"));
    error_->hide();
    if (!r) {
        row->addWidget(new QLabel(tr("unknown parameter %1").arg(path), this));
        return;
    }
    const ParameterInfo& info = *r->info;
    const QString tip = tr("%1\nAllowed: %2\nDefault: %3")
                            .arg(QString::fromStdString(info.description),
                                 QString::fromStdString(info.expectedText()),
                                 QString::fromStdString(formatParameterValue(info.default_value)));
    switch (info.kind) {
    case ParameterKind::Enum:
        combo_ = new QComboBox(this);
        for (const std::string& c : info.choices) combo_->addItem(QString::fromStdString(c));
        combo_->setToolTip(tip);
        row->addWidget(combo_, 1);
        connect(combo_, &QComboBox::activated, this, [this](int) {
            showError(site_.setValueText(path_, combo_->currentText()));
        });
        break;
    case ParameterKind::Bool:
        check_ = new QCheckBox(this);
        check_->setToolTip(tip);
        row->addWidget(check_, 1);
        connect(check_, &QCheckBox::clicked, this,
                [this](bool on) { showError(site_.setValue(path_, ParameterValue(on))); });
        break;
    default:
        line_ = new QLineEdit(this);
        line_->setToolTip(tip);
        line_->setPlaceholderText(QString::fromStdString(formatParameterValue(info.default_value)));
        row->addWidget(line_, 1);
        connect(line_, &QLineEdit::editingFinished, this, &ParameterField::commitLine);
        break;
    }
    auto* unit = new QLabel(QString::fromStdString(info.unit), this);
    unit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("EUR/MWh")));
    row->addWidget(unit);
    setToolTip(tip);
    refresh();
}

void ParameterField::refresh() {
    const QString text = site_.valueText(path_);
    showError(QString());
    if (line_ != nullptr) line_->setText(text);
    if (combo_ != nullptr) combo_->setCurrentText(text);
    if (check_ != nullptr) check_->setChecked(text == QLatin1String("true"));
}

QString ParameterField::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

void ParameterField::submitText(const QString& text) {
    if (line_ != nullptr) {
        line_->setText(text);
        commitLine();
    } else {
        showError(site_.setValueText(path_, text));
        refresh();
    }
}

void ParameterField::commitLine() {
    if (line_->text().trimmed() == site_.valueText(path_)) {
        showError(QString());
        return;
    }
    // A refused entry stays in the box with the reason below, so the user can correct it.
    showError(site_.setValueText(path_, line_->text()));
}

void ParameterField::showError(const QString& why) {
    error_->setText(why);
    error_->setVisible(!why.isEmpty());
}

} // namespace gridtwin::ui
