#pragma once
// Site editor: every field of the candidate site from the ParameterTable, grouped in tabs
// (location, PV arrays, battery, grid and tariff, GPU cluster, controller, input data, data
// sources and devices), input file import validated by the core readers, open/save of site JSON
// and the new-site wizard.

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace gridtwin::ui {

class CandidateSite;
class DataSourcesEditor;
class ParameterField;

class SiteEditorPage : public QWidget {
    Q_OBJECT
public:
    explicit SiteEditorPage(CandidateSite& site, QWidget* parent = nullptr);

    /// The field editing path, nullptr when not shown (a PV array other than the selected one).
    ParameterField* field(const QString& path) const;
    QTabWidget* tabs() const { return tabs_; }
    DataSourcesEditor* dataSources() const { return data_sources_; }

    /// Loads a site JSON as an undoable candidate replacement; returns the error text or "".
    QString openSiteFile(const QString& file);
    /// Saves the candidate as JSON; returns the error text or "".
    QString saveSiteFile(const QString& file);
    /// Checks an input file with the core reader of its kind and, when it reads, stores its
    /// path in the candidate; returns the reader's error (file, line, expected, found) or "".
    QString importInputFile(const QString& path_key, const QString& file);

public slots:
    void openSiteDialog();
    void saveSiteDialog();
    void newSiteWizard();

private:
    void rebuildPvTab();
    void onCandidateChanged(const QString& path);
    QWidget* buildGroup(const QStringList& prefixes, int pv_index);
    QWidget* buildInputsTab();
    void addPvArray();
    void removePvArray();

    CandidateSite& site_;
    QTabWidget* tabs_;
    QList<ParameterField*> fields_;
    QList<ParameterField*> pv_fields_;
    QWidget* pv_tab_;
    QVBoxLayout* pv_layout_;
    QComboBox* pv_choice_ = nullptr;
    QWidget* pv_group_ = nullptr;
    QLabel* import_status_ = nullptr;
    QLabel* file_status_;
    DataSourcesEditor* data_sources_ = nullptr;
};

} // namespace gridtwin::ui
