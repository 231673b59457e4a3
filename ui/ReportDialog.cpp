#include "ReportDialog.h"

#include "PdfReportWriter.h"
#include "ReportPageRenderer.h"
#include "WhitePaperGenerator.h"

#include "carbon/LedgerCsv.h"
#include "model/SiteConfigJson.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <exception>

namespace gridtwin::ui {

namespace {

constexpr double kThumbnailDpi = 20.0;
constexpr double kPageDpi = 96.0;

} // namespace

ReportDialog::ReportDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Compliance white paper"));
    auto* form = new QFormLayout;
    site_ = new QLineEdit(QStringLiteral("demo"));
    site_->setToolTip(tr("\"demo\" for the reference site, or a site JSON file"));
    form->addRow(tr("Site"), site_);
    year_ = new QSpinBox;
    year_->setRange(1990, 2100);
    year_->setValue(2025);
    form->addRow(tr("Year (UTC)"), year_);
    language_ = new QComboBox;
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    language_->setToolTip(tr("Language of the report, independent of the application's language"));
    form->addRow(tr("Report language"), language_);
    const QString demo_hint = tr("bundled demo input (demo site) or none");
    factors_ = fileRow(form, tr("Grid factors"), tr("site's carbon input or bundled demo factors"),
                       tr("CSV files (*.csv);;All files (*)"));
    instruments_ = fileRow(form, tr("GOs, PPAs, residual mix"), demo_hint, tr("CSV files (*.csv);;All files (*)"));
    sacct_ = fileRow(form, tr("Slurm sacct -P"), demo_hint, tr("All files (*)"));
    prices_ = fileRow(form, tr("Carbon prices by quarter"), demo_hint, tr("CSV files (*.csv);;All files (*)"));

    generate_ = new QPushButton(tr("&Generate"));
    cancel_button_ = new QPushButton(tr("&Cancel generation"));
    save_pdf_ = new QPushButton(tr("Save &PDF..."));
    save_ledger_ = new QPushButton(tr("Save &ledger CSV..."));
    progress_ = new QProgressBar;
    progress_->setRange(0, 100);
    progress_->setValue(0);
    status_ = new QLabel(tr("Choose the inputs and generate."));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(generate_);
    buttons->addWidget(cancel_button_);
    buttons->addStretch(1);
    buttons->addWidget(save_pdf_);
    buttons->addWidget(save_ledger_);

    thumbnails_ = new QListWidget;
    thumbnails_->setViewMode(QListView::IconMode);
    thumbnails_->setFlow(QListView::TopToBottom);
    thumbnails_->setWrapping(false);
    thumbnails_->setMovement(QListView::Static);
    thumbnails_->setIconSize(QSize(120, 170));
    thumbnails_->setMinimumWidth(160);
    thumbnails_->setMaximumWidth(200);
    page_ = new QLabel(tr("No report generated yet."));
    page_->setAlignment(Qt::AlignCenter);
    page_area_ = new QScrollArea;
    page_area_->setWidget(page_);
    page_area_->setWidgetResizable(true);
    page_area_->setAlignment(Qt::AlignCenter);
    auto* preview = new QSplitter;
    preview->addWidget(thumbnails_);
    preview->addWidget(page_area_);
    preview->setStretchFactor(1, 1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addWidget(preview, 1);
    layout->addWidget(close);
    resize(1000, 900);

    connect(generate_, &QPushButton::clicked, this, [this] { generate(); });
    connect(cancel_button_, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(save_pdf_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the white paper"), QStringLiteral("white-paper.pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) savePdf(path);
    });
    connect(save_ledger_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the hourly ledger"), QStringLiteral("ledger.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) saveLedger(path);
    });
    connect(thumbnails_, &QListWidget::currentRowChanged, this, &ReportDialog::showPage);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setBusy(false);
}

ReportDialog::~ReportDialog() {
    if (worker_ != nullptr) {
        cancel_flag_ = true;
        worker_->wait();
    }
}

