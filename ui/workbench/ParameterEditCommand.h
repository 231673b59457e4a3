#pragma once
// Undo entries of the workbench: one parameter edit (an edit marked as continuing the previous
// one of the same field merges into it, so a slider drag is one step) and a whole-candidate
// replacement.

#include "model/ParameterTable.h"
#include "model/SiteConfig.h"

#include <QString>
#include <QUndoCommand>

namespace gridtwin::ui {

class CandidateSite;

class ParameterEditCommand : public QUndoCommand {
public:
    static constexpr int kId = 0x4757; // "GW"

    ParameterEditCommand(CandidateSite& site, QString path, ParameterValue before,
                         ParameterValue after, bool continues_previous = false);
    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

    const QString& path() const { return path_; }

private:
    void updateText();

    CandidateSite& site_;
    QString path_;
    ParameterValue before_;
    ParameterValue after_;
    bool continues_previous_;
};

class ReplaceCandidateCommand : public QUndoCommand {
public:
    ReplaceCandidateCommand(CandidateSite& site, SiteConfig before, SiteConfig after,
                            const QString& text);
    void undo() override;
    void redo() override;

private:
    CandidateSite& site_;
    SiteConfig before_;
    SiteConfig after_;
};

} // namespace gridtwin::ui
