#include "SweepPage.h"

#include "CandidateSite.h"
#include "HeatmapView.h"
#include "ParetoView.h"
#include "model/InputError.h"
#include "model/ParameterTable.h"
#include "tune/SweepCsvWriter.h"
#include "tune/TuningPeriod.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <exception>
#include <limits>

namespace gridtwin::ui {

namespace {

// Objective sets offered for the Pareto front; the scatter shows cost and peak.
const std::vector<std::vector<Objective>>& objectiveSets() {
    static const std::vector<std::vector<Objective>> sets = {
        {Objective::Cost, Objective::Peak},
        {Objective::Cost, Objective::Peak, Objective::Emissions},
        {Objective::Cost, Objective::Peak, Objective::Emissions, Objective::Cycles}};
    return sets;
}

double objectiveOf(const SimulationKpis& k, Objective o) {
    return objectiveValues(k, {o}).front();
}

} // namespace

SweepPage::SweepPage(CandidateSite& site, QWidget* parent)
    : QWidget(parent), site_(site), second_(new QCheckBox(tr("Second parameter"), this)),
      objectives_(new QComboBox(this)), kpi_(new QComboBox(this)), colour_(new QComboBox(this)),
      month_(new QComboBox(this)), step_(new QComboBox(this)),
      start_button_(new QPushButton(tr("Run sweep"), this)),
      cancel_button_(new QPushButton(tr("Cancel"), this)),
      export_button_(new QPushButton(tr("Export CSV…"), this)), progress_(new QProgressBar(this)),
      status_(new QLabel(this)), kpi_view_(new QStackedWidget(this)),
      heatmap_(new HeatmapView(this)), line_(new QChartView(new QChart, this)),
      pareto_(new ParetoView(this)), poll_timer_(new QTimer(this)) {
    auto* left = new QWidget(this);
    auto* lv = new QVBoxLayout(left);
    auto* box = new QGroupBox(tr("Parameters"), left);
    auto* form = new QFormLayout(box);
    axes_[0] = buildAxis(form, 0);
    form->addRow(second_);
    axes_[1] = buildAxis(form, 1);
    lv->addWidget(box);
    auto* opts = new QGroupBox(tr("Run"), left);
    auto* of = new QFormLayout(opts);
    month_->addItem(tr("whole TMY year"));
    for (int m = 1; m <= 12; ++m) month_->addItem(QLocale().monthName(m));
    month_->setCurrentIndex(7);
    of->addRow(tr("Period"), month_);
    step_->addItem(QStringLiteral("15 min"), 900);
    step_->addItem(QStringLiteral("1 h"), 3600);
    of->addRow(tr("Step"), step_);
    objectives_->addItems({tr("cost, peak"), tr("cost, peak, emissions"),
                           tr("cost, peak, emissions, cycles")});
    of->addRow(tr("Pareto over"), objectives_);
    for (Objective o : kAllObjectives) {
        const QString unit = QString::fromLatin1(objectiveUnit(o));
        kpi_->addItem(QString::fromLatin1(objectiveName(o)) + (unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit)),
                      static_cast<int>(o));
    }
    of->addRow(tr("KPI shown"), kpi_);
    colour_->addItems({tr("emissions"), tr("equivalent full cycles")});
    of->addRow(tr("Pareto colour"), colour_);
    lv->addWidget(opts);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_button_);
    buttons->addWidget(cancel_button_);
    buttons->addWidget(export_button_);
    lv->addLayout(buttons);
    progress_->setRange(0, 1000);
    lv->addWidget(progress_);
    status_->setWordWrap(true);
    lv->addWidget(status_);
    lv->addStretch(1);
    cancel_button_->setEnabled(false);
    export_button_->setEnabled(false);
    start_button_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    start_button_->setToolTip(tr("Run every variant on all cores (Ctrl+Return)"));

    auto* lc = line_->chart();
    lc->legend()->hide();
    kpi_view_->addWidget(heatmap_);
    kpi_view_->addWidget(line_);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("sweepResultSplitter"));
    right->addWidget(kpi_view_);
    right->addWidget(pareto_);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("sweepSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(start_button_, &QPushButton::clicked, this, &SweepPage::start);
    connect(cancel_button_, &QPushButton::clicked, this, &SweepPage::cancel);
    connect(export_button_, &QPushButton::clicked, this, &SweepPage::exportDialog);
    connect(second_, &QCheckBox::toggled, this, &SweepPage::setSecondAxisEnabled);
    connect(kpi_, &QComboBox::currentIndexChanged, this, &SweepPage::showResults);
    connect(colour_, &QComboBox::currentIndexChanged, this, &SweepPage::showResults);
    poll_timer_->setInterval(50);
    connect(poll_timer_, &QTimer::timeout, this, &SweepPage::poll);

    setAxis(0, QStringLiteral("controller.peak_threshold_kw"), 9000, 13000, 500);
    setAxis(1, QStringLiteral("controller.soc_reserve_pct"), 0, 40, 10);
    setSecondAxisEnabled(true);
    status_->setText(tr("Choose ranges and run: every variant is the candidate site with the "
                        "swept values."));
}

