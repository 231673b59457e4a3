#include "TuningPage.h"

#include "CandidateSite.h"
#include "KpiDeltaTable.h"
#include "ParameterField.h"
#include "SliderSpinBox.h"
#include "TuningCharts.h"
#include "model/TimeUtc.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace gridtwin::ui {

namespace {

struct StepChoice {
    const char* label;
    std::int64_t step_ms;
};
constexpr StepChoice kSteps[] = {{"1 min", 60'000}, {"5 min", 300'000}, {"15 min", 900'000},
                                 {"1 h", 3'600'000}};

} // namespace

TuningPage::TuningPage(CandidateSite& site, QWidget* parent)
    : QWidget(parent), site_(site), debounce_(new QTimer(this)), poll_timer_(new QTimer(this)),
      params_form_(nullptr), params_box_(new QWidget(this)),
      period_kind_(new QComboBox(this)), year_(new QSpinBox(this)), month_(new QComboBox(this)),
      step_(new QComboBox(this)), historian_(new QLineEdit(this)),
      history_from_(new QLineEdit(this)), history_to_(new QLineEdit(this)),
      progress_(new QProgressBar(this)), cancel_button_(new QPushButton(tr("Cancel"), this)),
      status_(new QLabel(this)), table_(new KpiDeltaTable(this)), charts_(new TuningCharts(this)) {
    debounce_->setSingleShot(true);
    debounce_->setInterval(kDebounceMs);
    connect(debounce_, &QTimer::timeout, this, &TuningPage::runNow);
    poll_timer_->setInterval(40);
    connect(poll_timer_, &QTimer::timeout, this, &TuningPage::poll);
    // Worker-thread signals only raise a flag (style.md rule 2); poll() pulls the state.
    session_.finished.connect([this](std::uint64_t, TuningState) { finished_flag_ = true; });

    auto* left = new QWidget(this);
    auto* left_layout = new QVBoxLayout(left);
    auto* ctrl_box = new QGroupBox(tr("Controller"), left);
    auto* ctrl_layout = new QVBoxLayout(ctrl_box);
    auto* kind_field = new ParameterField(site_, QStringLiteral("controller.kind"), ctrl_box);
    ctrl_layout->addWidget(kind_field);
    params_form_ = new QFormLayout(params_box_);
    ctrl_layout->addWidget(params_box_);
    auto* floor = new ParameterField(site_, QStringLiteral("controller.month_peak_floor"), ctrl_box);
    auto* floor_row = new QHBoxLayout;
    floor_row->addWidget(new QLabel(tr("Never shave below the month's billed peak"), ctrl_box));
    floor_row->addWidget(floor);
    ctrl_layout->addLayout(floor_row);
    connect(&site_, &CandidateSite::candidateChanged, kind_field, [kind_field, floor](const QString& p) {
        if (p.isEmpty() || p == kind_field->path()) kind_field->refresh();
        if (p.isEmpty() || p == floor->path()) floor->refresh();
    });
    left_layout->addWidget(ctrl_box);

    auto* period_box = new QGroupBox(tr("Period"), left);
    auto* pf = new QFormLayout(period_box);
    period_kind_->addItems({tr("TMY year"), tr("One month"), tr("Recorded history (historian)")});
    period_kind_->setObjectName(QStringLiteral("periodKind"));
    historian_->setObjectName(QStringLiteral("historianFile"));
    history_from_->setObjectName(QStringLiteral("historyFrom"));
    history_to_->setObjectName(QStringLiteral("historyTo"));
    status_->setObjectName(QStringLiteral("tuningStatus"));
    pf->addRow(tr("Period"), period_kind_);
    year_->setRange(2000, 2100);
    year_->setValue(2025);
    pf->addRow(tr("Year (UTC)"), year_);
    for (int m = 1; m <= 12; ++m) month_->addItem(QLocale().monthName(m));
    pf->addRow(tr("Month"), month_);
    for (const StepChoice& s : kSteps) step_->addItem(QString::fromLatin1(s.label), QVariant::fromValue<qint64>(s.step_ms));
    step_->setCurrentIndex(2);
    pf->addRow(tr("Step"), step_);
    auto* hist_row = new QHBoxLayout;
    historian_->setPlaceholderText(tr("historian .sqlite file"));
    hist_row->addWidget(historian_, 1);
    auto* browse = new QPushButton(tr("Browse…"), period_box);
    hist_row->addWidget(browse);
    pf->addRow(tr("History file"), hist_row);
    // Empty = from the start / to the end of the record.
    history_from_->setPlaceholderText(tr("record start, e.g. 2025-03-01T00:00:00Z"));
    history_to_->setPlaceholderText(tr("record end, e.g. 2025-04-01T00:00:00Z"));
    pf->addRow(tr("From (UTC)"), history_from_);
    pf->addRow(tr("To (UTC)"), history_to_);
    left_layout->addWidget(period_box);
    connect(browse, &QPushButton::clicked, this, &TuningPage::browseHistorian);
    const auto period_changed = [this] {
        const int k = period_kind_->currentIndex();
        month_->setEnabled(k == 1);
        year_->setEnabled(k != 2);
        step_->setEnabled(k != 2);
        historian_->setEnabled(k == 2);
        history_from_->setEnabled(k == 2);
        history_to_->setEnabled(k == 2);
        scheduleRun();
    };
    connect(period_kind_, &QComboBox::currentIndexChanged, this, period_changed);
    connect(year_, &QSpinBox::valueChanged, this, &TuningPage::scheduleRun);
    connect(month_, &QComboBox::currentIndexChanged, this, &TuningPage::scheduleRun);
    connect(step_, &QComboBox::currentIndexChanged, this, &TuningPage::scheduleRun);
    connect(historian_, &QLineEdit::editingFinished, this, &TuningPage::scheduleRun);
    connect(history_from_, &QLineEdit::editingFinished, this, &TuningPage::scheduleRun);
    connect(history_to_, &QLineEdit::editingFinished, this, &TuningPage::scheduleRun);
    period_kind_->setCurrentIndex(1);
    month_->setCurrentIndex(6);
    period_changed();

    auto* run_row = new QHBoxLayout;
    auto* run = new QPushButton(tr("Run now"), left);
    run->setShortcut(QKeySequence(Qt::Key_F5));
    run->setToolTip(tr("Re-simulate baseline and candidate now (F5)"));
    run_row->addWidget(run);
    run_row->addWidget(progress_, 1);
    run_row->addWidget(cancel_button_);
    cancel_button_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel_button_->setEnabled(false);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setFormat(QStringLiteral("%p %"));
    left_layout->addLayout(run_row);
    status_->setWordWrap(true);
    left_layout->addWidget(status_);
    left_layout->addStretch(1);
    connect(run, &QPushButton::clicked, this, &TuningPage::runNow);
    connect(cancel_button_, &QPushButton::clicked, this, &TuningPage::cancel);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("tuningResultSplitter"));
    right->addWidget(table_);
    right->addWidget(charts_);
    right->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("tuningSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    rebuildParameters();
    connect(&site_, &CandidateSite::candidateChanged, this, &TuningPage::onCandidateChanged);
    connect(&site_, &CandidateSite::baselineChanged, this, &TuningPage::scheduleRun);
    status_->setText(tr("Edit a parameter: baseline and candidate re-simulate in the background."));
}

TuningPage::~TuningPage() {
    session_.finished.disconnect_all_slots();
    session_.cancel();
}

void TuningPage::rebuildParameters() {
    for (SliderSpinBox* p : params_) p->deleteLater();
    params_.clear();
    while (params_form_->rowCount() > 0) params_form_->removeRow(0);
    const SiteConfig& base = site_.baseline();
    const SiteConfig& cand = site_.candidate();
    const double import_kw = std::max(base.grid.import_limit_kw, cand.grid.import_limit_kw);
    QStringList paths;
    if (cand.controller.kind == ControllerKind::PeakShaving) {
        paths << QStringLiteral("controller.peak_threshold_kw") << QStringLiteral("controller.recharge_below_kw");
    } else if (cand.controller.kind == ControllerKind::SelfConsumption) {
        paths << QStringLiteral("controller.grid_target_kw");
    }
    if (cand.controller.kind != ControllerKind::None) {
        paths << QStringLiteral("controller.soc_reserve_pct");
        // Controller parameters added to the table later (ramp limits, price or carbon
        // thresholds) appear here without a code change.
        for (const ParameterInfo& info : siteParameters()) {
            const QString p = QString::fromStdString(info.path);
            if (p.startsWith(QLatin1String("controller.")) && !paths.contains(p) &&
                p != QLatin1String("controller.grid_target_kw") &&
                p != QLatin1String("controller.peak_threshold_kw") &&
                p != QLatin1String("controller.recharge_below_kw") &&
                (info.kind == ParameterKind::Number || info.kind == ParameterKind::Integer)) {
                paths << p;
            }
        }
        paths << QStringLiteral("bess.soc_min_pct") << QStringLiteral("bess.soc_max_pct")
              << QStringLiteral("bess.power_kw") << QStringLiteral("bess.capacity_kwh");
    }
    for (const QString& p : paths) {
        const ParameterInfo* info = findParameter(p.toStdString());
        if (info == nullptr) continue;
        double lo = info->min;
        double hi = info->max;
        if (info->unit == "kW" && p.startsWith(QLatin1String("controller."))) {
            lo = p.endsWith(QLatin1String("grid_target_kw")) ? -base.grid.export_limit_kw : 0.0;
            hi = import_kw;
        } else if (p == QLatin1String("bess.power_kw")) {
            lo = 0;
            hi = 3 * std::max(1.0, base.bess.power_kw);
        } else if (p == QLatin1String("bess.capacity_kwh")) {
            lo = 0;
            hi = 3 * std::max(1.0, base.bess.capacity_kwh);
        }
        auto* editor = new SliderSpinBox(site_, p, lo, hi, params_box_);
        params_.append(editor);
        auto* label = new QLabel(p.section(QLatin1Char('.'), -1), params_box_);
        label->setToolTip(QString::fromStdString(info->description));
        params_form_->addRow(label, editor);
    }
    if (paths.isEmpty()) {
        params_form_->addRow(new QLabel(tr("Controller \"none\": the battery stays idle; there "
                                           "is nothing to tune."), params_box_));
    }
}

SliderSpinBox* TuningPage::parameterEditor(const QString& path) const {
    for (SliderSpinBox* p : params_) {
        if (p->path() == path) return p;
    }
    return nullptr;
}

void TuningPage::onCandidateChanged(const QString& path) {
    if (path.isEmpty() || path == QLatin1String("controller.kind")) {
        rebuildParameters();
    } else if (SliderSpinBox* p = parameterEditor(path)) {
        p->refresh();
    }
    scheduleRun();
}

TuningPeriod TuningPage::period() const {
    TuningPeriod p;
    p.kind = static_cast<TuningPeriodKind>(period_kind_->currentIndex());
    p.year = year_->value();
    p.month = month_->currentIndex() + 1;
    p.step_ms = step_->currentData().value<qint64>();
    p.historian_path = historian_->text().trimmed().toStdString();
    p.from_ms = parseIsoUtc(history_from_->text().trimmed().toStdString()).value_or(0);
    p.to_ms = parseIsoUtc(history_to_->text().trimmed().toStdString()).value_or(0);
    return p;
}

void TuningPage::setPeriod(const TuningPeriod& p) {
    const QSignalBlocker b1(period_kind_), b2(year_), b3(month_), b4(step_);
    period_kind_->setCurrentIndex(static_cast<int>(p.kind));
    year_->setValue(p.year);
    month_->setCurrentIndex(p.month - 1);
    for (int i = 0; i < step_->count(); ++i) {
        if (step_->itemData(i).value<qint64>() == p.step_ms) step_->setCurrentIndex(i);
    }
    historian_->setText(QString::fromStdString(p.historian_path));
    if (p.from_ms != 0) history_from_->setText(QString::fromStdString(formatIsoUtc(p.from_ms)));
    if (p.to_ms != 0) history_to_->setText(QString::fromStdString(formatIsoUtc(p.to_ms)));
    scheduleRun();
}

TuningRequest TuningPage::currentRequest() const {
    TuningRequest r;
    r.baseline = site_.baseline();
    r.candidate = site_.overrides();
    r.period = period();
    return r;
}

bool TuningPage::running() const {
    const TuningState s = session_.state();
    return s == TuningState::Running || debounce_->isActive();
}

void TuningPage::scheduleRun() { debounce_->start(); }

void TuningPage::runNow() {
    debounce_->stop();
    if (period_kind_->currentIndex() == 2) {
        QString refused;
        if (historian_->text().trimmed().isEmpty())
            refused = tr("Choose a historian file for the history period.");
        for (const auto& [edit, name] : {std::pair{history_from_, tr("From (UTC)")}, std::pair{history_to_, tr("To (UTC)")}}) {
            const QString text = edit->text().trimmed();
            if (refused.isEmpty() && !text.isEmpty() && !parseIsoUtc(text.toStdString()))
                refused = tr("%1: expected a UTC time such as 2025-03-01T00:00:00Z or 2025-03-01, found \"%2\".")
                              .arg(name, text);
        }
        if (!refused.isEmpty()) {
            status_->setText(refused);
            status_->setStyleSheet(QStringLiteral("color: #e0483e;"));
            return;
        }
    }
    if (site_.baseline().pv_arrays.size() != site_.candidate().pv_arrays.size()) {
        status_->setText(tr("The candidate has a different number of PV arrays than the baseline; "
                            "export it as a version to compare further edits against it."));
        return;
    }
    session_.submit(currentRequest());
    cancel_button_->setEnabled(true);
    progress_->setValue(0);
    status_->setText(tr("Simulating baseline, candidate and the case without battery…"));
    poll_timer_->start();
}

void TuningPage::cancel() {
    debounce_->stop();
    session_.cancel();
}

void TuningPage::poll() {
    progress_->setValue(static_cast<int>(session_.progress() * 1000));
    finished_flag_ = false;
    // Not state(): between submit() and the worker taking the request the state is still the
    // previous run's, and stopping then would leave the new result unshown.
    if (!session_.waitIdle(std::chrono::milliseconds(0))) return;
    const TuningState state = session_.state();
    poll_timer_->stop();
    cancel_button_->setEnabled(false);
    if (session_.lastErrorId() != error_id_seen_ && !session_.lastError().empty()) {
        error_id_seen_ = session_.lastErrorId();
        status_->setText(tr("Run refused: %1").arg(QString::fromStdString(session_.lastError())));
        status_->setStyleSheet(QStringLiteral("color: #e0483e;"));
        progress_->setValue(0);
        return;
    }
    if (state == TuningState::Cancelled) {
        status_->setText(tr("Cancelled; the table shows the last completed run."));
        status_->setStyleSheet(QString());
        progress_->setValue(0);
        return;
    }
    std::shared_ptr<const TuningResult> latest = session_.latest();
    if (!latest || latest == shown_) return;
    shown_ = latest;
    status_->setStyleSheet(QString());
    TuningPeriod shown_period = period();
    if (shown_period.kind == TuningPeriodKind::History) { // the range the record resolved to
        shown_period.from_ms = latest->period.start_ms;
        shown_period.to_ms = latest->period.end_ms;
    }
    status_->setText(tr("%1: %2 steps of %3 s each for baseline, candidate and without battery.")
                         .arg(QString::fromStdString(describe(shown_period)))
                         .arg(latest->steps())
                         .arg(latest->period.step_ms / 1000));
    progress_->setValue(1000);
    table_->setDeltas(latest->deltas);
    charts_->setResult(latest);
    emit resultReady(latest);
}

void TuningPage::browseHistorian() {
    const QString f = QFileDialog::getOpenFileName(this, tr("Historian file"), QString(),
                                                   tr("Historian (*.sqlite *.db);;All files (*)"));
    if (!f.isEmpty()) {
        historian_->setText(f);
        scheduleRun();
    }
}

} // namespace gridtwin::ui
