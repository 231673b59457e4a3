#include "SiteEditorPage.h"

#include "CandidateSite.h"
#include "DataSourcesEditor.h"
#include "InputSeriesEditor.h"
#include "NewSiteWizard.h"
#include "ParameterField.h"
#include "model/SiteConfigJson.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <exception>

namespace gridtwin::ui {

namespace {

QWidget* scrolled(QWidget* inner) {
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(inner);
    return area;
}

bool matchesPrefix(const std::string& path, const QStringList& prefixes) {
    const QString p = QString::fromStdString(path);
    for (const QString& prefix : prefixes) {
        if (p == prefix || p.startsWith(prefix + QLatin1Char('.'))) return true;
    }
    return false;
}

} // namespace

SiteEditorPage::SiteEditorPage(CandidateSite& site, QWidget* parent)
    : QWidget(parent), site_(site), tabs_(new QTabWidget(this)), pv_tab_(new QWidget),
      pv_layout_(new QVBoxLayout(pv_tab_)), file_status_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QToolBar(this);
    bar->addAction(tr("New site…"), this, &SiteEditorPage::newSiteWizard);
    bar->addAction(tr("Open site JSON…"), this, &SiteEditorPage::openSiteDialog);
    bar->addAction(tr("Save site JSON…"), this, &SiteEditorPage::saveSiteDialog);
    layout->addWidget(bar);
    file_status_->setWordWrap(true);
    file_status_->hide();
    layout->addWidget(file_status_);
    layout->addWidget(tabs_, 1);

    tabs_->addTab(scrolled(buildGroup({QStringLiteral("name"), QStringLiteral("location"),
                                       QStringLiteral("seed")}, -1)),
                  tr("Site and location"));
    tabs_->addTab(pv_tab_, tr("PV arrays"));
    tabs_->addTab(scrolled(buildGroup({QStringLiteral("bess")}, -1)), tr("Battery"));
    tabs_->addTab(scrolled(buildGroup({QStringLiteral("grid")}, -1)), tr("Grid and tariff"));
    tabs_->addTab(scrolled(buildGroup({QStringLiteral("cluster")}, -1)), tr("GPU cluster"));
    tabs_->addTab(scrolled(buildGroup({QStringLiteral("controller")}, -1)), tr("Controller"));
    tabs_->addTab(scrolled(buildInputsTab()), tr("Input data"));
    data_sources_ = new DataSourcesEditor(site_);
    tabs_->addTab(scrolled(data_sources_), tr("Data sources"));

    auto* pv_bar = new QHBoxLayout;
    pv_choice_ = new QComboBox(pv_tab_);
    pv_choice_->setAccessibleName(tr("PV array"));
    pv_bar->addWidget(new QLabel(tr("Array:"), pv_tab_));
    pv_bar->addWidget(pv_choice_, 1);
    auto* add = new QPushButton(tr("Add array"), pv_tab_);
    auto* remove = new QPushButton(tr("Remove array"), pv_tab_);
    pv_bar->addWidget(add);
    pv_bar->addWidget(remove);
    pv_layout_->addLayout(pv_bar);
    connect(add, &QPushButton::clicked, this, &SiteEditorPage::addPvArray);
    connect(remove, &QPushButton::clicked, this, &SiteEditorPage::removePvArray);
    connect(pv_choice_, &QComboBox::activated, this, [this](int) { rebuildPvTab(); });
    rebuildPvTab();
    connect(&site_, &CandidateSite::candidateChanged, this, &SiteEditorPage::onCandidateChanged);
}

QWidget* SiteEditorPage::buildGroup(const QStringList& prefixes, int pv_index) {
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ParameterInfo& info : siteParameters()) {
        QString path = QString::fromStdString(info.path);
        if (pv_index >= 0) {
            if (!info.perPvArray()) continue;
            path.replace(QStringLiteral("pv_arrays[]"), QStringLiteral("pv_arrays[%1]").arg(pv_index));
        } else if (info.perPvArray() || !matchesPrefix(info.path, prefixes)) {
            continue;
        }
        auto* field = new ParameterField(site_, path, box);
        (pv_index >= 0 ? pv_fields_ : fields_).append(field);
        // The key is the label: it is what the JSON file, the CLI --set and the docs call it.
        QString label = path.section(QLatin1Char('.'), -1);
        auto* l = new QLabel(label, box);
        l->setToolTip(QString::fromStdString(info.description));
        form->addRow(l, field);
    }
    return box;
}

QWidget* SiteEditorPage::buildInputsTab() {
    auto* box = buildGroup({QStringLiteral("inputs")}, -1);
    auto* form = static_cast<QFormLayout*>(box->layout());
    auto* buttons = new QHBoxLayout;
    struct Kind {
        QString key;
        QString text;
        QString filter;
    };
    const QList<Kind> kinds = {
        {QStringLiteral("inputs.weather_file"), tr("Import PVGIS TMY…"),
         tr("PVGIS TMY (*.csv *.json);;All files (*)")},
        {QStringLiteral("inputs.price_file"), tr("Import price series…"),
         tr("Price CSV (*.csv);;All files (*)")},
        {QStringLiteral("inputs.carbon_file"), tr("Import carbon series…"),
         tr("Carbon intensity CSV (*.csv);;All files (*)")},
    };
    for (const Kind& k : kinds) {
        auto* b = new QPushButton(k.text, box);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, k] {
            const QString file = QFileDialog::getOpenFileName(this, k.text, QString(), k.filter);
            if (!file.isEmpty()) importInputFile(k.key, file);
        });
    }
    form->addRow(buttons);
    import_status_ = new QLabel(tr("Empty file fields use the bundled reference weather and the "
                                   "labelled example price and carbon profiles."), box);
    import_status_->setWordWrap(true);
    form->addRow(import_status_);
    return box;
}

