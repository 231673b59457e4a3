#pragma once
// New-site wizard: the essential fields of a site, page by page (location, PV, battery, grid and
// tariff, GPU cluster, controller), starting from a template site. The full set of fields is in
// the site editor afterwards. Fields check against the ParameterTable like the editor does.

#include "model/SiteConfig.h"

#include <QWizard>

namespace gridtwin::ui {

class CandidateSite;

class NewSiteWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewSiteWizard(const SiteConfig& start, QWidget* parent = nullptr);
    SiteConfig site() const;

private:
    void addFieldPage(const QString& title, const QString& subtitle, const QStringList& paths);

    CandidateSite* draft_;
};

} // namespace gridtwin::ui
