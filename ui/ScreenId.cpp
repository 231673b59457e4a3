#include "ScreenId.h"

#include <array>
#include <utility>

namespace gridtwin::ui {

namespace {

constexpr std::array<std::pair<ScreenId, const char*>, 5> kScreens = {{
    {ScreenId::Console, "console"},
    {ScreenId::Connection, "connection"},
    {ScreenId::Workbench, "workbench"},
    {ScreenId::Report, "report"},
    {ScreenId::Settings, "settings"},
}};

} // namespace

QString screenName(ScreenId id) {
    for (const auto& [screen, name] : kScreens) {
        if (screen == id) return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ScreenId> parseScreenName(const QString& name) {
    for (const auto& [screen, text] : kScreens) {
        if (name == QLatin1String(text)) return screen;
    }
    return std::nullopt;
}

QStringList screenNames() {
    QStringList out;
    for (const auto& entry : kScreens) out << QString::fromLatin1(entry.second);
    return out;
}

QStringList screenPages(ScreenId id) {
    if (id == ScreenId::Workbench) {
        return {QStringLiteral("site"), QStringLiteral("tuning"), QStringLiteral("explanation"),
                QStringLiteral("sweep"), QStringLiteral("devices")};
    }
    return {};
}

std::optional<ScreenChoice> parseScreenChoice(const QString& text) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto id = parseScreenName(colon < 0 ? text : text.left(colon));
    if (!id) return std::nullopt;
    if (colon < 0) return ScreenChoice{*id, QString()};
    const QString page = text.mid(colon + 1);
    if (!screenPages(*id).contains(page)) return std::nullopt;
    return ScreenChoice{*id, page};
}

QStringList screenChoices() {
    QStringList out = screenNames();
    for (const auto& [screen, name] : kScreens) {
        for (const QString& page : screenPages(screen)) out << QString::fromLatin1(name) + QLatin1Char(':') + page;
    }
    return out;
}

std::optional<Capability> screenCapability(ScreenId id) {
    switch (id) {
    case ScreenId::Connection: return Capability::Commission;
    case ScreenId::Workbench: return Capability::Tune;
    case ScreenId::Report: return Capability::GenerateReports;
    case ScreenId::Console:
    case ScreenId::Settings: break;
    }
    return std::nullopt;
}

UserProfile profileForScreen(ScreenId id) {
    const auto needed = screenCapability(id);
    for (const UserProfile p : kAllProfiles) {
        if (!needed || profileOffers(p, *needed)) return p;
    }
    return UserProfile::Operator;
}

} // namespace gridtwin::ui