ParameterField* SiteEditorPage::field(const QString& path) const {
    for (ParameterField* f : fields_) {
        if (f->path() == path) return f;
    }
    for (ParameterField* f : pv_fields_) {
        if (f->path() == path) return f;
    }
    return nullptr;
}

void SiteEditorPage::rebuildPvTab() {
    const int n = static_cast<int>(site_.candidate().pv_arrays.size());
    int current = pv_choice_->currentIndex();
    pv_choice_->clear();
    for (int i = 0; i < n; ++i) {
        pv_choice_->addItem(QStringLiteral("%1: %2").arg(i + 1).arg(
            QString::fromStdString(site_.candidate().pv_arrays[static_cast<std::size_t>(i)].name)));
    }
    current = std::clamp(current, 0, std::max(0, n - 1));
    pv_choice_->setCurrentIndex(current);
    pv_fields_.clear();
    if (pv_group_ != nullptr) {
        pv_layout_->removeWidget(pv_group_);
        pv_group_->deleteLater();
        pv_group_ = nullptr;
    }
    if (n == 0) {
        pv_group_ = new QLabel(tr("No PV array: the site has no on-site generation. Use "
                                  "\"Add array\" to describe one."));
    } else {
        pv_group_ = scrolled(buildGroup({}, current));
    }
    pv_layout_->addWidget(pv_group_, 1);
}

void SiteEditorPage::onCandidateChanged(const QString& path) {
    const bool pv_count_changed =
        pv_choice_->count() != static_cast<int>(site_.candidate().pv_arrays.size());
    if (path.isEmpty() || pv_count_changed) {
        rebuildPvTab();
        for (ParameterField* f : fields_) f->refresh();
        return;
    }
    if (ParameterField* f = field(path)) f->refresh();
    if (path.endsWith(QLatin1String(".name")) && path.startsWith(QLatin1String("pv_arrays"))) {
        rebuildPvTab();
    }
}

void SiteEditorPage::addPvArray() {
    SiteConfig s = site_.candidate();
    PvArrayConfig a;
    a.name = tr("Array %1").arg(s.pv_arrays.size() + 1).toStdString();
    s.pv_arrays.push_back(a);
    site_.replaceCandidate(s, tr("add PV array"));
    pv_choice_->setCurrentIndex(pv_choice_->count() - 1);
    rebuildPvTab();
}

void SiteEditorPage::removePvArray() {
    SiteConfig s = site_.candidate();
    const int i = pv_choice_->currentIndex();
    if (i < 0 || i >= static_cast<int>(s.pv_arrays.size())) return;
    s.pv_arrays.erase(s.pv_arrays.begin() + i);
    site_.replaceCandidate(s, tr("remove PV array %1").arg(i + 1));
}

QString SiteEditorPage::openSiteFile(const QString& file) {
    try {
        const SiteConfig s = loadSiteConfig(file.toStdString());
        site_.replaceCandidate(s, tr("open %1").arg(file));
        file_status_->setText(tr("Opened %1").arg(file));
        file_status_->setStyleSheet(QString());
        file_status_->show();
        return {};
    } catch (const std::exception& e) {
        const QString why = QString::fromStdString(e.what());
        file_status_->setText(tr("Not opened: %1").arg(why));
        file_status_->setStyleSheet(QStringLiteral("color: #e0483e;"));
        file_status_->show();
        return why;
    }
}

QString SiteEditorPage::saveSiteFile(const QString& file) {
    try {
        saveSiteConfig(site_.candidate(), file.toStdString());
        file_status_->setText(tr("Saved %1").arg(file));
        file_status_->setStyleSheet(QString());
        file_status_->show();
        return {};
    } catch (const std::exception& e) {
        const QString why = QString::fromStdString(e.what());
        file_status_->setText(tr("Not saved: %1").arg(why));
        file_status_->setStyleSheet(QStringLiteral("color: #e0483e;"));
        file_status_->show();
        return why;
    }
}

QString SiteEditorPage::importInputFile(const QString& path_key, const QString& file) {
    QString why = checkInputSeriesFile(path_key, file);
    if (why.isEmpty()) why = site_.setValueText(path_key, file);
    if (import_status_ != nullptr) {
        import_status_->setText(why.isEmpty() ? tr("Imported %1 as %2").arg(file, path_key)
                                              : tr("Refused: %1").arg(why));
        import_status_->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("color: #e0483e;"));
    }
    return why;
}

void SiteEditorPage::openSiteDialog() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open site"), QString(),
                                                      tr("Site JSON (*.json);;All files (*)"));
    if (!file.isEmpty()) openSiteFile(file);
}

void SiteEditorPage::saveSiteDialog() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Save site"), QString(),
                                                      tr("Site JSON (*.json)"));
    if (!file.isEmpty()) saveSiteFile(file);
}

void SiteEditorPage::newSiteWizard() {
    NewSiteWizard wizard(site_.candidate(), this);
    if (wizard.exec() == QDialog::Accepted) {
        site_.replaceCandidate(wizard.site(), tr("new site %1")
                                                  .arg(QString::fromStdString(wizard.site().name)));
    }
}

} // namespace gridtwin::ui
