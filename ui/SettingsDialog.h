#pragma once
// Settings: language (applied live), colour theme and user profile, plus the engineer's explicit
// switch for writing setpoints to devices (with a reason for the audit log). The dialog only
// collects the choice; MainWindow applies it.

#include "Theme.h"
#include "access/UserProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace gridtwin::ui {

struct SettingsChoice {
    QString language;   // "en", "de", "zh_CN"
    Theme theme = Theme::Dark;
    UserProfile profile = UserProfile::Operator;
    bool setpoint_writing = false;
    QString setpoint_reason;   // required to enable writing (audit log)
};

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `audit_available`: a project file is open, so setpoint writing can be recorded.
    SettingsDialog(const SettingsChoice& current, bool audit_available, QWidget* parent = nullptr);

    SettingsChoice choice() const;
    QComboBox* languageBox() const { return language_; }
    QComboBox* profileBox() const { return profile_; }
    QCheckBox* setpointBox() const { return setpoint_; }
    QLineEdit* reasonEdit() const { return reason_; }

private:
    void updateProfileHint();

    bool audit_available_;
    QComboBox* language_;
    QComboBox* theme_;
    QComboBox* profile_;
    QLabel* profile_hint_;
    QCheckBox* setpoint_;
    QLineEdit* reason_;
    QLabel* setpoint_hint_;
};

/// "Operator", "Engineer", "Compliance" in the user's language.
QString profileDisplayName(UserProfile profile);
/// One line of what the profile offers, in the user's language.
QString profileDescription(UserProfile profile);

} // namespace gridtwin::ui
