#pragma once
// A strip coloured by the reason that set the battery power in each interval (threshold, recharge
// band, SoC reserve, PCS limit, export cap, ...). Each pixel column shows the reason that
// covers most of its intervals; hovering picks the interval under the cursor.

#include "model/StepRecord.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gridtwin::ui {

QColor reasonColor(Reason r);
/// One line naming the rule or limit ("PCS rating or C-rate limited the power").
QString reasonText(Reason r);
/// Short legend label ("PCS limit").
QString reasonLabel(Reason r);

class ReasonTimeline : public QWidget {
    Q_OBJECT
public:
    explicit ReasonTimeline(QWidget* parent = nullptr);

    void setReasons(std::vector<Reason> reasons);
    /// Interval index at widget x (clamped), or npos when empty.
    std::size_t indexAtX(int x) const;
    /// The most frequent reason of the intervals in pixel column x.
    Reason dominantAtColumn(int x) const;
    std::size_t selected() const { return selected_; }
    void select(std::size_t index);

    QSize sizeHint() const override { return {600, 42}; }
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

signals:
    void hovered(std::size_t index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    std::vector<Reason> reasons_;
    std::size_t selected_ = npos;
};

} // namespace gridtwin::ui
