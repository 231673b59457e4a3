#pragma once
// The input series of a site (PVGIS TMY weather, hourly price, hourly carbon intensity): one row
// per file with a picker, each chosen file read right away by its core reader. The reader's error
// (file, line, expected, found) shows under the row and the editor is invalid until the file is
// replaced or cleared; an empty path means the bundled weather or the labelled built-in profile.

#include <QMap>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace gridtwin::ui {

class CandidateSite;

/// Reads file with the core reader for path_key ("inputs.weather_file", "inputs.price_file",
/// "inputs.carbon_file"). Returns the reader's error text, or "" and sets *summary to what was
/// read ("PVGIS TMY 45.000N 8.000E ...", "8760 hourly values from 2024-01-01 00:00 UTC").
QString checkInputSeriesFile(const QString& path_key, const QString& file,
                             QString* summary = nullptr);

class InputSeriesEditor : public QWidget {
    Q_OBJECT
public:
    explicit InputSeriesEditor(CandidateSite& site, QWidget* parent = nullptr);

    /// As if the file was picked: read it and, when it reads, store it in the candidate (one undo
    /// step). Empty selects the bundled or built-in series. Returns the refusal or "".
    QString setFile(const QString& path_key, const QString& file);
    /// The refusal shown under the row; empty when the row holds a readable file or is empty.
    QString errorText(const QString& path_key) const;
    /// What the row says about the series in use (the bundled/built-in label when empty).
    QString statusText(const QString& path_key) const;
    bool valid() const;
    /// Re-reads the candidate's paths (after undo or a file opened) and checks them again.
    void refresh();

signals:
    void validityChanged();

private:
    struct Row {
        QLineEdit* path = nullptr;
        QLabel* status = nullptr;
        QString error;
    };
    void showStatus(const QString& path_key, const QString& summary);

    CandidateSite& site_;
    QMap<QString, Row> rows_;
};

} // namespace gridtwin::ui
