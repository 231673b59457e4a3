#include "VersionHistoryPanel.h"

#include "CandidateSite.h"
#include "model/TimeUtc.h"
#include "store/Historian.h"
#include "tune/ChangeControl.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <exception>

namespace gridtwin::ui {

VersionHistoryPanel::VersionHistoryPanel(CandidateSite& site, QWidget* parent)
    : QWidget(parent), site_(site), title_(new QLabel(this)), list_(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    title_->setWordWrap(true);
    layout->addWidget(title_);
    list_->setHeaderLabels({tr("Version"), tr("Time (UTC)"), tr("Author"), tr("Reason"), tr("From")});
    list_->setRootIsDecorated(false);
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(list_, 1);
    auto* load = new QPushButton(tr("Load as candidate"), this);
    layout->addWidget(load);
    connect(load, &QPushButton::clicked, this, &VersionHistoryPanel::loadSelected);
    reload();
}

void VersionHistoryPanel::setProjectFile(const QString& file) {
    file_ = file;
    reload();
}

QString VersionHistoryPanel::reload() {
    list_->clear();
    if (file_.isEmpty() || !QFileInfo::exists(file_)) {
        title_->setText(tr("No project file yet: \"Export candidate as version\" creates one."));
        return {};
    }
    try {
        Historian project(file_.toStdString());
        ChangeControl cc(project);
        const std::string site = site_.candidate().name;
        const std::vector<ConfigVersion> versions = cc.versions(site);
        title_->setText(tr("%1 versions of \"%2\" in %3")
                            .arg(versions.size()).arg(QString::fromStdString(site), file_));
        for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
            auto* item = new QTreeWidgetItem(list_);
            item->setText(0, QString::number(it->id));
            item->setText(1, QString::fromStdString(formatIsoUtc(it->time_ms)));
            item->setText(2, QString::fromStdString(it->author));
            item->setText(3, QString::fromStdString(it->reason));
            item->setText(4, it->parent_id ? QString::number(*it->parent_id) : QString());
            item->setData(0, Qt::UserRole, QVariant::fromValue<qint64>(it->id));
        }
        return {};
    } catch (const std::exception& e) {
        const QString why = QString::fromStdString(e.what());
        title_->setText(tr("Cannot read the project file: %1").arg(why));
        return why;
    }
}

void VersionHistoryPanel::loadSelected() {
    QTreeWidgetItem* item = list_->currentItem();
    if (item == nullptr || file_.isEmpty()) return;
    try {
        Historian project(file_.toStdString());
        ChangeControl cc(project);
        const std::int64_t id = item->data(0, Qt::UserRole).value<qint64>();
        site_.replaceCandidate(cc.loadVersion(id), tr("load version %1").arg(id));
    } catch (const std::exception& e) {
        title_->setText(tr("Cannot load the version: %1").arg(QString::fromStdString(e.what())));
    }
}

} // namespace gridtwin::ui
