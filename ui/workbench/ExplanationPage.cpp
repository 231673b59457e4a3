#include "ExplanationPage.h"

#include "ReasonTimeline.h"
#include "model/TimeUtc.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <array>

namespace gridtwin::ui {

namespace {

QString kw(double v) { return QLocale().toString(v, 'f', 0) + QStringLiteral(" kW"); }

} // namespace

ExplanationPage::ExplanationPage(QWidget* parent)
    : QWidget(parent), whole_(new ReasonTimeline(this)), day_(new ReasonTimeline(this)),
      day_title_(new QLabel(this)), legend_(nullptr), legend_box_(new QGroupBox(tr("Legend"), this)),
      detail_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which rule or limit set the candidate's battery power, per "
                                     "interval (whole period; click to zoom into that day):"), this));
    layout->addWidget(whole_);
    layout->addWidget(day_title_);
    layout->addWidget(day_);
    legend_ = new QGridLayout(legend_box_);
    layout->addWidget(legend_box_);
    detail_->setWordWrap(true);
    detail_->setTextFormat(Qt::RichText);
    detail_->setMinimumHeight(120);
    detail_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* detail_box = new QGroupBox(tr("Interval under the cursor"), this);
    auto* db = new QVBoxLayout(detail_box);
    db->addWidget(detail_);
    layout->addWidget(detail_box);
    layout->addStretch(1);
    detail_->setText(tr("Run a tuning comparison first; then move the mouse over the timeline."));
    connect(whole_, &ReasonTimeline::hovered, this, &ExplanationPage::showInterval);
    connect(whole_, &ReasonTimeline::hovered, this, [this](std::size_t i) {
        if (whole_->selected() == i) zoomTo(i);
    });
    connect(day_, &ReasonTimeline::hovered, this,
            [this](std::size_t i) { showInterval(day_first_ + i); });
}

void ExplanationPage::setResult(std::shared_ptr<const TuningResult> result) {
    result_ = std::move(result);
    whole_->setReasons(result_ ? result_->candidate_series.reason : std::vector<Reason>{});
    rebuildLegend();
    if (result_ && result_->steps() > 0) {
        // Open on the interval of the candidate's highest grid import: the one a peak bill cares about.
        const auto& g = result_->candidate_series.grid_kw;
        const std::size_t peak = static_cast<std::size_t>(std::max_element(g.begin(), g.end()) - g.begin());
        whole_->select(peak);
        zoomTo(peak);
        showInterval(peak);
    }
}

void ExplanationPage::zoomTo(std::size_t i) {
    if (!result_ || i >= result_->steps()) return;
    const std::int64_t day_ms = 86'400'000;
    const std::int64_t t = result_->timeMs(i);
    const std::int64_t day_start = t - ((t % day_ms) + day_ms) % day_ms;
    const std::int64_t step = result_->period.step_ms;
    const std::int64_t first = std::max<std::int64_t>(0, (day_start - result_->period.start_ms) / step);
    const std::size_t last = std::min(result_->steps(), static_cast<std::size_t>(first + day_ms / step));
    day_first_ = static_cast<std::size_t>(first);
    const auto& r = result_->candidate_series.reason;
    day_->setReasons(std::vector<Reason>(r.begin() + static_cast<std::ptrdiff_t>(day_first_),
                                         r.begin() + static_cast<std::ptrdiff_t>(last)));
    day_->select(i - day_first_);
    day_title_->setText(tr("Day %1 (UTC), 00:00 to 24:00:")
                            .arg(QString::fromStdString(formatIsoUtc(day_start).substr(0, 10))));
}

void ExplanationPage::rebuildLegend() {
    while (QLayoutItem* item = legend_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    std::array<std::size_t, static_cast<std::size_t>(Reason::Count)> count{};
    const std::size_t n = result_ ? result_->steps() : 0;
    if (result_) {
        for (Reason r : result_->candidate_series.reason) ++count[static_cast<std::size_t>(r)];
    }
    int cell = 0;
    for (std::size_t k = 0; k < count.size(); ++k) {
        const auto r = static_cast<Reason>(k);
        auto* swatch = new QLabel(legend_box_);
        swatch->setFixedSize(14, 14);
        swatch->setStyleSheet(QStringLiteral("background: %1;").arg(reasonColor(r).name()));
        const double share = n > 0 ? 100.0 * static_cast<double>(count[k]) / static_cast<double>(n) : 0.0;
        auto* text = new QLabel(n > 0 ? tr("%1 (%2 % of the time)").arg(reasonLabel(r), QLocale().toString(share, 'f', 1))
                                      : reasonLabel(r),
                                legend_box_);
        text->setToolTip(reasonText(r));
        legend_->addWidget(swatch, cell / 3, (cell % 3) * 2);
        legend_->addWidget(text, cell / 3, (cell % 3) * 2 + 1);
        ++cell;
    }
}

void ExplanationPage::showInterval(std::size_t i) {
    if (!result_ || i >= result_->steps()) return;
    const TuningResult& r = *result_;
    const Reason reason = r.candidate_series.reason[i];
    const double grid = r.candidate_series.grid_kw[i];
    const double bess = r.candidate_series.bess_kw[i];
    const double without = r.counterfactual_grid_kw[i];
    const QString bess_text = bess > 0.5 ? tr("discharging %1").arg(kw(bess))
                              : bess < -0.5 ? tr("charging %1").arg(kw(-bess))
                                            : tr("idle");
    detail_->setText(
        tr("<b>%1 UTC</b> (%2 min interval)<br><span style='color:%3'>■</span> <b>%4</b>: %5<br>"
           "Battery: %6, SoC %7 %<br>Grid import with the candidate: %8<br>"
           "Grid import without the battery (counterfactual): %9<br>Baseline grid import: %10")
            .arg(QString::fromStdString(formatIsoUtc(r.timeMs(i))))
            .arg(r.period.step_ms / 60'000)
            .arg(reasonColor(reason).name(), reasonLabel(reason), reasonText(reason), bess_text,
                 QLocale().toString(static_cast<double>(r.candidate_series.soc_pct[i]), 'f', 1),
                 kw(grid), kw(without), kw(r.baseline_series.grid_kw[i])));
}

QString ExplanationPage::detailText() const { return detail_->text(); }

} // namespace gridtwin::ui
