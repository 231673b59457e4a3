#include "AlarmListView.h"

#include "AlarmTableModel.h"
#include "LiveSourceAdapter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace gridtwin::ui {

AlarmListView::AlarmListView(LiveSourceAdapter& adapter, QWidget* parent)
    : QWidget(parent), adapter_(adapter),
      model_(new AlarmTableModel(adapter.alarmMonitor(),
                                 QString::fromStdString(adapter.site().location.time_zone), this)),
      table_(new QTableView(this)), ack_button_(new QPushButton(tr("Acknowledge"), this)),
      summary_(new QLabel(this)), ack_action_(new QAction(tr("Acknowledge alarm"), this)) {
    setObjectName(QStringLiteral("alarmListView"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(AlarmTableModel::MessageColumn,
                                                     QHeaderView::Stretch);
    table_->setColumnWidth(AlarmTableModel::TimeColumn, 150);
    table_->setColumnWidth(AlarmTableModel::KindColumn, 190);
    table_->setColumnWidth(AlarmTableModel::StateColumn, 160);

    ack_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    ack_action_->setShortcutContext(Qt::WindowShortcut);
    addAction(ack_action_);
    connect(ack_action_, &QAction::triggered, this, &AlarmListView::acknowledgeSelected);
    ack_button_->setToolTip(tr("Acknowledge the selected alarms (Ctrl+K)"));
    connect(ack_button_, &QPushButton::clicked, this, &AlarmListView::acknowledgeSelected);

    auto* bar = new QHBoxLayout;
    bar->addWidget(summary_, 1);
    bar->addWidget(ack_button_);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    v->addLayout(bar);
    v->addWidget(table_, 1);

    connect(&adapter_, &LiveSourceAdapter::alarmsChanged, this, &AlarmListView::refresh);
    refresh();
}

void AlarmListView::setAcknowledgeAllowed(bool allowed) {
    ack_allowed_ = allowed;
    ack_button_->setVisible(allowed);
    ack_action_->setEnabled(allowed);
    refresh();
}

void AlarmListView::acknowledgeSelected() {
    if (!ack_allowed_) return;
    std::set<std::uint64_t> ids;
    for (const QModelIndex& i : table_->selectionModel()->selectedRows()) {
        if (const Alarm* a = model_->alarmAt(i.row())) ids.insert(a->id);
    }
    if (ids.empty()) {
        for (int row = 0; row < model_->rowCount(); ++row) {
            const Alarm* a = model_->alarmAt(row);
            if (a != nullptr && a->active() && !a->acknowledged) {
                ids.insert(a->id);
                break;
            }
        }
    }
    for (std::uint64_t id : ids) adapter_.acknowledgeAlarm(id);
}

void AlarmListView::refresh() {
    model_->refresh();
    const auto& m = adapter_.alarmMonitor();
    summary_->setText(tr("%1 active, %2 unacknowledged")
                          .arg(m.activeCount())
                          .arg(m.unacknowledgedActiveCount()));
    ack_button_->setEnabled(ack_allowed_ && m.unacknowledgedActiveCount() > 0);
}

} // namespace gridtwin::ui
