#pragma once
// Heatmap of one KPI over a two-parameter sweep: cells in sweep order (x = second axis, y = first
// axis), a blue-to-red colour scale with its range, values on hover as tooltips.

#include <QString>
#include <QWidget>

#include <vector>

namespace gridtwin::ui {

class HeatmapView : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapView(QWidget* parent = nullptr);
    /// values[row * columns + col]; NaN = variant not finished (drawn hatched).
    void setData(std::vector<double> x_values, std::vector<double> y_values,
                 std::vector<double> values, QString x_title, QString y_title, QString value_title);
    QSize sizeHint() const override { return {500, 360}; }
    /// Colour of a value at fraction f (0 = lowest, 1 = highest) of the range.
    static QColor scaleColor(double f);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* e) override;

private:
    QRectF plotRect() const;

    std::vector<double> x_;
    std::vector<double> y_;
    std::vector<double> v_;
    QString x_title_;
    QString y_title_;
    QString v_title_;
};

} // namespace gridtwin::ui
