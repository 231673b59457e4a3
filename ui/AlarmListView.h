#pragma once
// Alarm and event list with acknowledge (button and Ctrl+K) over an AlarmTableModel.

#include <QWidget>

class QTableView;
class QPushButton;
class QLabel;
class QAction;

namespace gridtwin::ui {

class AlarmTableModel;
class LiveSourceAdapter;

class AlarmListView : public QWidget {
    Q_OBJECT
public:
    AlarmListView(LiveSourceAdapter& adapter, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    AlarmTableModel* model() const { return model_; }
    /// The user profile decides whether acknowledging is offered (button and Ctrl+K).
    void setAcknowledgeAllowed(bool allowed);
    bool acknowledgeAllowed() const { return ack_allowed_; }

public slots:
    /// Acknowledges the selected alarms (or the newest unacknowledged one when none is selected).
    void acknowledgeSelected();
    void refresh();

private:
    LiveSourceAdapter& adapter_;
    AlarmTableModel* model_;
    QTableView* table_;
    QPushButton* ack_button_;
    QLabel* summary_;
    QAction* ack_action_;
    bool ack_allowed_ = true;
};

} // namespace gridtwin::ui
