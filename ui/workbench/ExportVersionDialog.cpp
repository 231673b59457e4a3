#include "ExportVersionDialog.h"

#include "store/Historian.h"
#include "tune/ChangeControl.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>

#include <exception>

namespace gridtwin::ui {

namespace {

std::optional<std::int64_t> newestVersionId(ChangeControl& cc, const std::string& site) {
    const std::vector<ConfigVersion> v = cc.versions(site);
    if (v.empty()) return std::nullopt;
    return v.back().id;
}

} // namespace

ExportVersionDialog::ExportVersionDialog(const SiteConfig& baseline, const SiteConfig& candidate,
                                         const QString& project_file, QWidget* parent)
    : QDialog(parent), baseline_(baseline), candidate_(candidate), author_(new QLineEdit(this)),
      reason_(new QPlainTextEdit(this)), project_(new QLineEdit(project_file, this)),
      error_(new QLabel(this)) {
    setWindowTitle(tr("Export candidate as configuration version"));
    auto* form = new QFormLayout(this);
    author_->setText(QSettings().value(QStringLiteral("workbench/author"), qEnvironmentVariable("USER")).toString());
    form->addRow(tr("Author (who)"), author_);
    form->addRow(tr("Time (when)"), new QLabel(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), this));
    reason_->setPlaceholderText(tr("Why this change, e.g. \"threshold lowered after the March peak review\""));
    reason_->setMaximumHeight(90);
    form->addRow(tr("Reason (why)"), reason_);
    auto* row = new QHBoxLayout;
    row->addWidget(project_, 1);
    auto* browse = new QPushButton(tr("Browse…"), this);
    row->addWidget(browse);
    form->addRow(tr("Project file"), row);
    const std::string changes = ChangeControl::describeChanges(baseline_, candidate_);
    auto* diff = new QLabel(changes.empty() ? tr("No parameter differs from the baseline.")
                                            : QString::fromStdString(changes), this);
    diff->setWordWrap(true);
    diff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Changes"), diff);
    error_->setStyleSheet(QStringLiteral("color: #e0483e;"));
    error_->setWordWrap(true);
    error_->hide();
    form->addRow(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export version"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportVersionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Project file"), project_->text(),
                                                       tr("GridTwin project (*.gridtwin *.sqlite);;All files (*)"),
                                                       nullptr, QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty()) project_->setText(f);
    });
}

void ExportVersionDialog::setAuthor(const QString& author) { author_->setText(author); }
void ExportVersionDialog::setReason(const QString& reason) { reason_->setPlainText(reason); }
void ExportVersionDialog::setProjectFile(const QString& file) { project_->setText(file); }
QString ExportVersionDialog::projectFile() const { return project_->text().trimmed(); }
QString ExportVersionDialog::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

std::optional<std::int64_t> ExportVersionDialog::exportVersion() {
    QString why;
    if (projectFile().isEmpty()) why = tr("expected a project file, found nothing");
    std::optional<std::int64_t> id;
    if (why.isEmpty()) {
        try {
            Historian project(projectFile().toStdString());
            ChangeControl cc(project);
            CandidateExport e;
            e.site_name = candidate_.name;
            e.candidate = candidate_;
            e.author = author_->text().trimmed().toStdString();
            e.profile = profile_.toStdString();
            e.reason = reason_->toPlainText().trimmed().toStdString();
            e.time_ms = QDateTime::currentMSecsSinceEpoch();
            e.parent_version_id = newestVersionId(cc, candidate_.name);
            // The first version of a site records the baseline it was tuned from.
            if (!e.parent_version_id && !ChangeControl::describeChanges(baseline_, candidate_).empty()) {
                CandidateExport base = e;
                base.candidate = baseline_;
                base.reason = "baseline before tuning";
                e.parent_version_id = cc.exportCandidate(base);
            }
            id = cc.exportCandidate(e);
        } catch (const std::exception& ex) {
            why = QString::fromStdString(ex.what());
        }
    }
    error_->setText(why);
    error_->setVisible(!why.isEmpty());
    if (id) QSettings().setValue(QStringLiteral("workbench/author"), author_->text().trimmed());
    return id;
}

void ExportVersionDialog::accept() {
    if (exportVersion()) QDialog::accept();
}

} // namespace gridtwin::ui