SweepPage::~SweepPage() {
    if (runner_) {
        runner_->completed.disconnect_all_slots();
        runner_->cancel();
    }
}

SweepAxisEditor SweepPage::buildAxis(QFormLayout* form, int axis) {
    SweepAxisEditor e;
    e.parameter = new QComboBox(this);
    for (const ParameterInfo& info : siteParameters()) {
        if (info.perPvArray()) continue;
        if (info.kind == ParameterKind::Number || info.kind == ParameterKind::Integer) {
            e.parameter->addItem(QString::fromStdString(info.path));
        }
    }
    e.from = new QDoubleSpinBox(this);
    e.to = new QDoubleSpinBox(this);
    e.step = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* b : {e.from, e.to, e.step}) {
        b->setRange(-1e9, 1e9);
        b->setDecimals(3);
        b->setKeyboardTracking(false);
    }
    const QString n = QString::number(axis + 1);
    form->addRow(tr("Parameter %1").arg(n), e.parameter);
    auto* row = new QHBoxLayout;
    row->addWidget(e.from);
    row->addWidget(new QLabel(QStringLiteral("…"), this));
    row->addWidget(e.to);
    row->addWidget(new QLabel(tr("step"), this));
    row->addWidget(e.step);
    form->addRow(tr("Range %1").arg(n), row);
    connect(e.parameter, &QComboBox::activated, this, [this, axis](int) { onParameterChosen(axis); });
    return e;
}

void SweepPage::onParameterChosen(int axis) {
    const ParameterInfo* info = findParameter(axes_[axis].parameter->currentText().toStdString());
    if (info == nullptr) return;
    const QString suffix = info->unit.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(info->unit);
    const ParameterValue pv = site_.value(QString::fromStdString(info->path));
    const double v = std::holds_alternative<std::int64_t>(pv)
                         ? static_cast<double>(std::get<std::int64_t>(pv))
                         : std::get<double>(pv);
    // Around the candidate's value: ±20 % in 5 steps, inside the table range.
    const double lo = std::max(info->min, v * 0.8), hi = std::min(info->max, v * 1.2);
    for (QDoubleSpinBox* b : {axes_[axis].from, axes_[axis].to, axes_[axis].step}) b->setSuffix(suffix);
    axes_[axis].from->setValue(lo);
    axes_[axis].to->setValue(hi);
    axes_[axis].step->setValue(hi > lo ? (hi - lo) / 4 : 1);
}

void SweepPage::setAxis(int axis, const QString& parameter, double from, double to, double step) {
    axes_[axis].parameter->setCurrentText(parameter);
    const ParameterInfo* info = findParameter(parameter.toStdString());
    const QString suffix = info == nullptr || info->unit.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(info->unit);
    for (QDoubleSpinBox* b : {axes_[axis].from, axes_[axis].to, axes_[axis].step}) b->setSuffix(suffix);
    axes_[axis].from->setValue(from);
    axes_[axis].to->setValue(to);
    axes_[axis].step->setValue(step);
    if (axis == 1) setSecondAxisEnabled(true);
}

