#pragma once
// Reports > Compliance white paper (issue 6 item 6): choose year, report language and inputs,
// generate in a background thread (progress, cancel), preview the pages (thumbnails + page view),
// save the PDF and the hourly ledger CSV. The same WhitePaperGenerator as `gridtwin-cli report`.

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QThread;

namespace gridtwin::report {
struct WhitePaperOutcome;
class ReportPageRenderer;
} // namespace gridtwin::report

namespace gridtwin::ui {

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(QWidget* parent = nullptr);
    ~ReportDialog() override;   // cancels a running generation and waits for it

    /// Starts generating with the current choices; false (and the reason shown) when the inputs
    /// are refused before the run starts or a run is already going.
    bool generate();
    void cancel();
    bool busy() const;
    int pageCount() const;
    /// Both return "" on success, else the error text (also shown to the user).
    QString savePdf(const QString& path);
    QString saveLedger(const QString& path);

    QSpinBox* yearBox() const { return year_; }
    QComboBox* languageBox() const { return language_; }
    QLineEdit* siteEdit() const { return site_; }
    QLabel* statusLabel() const { return status_; }

signals:
    void generationFinished(bool ok);

private:
    QLineEdit* fileRow(QFormLayout* form, const QString& label, const QString& placeholder,
                       const QString& filter);
    void showProgress(double fraction, const QString& stage);
    void finishRun(std::shared_ptr<report::WhitePaperOutcome> outcome, const QString& error);
    void showPage(int index);
    void setBusy(bool busy);

    QLineEdit* site_;
    QSpinBox* year_;
    QComboBox* language_;
    QLineEdit* factors_;
    QLineEdit* instruments_;
    QLineEdit* sacct_;
    QLineEdit* prices_;
    QPushButton* generate_;
    QPushButton* cancel_button_;
    QPushButton* save_pdf_;
    QPushButton* save_ledger_;
    QProgressBar* progress_;
    QLabel* status_;
    QListWidget* thumbnails_;
    QScrollArea* page_area_;
    QLabel* page_;

    QThread* worker_ = nullptr;
    std::atomic<bool> cancel_flag_{false};
    std::shared_ptr<report::WhitePaperOutcome> outcome_;
    std::unique_ptr<report::ReportPageRenderer> renderer_;
};

} // namespace gridtwin::ui