QLineEdit* ReportDialog::fileRow(QFormLayout* form, const QString& label, const QString& placeholder,
                                 const QString& filter) {
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    auto* browse = new QToolButton;
    browse->setText(QStringLiteral("..."));
    browse->setToolTip(tr("Choose a file"));
    connect(browse, &QToolButton::clicked, this, [this, edit, label, filter] {
        const QString path = QFileDialog::getOpenFileName(this, label, edit->text(), filter);
        if (!path.isEmpty()) edit->setText(path);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

bool ReportDialog::busy() const { return worker_ != nullptr; }

int ReportDialog::pageCount() const { return renderer_ ? renderer_->pageCount() : 0; }

void ReportDialog::setBusy(bool busy) {
    generate_->setEnabled(!busy);
    cancel_button_->setEnabled(busy);
    save_pdf_->setEnabled(!busy && outcome_ != nullptr);
    save_ledger_->setEnabled(!busy && outcome_ != nullptr);
    for (QWidget* w : {static_cast<QWidget*>(site_), static_cast<QWidget*>(year_), static_cast<QWidget*>(language_)})
        w->setEnabled(!busy);
}

bool ReportDialog::generate() {
    if (busy()) return false;
    report::WhitePaperRequest request;
    try {
        const std::string site = site_->text().trimmed().toStdString();
        request.site_argument = QString::fromStdString(site);
        request.options.site = site == "demo" || site.empty() ? referenceSite() : loadSiteConfig(site);
        request.options.site_file = site == "demo" || site.empty() ? std::string() : site;
        request.options.year = year_->value();
        request.options.factor_file = factors_->text().trimmed().toStdString();
        request.options.instruments_file = instruments_->text().trimmed().toStdString();
        request.options.sacct_file = sacct_->text().trimmed().toStdString();
        request.options.price_file = prices_->text().trimmed().toStdString();
        if (request.options.site_file.empty()) useDemoCarbonInputs(request.options);
        request.language = language_->currentData().toString();
    } catch (const std::exception& e) {
        status_->setText(tr("Refused: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    cancel_flag_ = false;
    progress_->setRange(0, 0); // the study is one long call: busy indicator until it reports
    status_->setText(tr("Generating..."));
    worker_ = QThread::create([this, request] {
        std::shared_ptr<report::WhitePaperOutcome> outcome;
        QString error;
        try {
            auto progress = [this](double fraction, const QString& stage) {
                QMetaObject::invokeMethod(this, [this, fraction, stage] { showProgress(fraction, stage); }, Qt::QueuedConnection);
            };
            outcome = std::make_shared<report::WhitePaperOutcome>(
                report::WhitePaperGenerator::run(request, progress, &cancel_flag_));
        } catch (const report::WhitePaperCancelled&) {
            // no outcome and no error: cancelled
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(this, [this, outcome, error] { finishRun(outcome, error); }, Qt::QueuedConnection);
    });
    setBusy(true);
    worker_->start();
    return true;
}

void ReportDialog::cancel() {
    if (!busy()) return;
    cancel_flag_ = true;
    status_->setText(tr("Cancelling after the current stage..."));
}

void ReportDialog::showProgress(double fraction, const QString& stage) {
    if (fraction > 0.0) progress_->setRange(0, 100);
    if (fraction > 0.0) progress_->setValue(static_cast<int>(fraction * 100.0));
    status_->setText(stage);
}

void ReportDialog::finishRun(std::shared_ptr<report::WhitePaperOutcome> outcome, const QString& error) {
    worker_->wait();
    delete worker_;
    worker_ = nullptr;
    progress_->setRange(0, 100);
    if (!outcome) {
        progress_->setValue(0);
        status_->setText(error.isEmpty() ? tr("Cancelled.") : tr("Failed: %1").arg(error));
        setBusy(false);
        emit generationFinished(false);
        return;
    }
    outcome_ = std::move(outcome);
    renderer_ = std::make_unique<report::ReportPageRenderer>(outcome_->document);
    thumbnails_->clear();
    for (int i = 0; i < renderer_->pageCount(); ++i) {
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(renderer_->renderPage(i, kThumbnailDpi))),
                                         QString::number(i + 1));
        thumbnails_->addItem(item);
    }
    progress_->setValue(100);
    status_->setText(tr("%1 pages; manifest SHA-256 %2; study %3 s, document %4 s")
                         .arg(renderer_->pageCount())
                         .arg(QString::fromStdString(outcome_->study.manifest.manifest_sha256))
                         .arg(outcome_->study_s, 0, 'f', 1)
                         .arg(outcome_->build_s, 0, 'f', 1));
    setBusy(false);
    thumbnails_->setCurrentRow(0);
    emit generationFinished(true);
}

void ReportDialog::showPage(int index) {
    if (!renderer_ || index < 0 || index >= renderer_->pageCount()) return;
    QPixmap page = QPixmap::fromImage(renderer_->renderPage(index, kPageDpi * devicePixelRatioF()));
    page.setDevicePixelRatio(devicePixelRatioF());
    page_->setPixmap(page);
}

QString ReportDialog::savePdf(const QString& path) {
    if (!outcome_) return tr("Nothing generated yet.");
    try {
        const int pages = report::PdfReportWriter::write(outcome_->document, path);
        status_->setText(tr("Saved %1 (%2 pages).").arg(path).arg(pages));
        return {};
    } catch (const std::exception& e) {
        const QString error = QString::fromStdString(e.what());
        status_->setText(tr("Failed: %1").arg(error));
        return error;
    }
}

QString ReportDialog::saveLedger(const QString& path) {
    if (!outcome_) return tr("Nothing generated yet.");
    try {
        writeLedgerCsv(outcome_->study.ledger, outcome_->study.carbon, path.toStdString());
        status_->setText(tr("Saved %1 (%2 hours).").arg(path).arg(outcome_->study.ledger.hours.size()));
        return {};
    } catch (const std::exception& e) {
        const QString error = QString::fromStdString(e.what());
        status_->setText(tr("Failed: %1").arg(error));
        return error;
    }
}

} // namespace gridtwin::ui