void SweepPage::setSecondAxisEnabled(bool on) {
    second_->setChecked(on);
    for (QWidget* w : std::initializer_list<QWidget*>{axes_[1].parameter, axes_[1].from, axes_[1].to, axes_[1].step}) {
        w->setEnabled(on);
    }
}

void SweepPage::setPeriod(int month, int step_s) {
    month_->setCurrentIndex(month);
    step_->setCurrentIndex(step_s == 3600 ? 1 : 0);
}

std::optional<SweepSpec> SweepPage::currentSpec(QString* why) const {
    SweepSpec spec;
    const int n = second_->isChecked() ? 2 : 1;
    for (int a = 0; a < n; ++a) {
        const std::string path = axes_[a].parameter->currentText().toStdString();
        const ParameterInfo* info = findParameter(path);
        const double from = axes_[a].from->value(), to = axes_[a].to->value(), step = axes_[a].step->value();
        const QString name = QString::fromStdString(path);
        if (info == nullptr) {
            *why = tr("unknown parameter %1").arg(name);
            return std::nullopt;
        }
        if (a == 1 && path == spec.axes[0].parameter) {
            *why = tr("the two axes sweep the same parameter %1").arg(name);
            return std::nullopt;
        }
        if (!(step > 0) || to < from) {
            *why = tr("%1: expected from <= to and a step > 0, found %2 … %3 step %4")
                       .arg(name).arg(from).arg(to).arg(step);
            return std::nullopt;
        }
        SweepAxis axis;
        axis.parameter = path;
        axis.unit = info->unit;
        axis.integer = info->kind == ParameterKind::Integer;
        const auto count = static_cast<std::size_t>(std::floor((to - from) / step + 1e-9)) + 1;
        if (count > kMaxSweepVariants) {
            *why = tr("%1: %2 values, more than a sweep may have").arg(name).arg(count);
            return std::nullopt;
        }
        for (std::size_t i = 0; i < count; ++i) {
            double v = from + step * static_cast<double>(i);
            if (axis.integer) v = std::round(v);
            const ParameterValue pv = axis.integer ? ParameterValue(static_cast<std::int64_t>(v)) : ParameterValue(v);
            const std::string bad = checkParameterValue(*info, pv);
            if (!bad.empty()) {
                *why = tr("%1: expected %2, found %3").arg(name, QString::fromStdString(bad)).arg(v);
                return std::nullopt;
            }
            if (axis.values.empty() || axis.values.back() != v) axis.values.push_back(v);
        }
        spec.axes.push_back(std::move(axis));
    }
    spec.objectives = objectiveSets()[static_cast<std::size_t>(objectives_->currentIndex())];
    if (spec.variantCount() > kMaxSweepVariants) {
        *why = tr("%1 variants, more than %2").arg(spec.variantCount()).arg(kMaxSweepVariants);
        return std::nullopt;
    }
    return spec;
}

