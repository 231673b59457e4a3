#include "SettingsDialog.h"

#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gridtwin::ui {

QString profileDisplayName(UserProfile profile) {
    switch (profile) {
    case UserProfile::Operator: return SettingsDialog::tr("Operator");
    case UserProfile::Engineer: return SettingsDialog::tr("Engineer");
    case UserProfile::Compliance: return SettingsDialog::tr("Compliance");
    }
    return {};
}

QString profileDescription(UserProfile profile) {
    switch (profile) {
    case UserProfile::Operator:
        return SettingsDialog::tr("Watch the site and acknowledge alarms.");
    case UserProfile::Engineer:
        return SettingsDialog::tr("Commission sources, tune the controller in the workbench and, "
                                  "when explicitly enabled, write setpoints to devices.");
    case UserProfile::Compliance:
        return SettingsDialog::tr("Read the carbon ledger and produce reports.");
    }
    return {};
}

SettingsDialog::SettingsDialog(const SettingsChoice& current, bool audit_available, QWidget* parent)
    : QDialog(parent), audit_available_(audit_available), language_(new QComboBox(this)),
      theme_(new QComboBox(this)), profile_(new QComboBox(this)), profile_hint_(new QLabel(this)),
      setpoint_(new QCheckBox(tr("Allow writing setpoints to devices"), this)),
      reason_(new QLineEdit(this)), setpoint_hint_(new QLabel(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    for (const QString& code : supportedLanguages()) language_->addItem(languageDisplayName(code), code);
    language_->setCurrentIndex(std::max(0, language_->findData(current.language)));
    theme_->addItem(tr("Dark"), themeCode(Theme::Dark));
    theme_->addItem(tr("Light"), themeCode(Theme::Light));
    theme_->setCurrentIndex(current.theme == Theme::Dark ? 0 : 1);
    for (const UserProfile p : kAllProfiles) {
        profile_->addItem(profileDisplayName(p), QString::fromStdString(profileCode(p)));
    }
    profile_->setCurrentIndex(
        profile_->findData(QString::fromStdString(profileCode(current.profile))));
    profile_hint_->setWordWrap(true);
    setpoint_->setChecked(current.setpoint_writing);
    reason_->setText(current.setpoint_reason);
    reason_->setPlaceholderText(tr("Reason (recorded in the audit log)"));
    setpoint_hint_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Language"), language_);
    form->addRow(tr("Theme"), theme_);
    form->addRow(tr("Profile"), profile_);
    form->addRow(QString(), profile_hint_);
    form->addRow(QString(), setpoint_);
    form->addRow(tr("Reason"), reason_);
    form->addRow(QString(), setpoint_hint_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(profile_, &QComboBox::currentIndexChanged, this, [this] { updateProfileHint(); });
    connect(setpoint_, &QCheckBox::toggled, this, [this] { updateProfileHint(); });
    connect(reason_, &QLineEdit::textChanged, this, [this] { updateProfileHint(); });
    updateProfileHint();
    setMinimumWidth(520);
}

void SettingsDialog::updateProfileHint() {
    const SettingsChoice c = choice();
    profile_hint_->setText(profileDescription(c.profile));
    const bool offered = profileOffers(c.profile, Capability::WriteSetpoints);
    setpoint_->setEnabled(offered && audit_available_);
    if (!offered) setpoint_->setChecked(false);
    reason_->setEnabled(setpoint_->isEnabled() && setpoint_->isChecked());
    QString hint;
    if (!offered) {
        hint = tr("Only the engineer profile can write setpoints.");
    } else if (!audit_available_) {
        hint = tr("Open a project file first: the permission change is recorded in its audit log.");
    } else if (setpoint_->isChecked() && reason_->text().trimmed().isEmpty()) {
        hint = tr("Enter a reason to enable setpoint writing.");
    }
    setpoint_hint_->setText(hint);
    // Enabling without a reason would be refused by the session; say so here instead.
    if (auto* box = findChild<QDialogButtonBox*>()) {
        box->button(QDialogButtonBox::Ok)
            ->setEnabled(!(setpoint_->isChecked() && reason_->text().trimmed().isEmpty()));
    }
}

SettingsChoice SettingsDialog::choice() const {
    SettingsChoice c;
    c.language = language_->currentData().toString();
    c.theme = parseThemeCode(theme_->currentData().toString()).value_or(Theme::Dark);
    c.profile = parseProfileCode(profile_->currentData().toString().toStdString())
                    .value_or(UserProfile::Operator);
    c.setpoint_writing = setpoint_->isChecked();
    c.setpoint_reason = reason_->text().trimmed();
    return c;
}

} // namespace gridtwin::ui
