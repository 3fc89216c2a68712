// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "session/feedconfig.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace Feedscope {
class Settings;
class SecretStore;
} // namespace Feedscope

namespace Feedscope::Ui {

// Where and how to connect: the feed, its URL, the authentication it needs, extra headers,
// TLS pinning, reconnect and keepalive. Saved as named profiles (secrets in the secret store).
// Built from the feeds' descriptors: a choice per authentication mode, the fields the chosen
// mode asks for, and a line per feed setting.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(Settings *settings, SecretStore *secrets, QWidget *parent = nullptr);

    void setConfig(const FeedConfig &config);
    FeedConfig config() const;
    // Loads a saved profile (with its secrets) into the form.
    void loadProfile(const QString &name);
    bool saveProfile();
    QString validate() const; // empty when the form can connect

protected:
    void accept() override;

private:
    const FeedDescriptor *currentFeed() const;
    void feedChanged();
    void authModeChanged();
    void refreshProfiles();

    Settings *m_settings;
    SecretStore *m_secrets;
    QComboBox *m_profiles;
    QLineEdit *m_name;
    QComboBox *m_feed;
    QLineEdit *m_url;
    QLineEdit *m_wsUrl;
    // Authentication: a radio button per mode of the feed, the four credential fields shown
    // as the chosen mode asks for them.
    QGroupBox *m_authBox;
    QVBoxLayout *m_modesLayout;
    QButtonGroup *m_modes;
    QFormLayout *m_credentialForm;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QLineEdit *m_cookie;
    QLabel *m_noAuth;
    // The feed's own settings, a line each (object name "option-<key>").
    QGroupBox *m_settingsBox;
    QFormLayout *m_settingsForm;
    QList<QLineEdit *> m_settingEdits;
    // Common
    QLineEdit *m_origin;
    QPlainTextEdit *m_headers;
    QLineEdit *m_subscriptions;
    QLineEdit *m_pins;
    QLineEdit *m_proxy;
    QCheckBox *m_snapshot;
    QCheckBox *m_reconnect;
    QSpinBox *m_initialDelay;
    QSpinBox *m_maxDelay;
    QSpinBox *m_maxAttempts;
    QCheckBox *m_keepalive;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QLabel *m_error;
    QLabel *m_secretNote;
};

} // namespace Feedscope::Ui
