#pragma once
// The workbench's document: the baseline site (what runs today) and the candidate being edited,
// with every candidate edit going through the ParameterTable check and the undo stack. Pages
// observe candidateChanged(); nothing else mutates the candidate.

#include "model/ParameterTable.h"
#include "model/SiteConfig.h"
#include "tune/TuningRun.h"

#include <QObject>
#include <QString>

#include <cstddef>
#include <optional>

class QUndoStack;

namespace gridtwin::ui {

/// A table entry plus the PV array or field device it addresses ("pv_arrays[1].tilt_deg" -> index
/// 1, "data_sources.devices[2].unit_id" -> index 2 of deviceParameters()).
struct ResolvedParameter {
    const ParameterInfo* info = nullptr;
    std::size_t array_index = 0;
};

/// nullopt when the path is unknown or its PV array or device index is past the end of site's.
std::optional<ResolvedParameter> resolveParameter(const SiteConfig& site, const QString& path);

class CandidateSite : public QObject {
    Q_OBJECT
public:
    explicit CandidateSite(const SiteConfig& baseline, QObject* parent = nullptr);

    const SiteConfig& baseline() const { return baseline_; }
    const SiteConfig& candidate() const { return candidate_; }
    QUndoStack* undoStack() const { return undo_; }

    /// Checks the value against the parameter table; on success pushes an undoable edit and
    /// returns an empty string, else returns the reason ("expected a number from 0 to 100 %,
    /// found '140'") and changes nothing. continues_previous merges the edit into the previous
    /// undo step when that edited the same field (a slider being dragged).
    QString setValue(const QString& path, const ParameterValue& value,
                     bool continues_previous = false);
    /// Parses text as the parameter's kind first (same refusal text on failure).
    QString setValueText(const QString& path, const QString& text);
    ParameterValue value(const QString& path) const;
    QString valueText(const QString& path) const;
    /// Every table field where the candidate differs from the baseline, as --set style
    /// overrides ("pv_arrays[1].tilt_deg" = "30"); PV arrays beyond the baseline's are skipped.
    std::vector<ParameterOverride> overrides() const;

    /// Replaces the whole candidate (file opened, wizard finished, PV array added) as one undo
    /// step named `what`.
    void replaceCandidate(const SiteConfig& site, const QString& what);
    /// The candidate becomes the new baseline (after exporting it as a version); not undoable.
    void adoptCandidateAsBaseline();
    /// Resets both to site and clears the undo history.
    void reset(const SiteConfig& site);

    /// Used by the undo commands only: stores without a check or an undo entry.
    void applyValue(const QString& path, const ParameterValue& value);
    void applyCandidate(const SiteConfig& site);

signals:
    /// path of the changed field; empty when the whole candidate changed.
    void candidateChanged(const QString& path);
    void baselineChanged();

private:
    SiteConfig baseline_;
    SiteConfig candidate_;
    QUndoStack* undo_;
};

} // namespace gridtwin::ui
