// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "session/feedconfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace Feedscope {
class Settings;
class SecretStore;
} // namespace Feedscope

namespace Feedscope::Ui {

// Where and how to connect: the feed, its URL, the authentication it needs, extra headers,
// TLS pinning, reconnect and keepalive. Saved as named profiles (secrets in the secret store).
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
    void feedChanged();
    void refreshProfiles();
    QWidget *buildBaserowAuth();
    QWidget *buildContentServerAuth();

    Settings *m_settings;
    SecretStore *m_secrets;
    QComboBox *m_profiles;
    QLineEdit *m_name;
    QComboBox *m_feed;
    QLineEdit *m_url;
    QLineEdit *m_wsUrl;
    QStackedWidget *m_auth;
    // Baserow
    QRadioButton *m_brPassword;
    QRadioButton *m_brToken;
    QRadioButton *m_brAnonymous;
    QLineEdit *m_brEmail;
    QLineEdit *m_brPasswordEdit;
    QLineEdit *m_brTokenEdit;
    // ContentServer
    QRadioButton *m_csBasic;
    QRadioButton *m_csJwt;
    QRadioButton *m_csCookie;
    QLineEdit *m_csUser;
    QLineEdit *m_csPassword;
    QLineEdit *m_csToken;
    QLineEdit *m_csCookieEdit;
    QLineEdit *m_csSubscribe;
    QLineEdit *m_csUnsubscribe;
    QCheckBox *m_csNoMessages;
    // Common
    QLineEdit *m_origin;
    QPlainTextEdit *m_headers;
    QLineEdit *m_subscriptions;
    QLineEdit *m_statsKey;
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
