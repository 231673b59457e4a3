#pragma once
// New-site wizard: the essential fields of a site, page by page (location, PV, battery, grid and
// tariff, GPU cluster, controller, input series, data sources and devices), starting from a
// template site. The full set of fields is in the site editor afterwards. Fields check against
// the ParameterTable like the editor does; input files are read by the core readers when chosen.

#include "model/SiteConfig.h"

#include <QWizard>

namespace gridtwin::ui {

class CandidateSite;
class DataSourcesEditor;
class InputSeriesEditor;

class NewSiteWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewSiteWizard(const SiteConfig& start, QWidget* parent = nullptr);
    SiteConfig site() const;
    /// The draft being edited (its undo stack records the wizard's edits).
    CandidateSite& draft() const { return *draft_; }
    InputSeriesEditor* inputSeries() const { return inputs_; }
    DataSourcesEditor* dataSources() const { return sources_; }
    /// Page ids of the two editor pages (for tests and screenshots).
    int inputSeriesPageId() const { return inputs_page_; }
    int dataSourcesPageId() const { return sources_page_; }

private:
    void addFieldPage(const QString& title, const QString& subtitle, const QStringList& paths);

    CandidateSite* draft_;
    InputSeriesEditor* inputs_ = nullptr;
    DataSourcesEditor* sources_ = nullptr;
    int inputs_page_ = -1;
    int sources_page_ = -1;
};

} // namespace gridtwin::ui
