#include "ReplayControl.h"

#include "LiveSourceAdapter.h"
#include "io/ReplaySource.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace gridtwin::ui {

ReplayControl::ReplayControl(LiveSourceAdapter& adapter, QWidget* parent)
    : QWidget(parent), adapter_(adapter), slider_(new QSlider(Qt::Horizontal, this)),
      time_(new QDateTimeEdit(this)), label_(new QLabel(tr("Replay"), this)) {
    slider_->setRange(0, kSliderSteps);
    slider_->setMinimumWidth(200);
    slider_->setToolTip(tr("Position in the recorded log; release to seek"));
    time_->setTimeSpec(Qt::UTC);
    time_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    time_->setToolTip(tr("Seek to this time (UTC)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(slider_, 1);
    layout->addWidget(time_);
    connect(slider_, &QSlider::sliderMoved, this, [this](int v) {
        const QSignalBlocker block(time_);
        time_->setDateTime(QDateTime::fromMSecsSinceEpoch(sliderTimeMs(v), QTimeZone::utc()));
    });
    connect(slider_, &QSlider::sliderReleased, this, [this] { seekTo(sliderTimeMs(slider_->value())); });
    connect(time_, &QDateTimeEdit::editingFinished, this,
            [this] { seekTo(time_->dateTime().toMSecsSinceEpoch()); });
    connect(&adapter_, &LiveSourceAdapter::sourceChanged, this, &ReplayControl::refresh);
    auto* timer = new QTimer(this); // the position moves with the replay: a few updates a second
    timer->setInterval(kRefreshMs);
    connect(timer, &QTimer::timeout, this, &ReplayControl::refresh);
    timer->start();
    refresh();
}

ReplaySource* ReplayControl::replay() const { return dynamic_cast<ReplaySource*>(&adapter_.source()); }

std::int64_t ReplayControl::sliderTimeMs(int value) const {
    const ReplaySource* r = replay();
    if (!r) return 0;
    const double f = static_cast<double>(value) / kSliderSteps;
    return r->firstMs() + static_cast<std::int64_t>(f * static_cast<double>(r->lastMs() - r->firstMs()));
}

bool ReplayControl::seekTo(std::int64_t time_ms) {
    ReplaySource* r = replay();
    if (!r) return false;
    r->seek(std::clamp(time_ms, r->firstMs(), r->lastMs()));
    refresh();
    return true;
}

void ReplayControl::refresh() {
    const ReplaySource* r = replay();
    setVisible(r != nullptr);
    if (!r || slider_->isSliderDown() || time_->hasFocus()) return;
    const std::int64_t span = std::max<std::int64_t>(1, r->lastMs() - r->firstMs());
    const std::int64_t pos = r->positionMs();
    const QSignalBlocker block_slider(slider_);
    const QSignalBlocker block_time(time_);
    time_->setDateTimeRange(QDateTime::fromMSecsSinceEpoch(r->firstMs(), QTimeZone::utc()),
                            QDateTime::fromMSecsSinceEpoch(r->lastMs(), QTimeZone::utc()));
    slider_->setValue(static_cast<int>(static_cast<double>(pos - r->firstMs()) / static_cast<double>(span) * kSliderSteps));
    time_->setDateTime(QDateTime::fromMSecsSinceEpoch(pos, QTimeZone::utc()));
}

} // namespace gridtwin::ui