void SweepPage::start() {
    if (running()) return;
    QString why;
    const std::optional<SweepSpec> spec = currentSpec(&why);
    if (!spec) {
        status_->setText(tr("Not started: %1").arg(why));
        return;
    }
    TuningPeriod tp;
    tp.kind = month_->currentIndex() == 0 ? TuningPeriodKind::Year : TuningPeriodKind::Month;
    tp.month = std::max(1, month_->currentIndex());
    tp.step_ms = static_cast<std::int64_t>(step_->currentData().toInt()) * 1000;
    try {
        runner_ = std::make_unique<SweepRunner>(site_.candidate(), *spec, simulationPeriod(tp));
        runner_->completed.connect([this] { completed_flag_ = true; });
        completed_flag_ = false;
        runner_->start();
    } catch (const std::exception& e) {
        runner_.reset();
        status_->setText(tr("Not started: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    status_->setText(tr("Running %1 variants of %2 on all cores…")
                         .arg(spec->variantCount()).arg(QString::fromStdString(describe(tp))));
    start_button_->setEnabled(false);
    cancel_button_->setEnabled(true);
    export_button_->setEnabled(false);
    progress_->setValue(0);
    poll_timer_->start();
}

void SweepPage::cancel() {
    if (runner_) runner_->cancel();
}

void SweepPage::poll() {
    if (!runner_) return;
    progress_->setValue(static_cast<int>(runner_->progress() * 1000));
    if (!completed_flag_.load() && !runner_->finished()) return;
    runner_->wait();
    poll_timer_->stop();
    results_ = runner_->results();
    runner_.reset();
    start_button_->setEnabled(true);
    cancel_button_->setEnabled(false);
    export_button_->setEnabled(!results_.variants.empty());
    std::size_t done = 0;
    QString first_error;
    for (const SweepVariantResult& v : results_.variants) {
        done += v.done ? 1 : 0;
        if (first_error.isEmpty() && !v.error.empty()) first_error = QString::fromStdString(v.error);
    }
    QString text = tr("%1 of %2 variants in %3 s on %4 threads%5.")
                       .arg(done).arg(results_.variants.size())
                       .arg(QLocale().toString(results_.elapsed_s, 'f', 1)).arg(results_.threads)
                       .arg(results_.cancelled ? tr(" (cancelled)") : QString());
    if (!first_error.isEmpty()) text += QLatin1Char(' ') + tr("Refused variant: %1").arg(first_error);
    status_->setText(text);
    progress_->setValue(results_.cancelled ? progress_->value() : 1000);
    showResults();
    emit sweepFinished();
}

void SweepPage::showResults() {
    const SweepSpec& spec = results_.spec;
    if (results_.variants.empty() || spec.axes.empty()) return;
    const auto o = static_cast<Objective>(kpi_->currentData().toInt());
    const QString kpi_title = kpi_->currentText();
    std::vector<double> values;
    values.reserve(results_.variants.size());
    for (const SweepVariantResult& v : results_.variants) {
        values.push_back(v.done ? objectiveOf(v.kpis, o) : std::numeric_limits<double>::quiet_NaN());
    }
    const auto axis_title = [](const SweepAxis& a) {
        return QString::fromStdString(a.parameter) + (a.unit.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(a.unit)));
    };
    if (spec.axes.size() == 2) {
        // variantValues: axis 0 slowest, so values[i0 * n1 + i1] = rows of axis 0, columns of axis 1.
        heatmap_->setData(spec.axes[1].values, spec.axes[0].values, values, axis_title(spec.axes[1]),
                          axis_title(spec.axes[0]), kpi_title);
        kpi_view_->setCurrentWidget(heatmap_);
    } else {
        QChart* c = line_->chart();
        c->removeAllSeries();
        for (QAbstractAxis* a : c->axes()) {
            c->removeAxis(a);
            delete a;
        }
        auto* s = new QLineSeries;
        s->setPointsVisible(true);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (std::isfinite(values[i])) s->append(spec.axes[0].values[i], values[i]);
        }
        c->addSeries(s);
        c->createDefaultAxes();
        c->axes(Qt::Horizontal).first()->setTitleText(axis_title(spec.axes[0]));
        c->axes(Qt::Vertical).first()->setTitleText(kpi_title);
        c->setTitle(tr("%1 against %2").arg(kpi_title, QString::fromStdString(spec.axes[0].parameter)));
        kpi_view_->setCurrentWidget(line_);
    }
    pareto_->setResults(results_, colour_->currentIndex() == 0 ? ParetoView::ColourBy::Emissions
                                                               : ParetoView::ColourBy::Cycles);
}

QString SweepPage::exportCsv(const QString& file) const {
    try {
        writeSweepCsv(file.toStdString(), results_);
        return {};
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
}

void SweepPage::exportDialog() {
    const QString f = QFileDialog::getSaveFileName(this, tr("Export sweep"), QStringLiteral("sweep.csv"),
                                                   tr("CSV (*.csv)"));
    if (f.isEmpty()) return;
    const QString why = exportCsv(f);
    status_->setText(why.isEmpty() ? tr("Exported %1").arg(f) : tr("Not exported: %1").arg(why));
}

} // namespace gridtwin::ui
