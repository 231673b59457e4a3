#pragma once
// Configuration versions of the site in the project file (SQLite, ChangeControl): time, author,
// reason and the version it was derived from; a version can be loaded as the candidate.

#include <QString>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace gridtwin::ui {

class CandidateSite;

class VersionHistoryPanel : public QWidget {
    Q_OBJECT
public:
    VersionHistoryPanel(CandidateSite& site, QWidget* parent = nullptr);

    void setProjectFile(const QString& file);
    const QString& projectFile() const { return file_; }
    /// Re-reads the versions of the candidate's site; returns the error text or "".
    QString reload();
    QTreeWidget* list() const { return list_; }

private:
    void loadSelected();

    CandidateSite& site_;
    QString file_;
    QLabel* title_;
    QTreeWidget* list_;
};

} // namespace gridtwin::ui
