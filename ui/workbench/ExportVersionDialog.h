#pragma once
// "Export candidate as configuration version": who, when and why, the project file (SQLite
// historian) it goes into and the list of changes against the baseline; stored through core
// ChangeControl, which also appends the audit entry.

#include "model/SiteConfig.h"

#include <QDialog>

#include <cstdint>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gridtwin::ui {

class ExportVersionDialog : public QDialog {
    Q_OBJECT
public:
    ExportVersionDialog(const SiteConfig& baseline, const SiteConfig& candidate,
                        const QString& project_file, QWidget* parent = nullptr);

    void setAuthor(const QString& author);
    void setReason(const QString& reason);
    void setProjectFile(const QString& file);
    void setProfile(const QString& profile) { profile_ = profile; }
    QString projectFile() const;

    /// Writes the version; returns its id, or nullopt with errorText() set (empty author or
    /// reason, unwritable file: the core's message).
    std::optional<std::int64_t> exportVersion();
    QString errorText() const;

    void accept() override;

private:
    SiteConfig baseline_;
    SiteConfig candidate_;
    QString profile_ = QStringLiteral("engineer");
    QLineEdit* author_;
    QPlainTextEdit* reason_;
    QLineEdit* project_;
    QLabel* error_;
};

} // namespace gridtwin::ui
