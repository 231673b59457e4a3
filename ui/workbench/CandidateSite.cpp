#include "CandidateSite.h"

#include "ParameterEditCommand.h"

#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>
#include <string>

namespace gridtwin::ui {

std::optional<ResolvedParameter> resolveParameter(const SiteConfig& site, const QString& path) {
    static const QRegularExpression array_re(QStringLiteral("^pv_arrays\\[(\\d+)\\]\\.(.+)$"));
    static const QRegularExpression device_re(QStringLiteral("^data_sources\\.devices\\[(\\d+)\\]\\.(.+)$"));
    const QRegularExpressionMatch m = array_re.match(path);
    ResolvedParameter r;
    if (const QRegularExpressionMatch d = device_re.match(path); d.hasMatch()) {
        bool ok = false;
        const qulonglong index = d.captured(1).toULongLong(&ok);
        if (!ok || index >= site.data_sources.devices.size()) return std::nullopt;
        r.array_index = static_cast<std::size_t>(index);
        r.info = findDeviceParameter(("data_sources.devices[]." + d.captured(2)).toStdString());
    } else if (m.hasMatch()) {
        bool ok = false;
        const qulonglong index = m.captured(1).toULongLong(&ok);
        if (!ok || index >= site.pv_arrays.size()) return std::nullopt;
        r.array_index = static_cast<std::size_t>(index);
        r.info = findParameter(("pv_arrays[]." + m.captured(2)).toStdString());
    } else {
        r.info = findParameter(path.toStdString());
        if (r.info != nullptr && r.info->perPvArray()) return std::nullopt; // needs an index
    }
    if (r.info == nullptr) return std::nullopt;
    return r;
}

CandidateSite::CandidateSite(const SiteConfig& baseline, QObject* parent)
    : QObject(parent), baseline_(baseline), candidate_(baseline), undo_(new QUndoStack(this)) {}

QString CandidateSite::setValue(const QString& path, const ParameterValue& value,
                                bool continues_previous) {
    const auto r = resolveParameter(candidate_, path);
    if (!r) return tr("unknown parameter %1").arg(path);
    const std::string why = checkParameterValue(*r->info, value);
    if (!why.empty()) {
        return tr("expected %1, found '%2'")
            .arg(QString::fromStdString(why), QString::fromStdString(formatParameterValue(value)));
    }
    const ParameterValue before = r->info->get(candidate_, r->array_index);
    if (before == value) return {};
    undo_->push(new ParameterEditCommand(*this, path, before, value, continues_previous));
    return {};
}

QString CandidateSite::setValueText(const QString& path, const QString& text) {
    const auto r = resolveParameter(candidate_, path);
    if (!r) return tr("unknown parameter %1").arg(path);
    ParameterValue v;
    if (!parseParameterText(*r->info, text.trimmed().toStdString(), v)) {
        return tr("expected %1, found '%2'")
            .arg(QString::fromStdString(r->info->expectedText()), text.trimmed());
    }
    return setValue(path, v);
}

ParameterValue CandidateSite::value(const QString& path) const {
    const auto r = resolveParameter(candidate_, path);
    if (!r) return {};
    return r->info->get(candidate_, r->array_index);
}

QString CandidateSite::valueText(const QString& path) const {
    const auto r = resolveParameter(candidate_, path);
    if (!r) return {};
    return QString::fromStdString(formatParameterValue(r->info->get(candidate_, r->array_index)));
}

std::vector<ParameterOverride> CandidateSite::overrides() const {
    std::vector<ParameterOverride> out;
    const std::size_t arrays = std::min(baseline_.pv_arrays.size(), candidate_.pv_arrays.size());
    for (const ParameterInfo& info : siteParameters()) {
        const std::size_t n = info.perPvArray() ? arrays : 1;
        for (std::size_t i = 0; i < n; ++i) {
            const ParameterValue b = info.get(baseline_, i);
            const ParameterValue c = info.get(candidate_, i);
            if (b == c) continue;
            std::string path = info.path;
            if (info.perPvArray()) path.replace(0, 11, "pv_arrays[" + std::to_string(i) + "]");
            out.push_back({path, formatParameterValue(c)});
        }
    }
    return out;
}

void CandidateSite::replaceCandidate(const SiteConfig& site, const QString& what) {
    undo_->push(new ReplaceCandidateCommand(*this, candidate_, site, what));
}

void CandidateSite::adoptCandidateAsBaseline() {
    baseline_ = candidate_;
    emit baselineChanged();
}

void CandidateSite::reset(const SiteConfig& site) {
    undo_->clear();
    baseline_ = site;
    candidate_ = site;
    emit baselineChanged();
    emit candidateChanged(QString());
}

void CandidateSite::applyValue(const QString& path, const ParameterValue& value) {
    const auto r = resolveParameter(candidate_, path);
    if (!r) return;
    r->info->set(candidate_, r->array_index, value);
    emit candidateChanged(path);
}

void CandidateSite::applyCandidate(const SiteConfig& site) {
    candidate_ = site;
    emit candidateChanged(QString());
}

} // namespace gridtwin::ui
