#include "ParameterEditCommand.h"

#include "CandidateSite.h"

#include <QCoreApplication>

#include <utility>

namespace gridtwin::ui {

ParameterEditCommand::ParameterEditCommand(CandidateSite& site, QString path,
                                           ParameterValue before, ParameterValue after,
                                           bool continues_previous)
    : site_(site), path_(std::move(path)), before_(std::move(before)), after_(std::move(after)),
      continues_previous_(continues_previous) {
    updateText();
}

void ParameterEditCommand::updateText() {
    setText(QCoreApplication::translate("ParameterEditCommand", "%1: %2 → %3")
                .arg(path_, QString::fromStdString(formatParameterValue(before_)),
                     QString::fromStdString(formatParameterValue(after_))));
}

void ParameterEditCommand::undo() { site_.applyValue(path_, before_); }
void ParameterEditCommand::redo() { site_.applyValue(path_, after_); }

bool ParameterEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const ParameterEditCommand*>(other); // same id() => same type
    if (!o->continues_previous_ || o->path_ != path_) return false;
    after_ = o->after_;
    updateText();
    if (after_ == before_) setObsolete(true);
    return true;
}

ReplaceCandidateCommand::ReplaceCandidateCommand(CandidateSite& site, SiteConfig before,
                                                 SiteConfig after, const QString& text)
    : site_(site), before_(std::move(before)), after_(std::move(after)) {
    setText(text);
}

void ReplaceCandidateCommand::undo() { site_.applyCandidate(before_); }
void ReplaceCandidateCommand::redo() { site_.applyCandidate(after_); }

} // namespace gridtwin::ui
