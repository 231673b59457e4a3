#include "SliderSpinBox.h"

#include "CandidateSite.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace gridtwin::ui {

SliderSpinBox::SliderSpinBox(CandidateSite& site, const QString& path, double slider_min,
                             double slider_max, QWidget* parent)
    : QWidget(parent), site_(site), path_(path), slider_min_(slider_min),
      slider_max_(std::max(slider_max, slider_min + 1e-9)),
      slider_(new QSlider(Qt::Horizontal, this)), spin_(new QDoubleSpinBox(this)),
      error_(new QLabel(this)) {
    const auto r = resolveParameter(site.candidate(), path);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(slider_, 0, 0);
    grid->addWidget(spin_, 0, 1);
    grid->addWidget(error_, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    error_->setStyleSheet(QStringLiteral("color: #e0483e;"));
    error_->setWordWrap(true);
    error_->hide();
    slider_->setRange(0, kSliderSteps);
    if (r) {
        const ParameterInfo& info = *r->info;
        spin_->setRange(info.min, info.max);
        const bool is_int = info.kind == ParameterKind::Integer;
        const double span = slider_max_ - slider_min_;
        spin_->setDecimals(is_int ? 0 : (span >= 1000 ? 0 : span >= 10 ? 1 : 3));
        spin_->setSingleStep(is_int ? 1.0 : std::pow(10.0, std::floor(std::log10(span)) - 2));
        spin_->setSuffix(info.unit.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(info.unit));
        spin_->setKeyboardTracking(false);
        const QString tip = QString::fromStdString(info.description + "\n" + info.expectedText());
        slider_->setToolTip(tip);
        spin_->setToolTip(tip);
        spin_->setAccessibleName(path);
    }
    refresh();
    connect(slider_, &QSlider::sliderPressed, this, [this] { drag_started_ = true; });
    connect(slider_, &QSlider::valueChanged, this, [this](int s) {
        if (updating_) return;
        // The first move of a drag opens an undo step; the rest of the drag merges into it.
        const bool continues = slider_->isSliderDown() && !drag_started_;
        drag_started_ = false;
        submit(fromSlider(s), continues);
    });
    connect(spin_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!updating_) submit(v, false);
    });
}

int SliderSpinBox::toSlider(double v) const {
    const double f = (v - slider_min_) / (slider_max_ - slider_min_);
    return static_cast<int>(std::lround(std::clamp(f, 0.0, 1.0) * kSliderSteps));
}

double SliderSpinBox::fromSlider(int s) const {
    const double v = slider_min_ + (slider_max_ - slider_min_) * s / kSliderSteps;
    // Round to the spin box's resolution so the undo text and the table show clean numbers.
    const double q = std::pow(10.0, spin_->decimals());
    return std::round(v * q) / q;
}

void SliderSpinBox::submit(double v, bool continues_previous) {
    const auto r = resolveParameter(site_.candidate(), path_);
    if (!r) return;
    const ParameterValue value = r->info->kind == ParameterKind::Integer
                                     ? ParameterValue(static_cast<std::int64_t>(std::llround(v)))
                                     : ParameterValue(v);
    const QString why = site_.setValue(path_, value, continues_previous);
    error_->setText(why);
    error_->setVisible(!why.isEmpty());
    if (!why.isEmpty()) refresh();
}

void SliderSpinBox::refresh() {
    const ParameterValue v = site_.value(path_);
    double d = 0;
    if (const auto* p = std::get_if<double>(&v)) d = *p;
    if (const auto* p = std::get_if<std::int64_t>(&v)) d = static_cast<double>(*p);
    updating_ = true;
    spin_->setValue(d);
    if (!slider_->isSliderDown()) slider_->setValue(toSlider(d));
    updating_ = false;
}

QString SliderSpinBox::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

} // namespace gridtwin::ui
