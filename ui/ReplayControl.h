#pragma once
// The console's seek control, shown only while the source is a replay: a slider over the log's
// time range and a UTC time field. Dragging previews the time; releasing the slider or editing
// the field seeks (ReplaySource::seek), after which the adapter clears the trends.

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QSlider;

namespace gridtwin {
class ReplaySource;
}

namespace gridtwin::ui {

class LiveSourceAdapter;

class ReplayControl : public QWidget {
    Q_OBJECT
public:
    explicit ReplayControl(LiveSourceAdapter& adapter, QWidget* parent = nullptr);

    /// The replay shown, or nullptr (then the control is hidden).
    ReplaySource* replay() const;
    /// Seeks the replay to time_ms (clamped to the log); false when the source is no replay.
    bool seekTo(std::int64_t time_ms);
    QSlider* slider() const { return slider_; }

public slots:
    /// Follows the source (shown or hidden) and the replay position; call on the UI tick.
    void refresh();

private:
    std::int64_t sliderTimeMs(int value) const;

    LiveSourceAdapter& adapter_;
    QSlider* slider_;
    QDateTimeEdit* time_;
    QLabel* label_;
    static constexpr int kSliderSteps = 10000;
    static constexpr int kRefreshMs = 250;
};

} // namespace gridtwin::ui
