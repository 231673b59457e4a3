#include "NewSiteWizard.h"

#include "CandidateSite.h"
#include "DataSourcesEditor.h"
#include "InputSeriesEditor.h"
#include "ParameterField.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace gridtwin::ui {

namespace {

// Complete only when no field on the page shows a refusal.
class FieldPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    QList<ParameterField*> fields;
    bool isComplete() const override {
        for (const ParameterField* f : fields) {
            if (!f->errorText().isEmpty()) return false;
        }
        return true;
    }
    void changed() { emit completeChanged(); }
};

// A page holding one editor widget; complete while the editor says its entries are valid.
class EditorPage : public QWizardPage {
public:
    EditorPage(QWidget* editor, std::function<bool()> valid, QWidget* parent)
        : QWizardPage(parent), valid_(std::move(valid)) {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(editor);
    }
    bool isComplete() const override { return valid_(); }
    void changed() { emit completeChanged(); }

private:
    std::function<bool()> valid_;
};

} // namespace

NewSiteWizard::NewSiteWizard(const SiteConfig& start, QWidget* parent)
    : QWizard(parent), draft_(new CandidateSite(start, this)) {
    setWindowTitle(tr("New site"));
    setOption(QWizard::NoBackButtonOnStartPage);
    addFieldPage(tr("Site and location"), tr("Name, coordinates and the IANA time zone that "
                                             "billing periods and reports use."),
                 {QStringLiteral("name"), QStringLiteral("location.latitude_deg"),
                  QStringLiteral("location.longitude_deg"), QStringLiteral("location.elevation_m"),
                  QStringLiteral("location.time_zone")});
    addFieldPage(tr("PV"), tr("The first PV array; add more in the site editor."),
                 {QStringLiteral("pv_arrays[0].name"), QStringLiteral("pv_arrays[0].dc_capacity_kwp"),
                  QStringLiteral("pv_arrays[0].inverter_ac_limit_kw"),
                  QStringLiteral("pv_arrays[0].tilt_deg"), QStringLiteral("pv_arrays[0].azimuth_deg")});
    addFieldPage(tr("Battery"), tr("Usable energy, PCS rating and the SoC window."),
                 {QStringLiteral("bess.capacity_kwh"), QStringLiteral("bess.power_kw"),
                  QStringLiteral("bess.round_trip_efficiency"), QStringLiteral("bess.soc_min_pct"),
                  QStringLiteral("bess.soc_max_pct")});
    addFieldPage(tr("Grid and tariff"), tr("Connection limits and how the peak is billed."),
                 {QStringLiteral("grid.import_limit_kw"), QStringLiteral("grid.export_limit_kw"),
                  QStringLiteral("grid.tariff.energy_price_eur_per_mwh"),
                  QStringLiteral("grid.tariff.demand_charge_eur_per_kw"),
                  QStringLiteral("grid.tariff.billing_interval_s"),
                  QStringLiteral("grid.tariff.demand_period")});
    addFieldPage(tr("GPU cluster"), tr("Size of the cluster and its cooling overhead."),
                 {QStringLiteral("cluster.node_count"), QStringLiteral("cluster.gpus_per_node"),
                  QStringLiteral("cluster.gpu_tdp_w"), QStringLiteral("cluster.pue_min"),
                  QStringLiteral("cluster.target_utilisation")});
    addFieldPage(tr("Controller"), tr("How the battery is driven; tune it on the Tuning page."),
                 {QStringLiteral("controller.kind"), QStringLiteral("controller.peak_threshold_kw"),
                  QStringLiteral("controller.recharge_below_kw"),
                  QStringLiteral("controller.soc_reserve_pct")});

    inputs_ = new InputSeriesEditor(*draft_);
    auto* inputs_page = new EditorPage(inputs_, [this] { return inputs_->valid(); }, this);
    inputs_page->setTitle(tr("Input series"));
    inputs_page->setSubTitle(tr("Weather (PVGIS TMY CSV or JSON), hourly energy price and grid carbon "
                                "intensity. Each file is read when chosen; leave a field empty for the "
                                "bundled or built-in series."));
    connect(inputs_, &InputSeriesEditor::validityChanged, inputs_page, [inputs_page] { inputs_page->changed(); });
    inputs_page_ = addPage(inputs_page);

    sources_ = new DataSourcesEditor(*draft_);
    auto* sources_page = new EditorPage(sources_, [this] { return sources_->valid(); }, this);
    sources_page->setTitle(tr("Data sources and devices"));
    sources_page->setSubTitle(tr("The live source the console opens for this site and the field devices it "
                                 "polls; Scan fills the list from what answers on a gateway."));
    connect(sources_, &DataSourcesEditor::validityChanged, sources_page, [sources_page] { sources_page->changed(); });
    sources_page_ = addPage(sources_page);
}

void NewSiteWizard::addFieldPage(const QString& title, const QString& subtitle,
                                 const QStringList& paths) {
    auto* page = new FieldPage(this);
    page->setTitle(title);
    page->setSubTitle(subtitle);
    auto* form = new QFormLayout(page);
    for (const QString& path : paths) {
        auto* f = new ParameterField(*draft_, path, page);
        page->fields.append(f);
        form->addRow(path.section(QLatin1Char('.'), -1), f);
    }
    connect(draft_, &CandidateSite::candidateChanged, page, [page](const QString& path) {
        for (ParameterField* f : page->fields) {
            if (f->path() == path) f->refresh();
        }
        page->changed();
    });
    // A refusal does not change the draft; re-check completeness when focus leaves a field.
    for (ParameterField* f : page->fields) {
        if (f->lineEdit() != nullptr) {
            connect(f->lineEdit(), &QLineEdit::editingFinished, page, [page] { page->changed(); });
        }
    }
    addPage(page);
}

SiteConfig NewSiteWizard::site() const { return draft_->candidate(); }

} // namespace gridtwin::ui
