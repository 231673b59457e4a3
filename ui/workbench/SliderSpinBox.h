#pragma once
// A numeric site parameter as a slider + spin box pair with its unit, bound to the candidate:
// the spin box takes any value the parameter table allows, the slider spans a practical range
// (for example 0 to the grid import limit for a threshold). A slider drag is one undo step.

#include <QString>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace gridtwin::ui {

class CandidateSite;

class SliderSpinBox : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSliderSteps = 1000;

    SliderSpinBox(CandidateSite& site, const QString& path, double slider_min, double slider_max,
                  QWidget* parent = nullptr);

    const QString& path() const { return path_; }
    QDoubleSpinBox* spinBox() const { return spin_; }
    QSlider* slider() const { return slider_; }
    /// Re-reads the candidate (after undo or another page's edit).
    void refresh();
    /// The refusal of the last edit, empty when accepted.
    QString errorText() const;

private:
    void submit(double v, bool continues_previous);
    int toSlider(double v) const;
    double fromSlider(int s) const;

    CandidateSite& site_;
    QString path_;
    double slider_min_;
    double slider_max_;
    QSlider* slider_;
    QDoubleSpinBox* spin_;
    QLabel* error_;
    bool updating_ = false;
    bool drag_started_ = false;
};

} // namespace gridtwin::ui
