#pragma once
// One editable site parameter, built from its ParameterTable entry: a line edit (numbers, text),
// combo box (enums) or check box, the unit beside it, the description, range and default as the
// tooltip, and an inline message when the value was refused (the reason from the table).

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace gridtwin::ui {

class CandidateSite;

class ParameterField : public QWidget {
    Q_OBJECT
public:
    /// path: "bess.capacity_kwh" or "pv_arrays[0].tilt_deg".
    ParameterField(CandidateSite& site, const QString& path, QWidget* parent = nullptr);

    const QString& path() const { return path_; }
    /// Re-reads the candidate's value (after undo, another page's edit, a file opened).
    void refresh();
    /// The refusal shown under the field; empty when the last entry was accepted.
    QString errorText() const;
    /// Submits text as if typed and confirmed (tests, paste).
    void submitText(const QString& text);
    QLineEdit* lineEdit() const { return line_; }

private:
    void commitLine();
    void showError(const QString& why);

    CandidateSite& site_;
    QString path_;
    QLineEdit* line_ = nullptr;
    QComboBox* combo_ = nullptr;
    QCheckBox* check_ = nullptr;
    QLabel* error_;
};

} // namespace gridtwin::ui
