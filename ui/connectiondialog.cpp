// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "feeds/registry.h"
#include "net/certificateinfo.h"
#include "protocol/feedprotocol.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "widgetutil.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Ui {

namespace {
QLineEdit *secretEdit(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password);
    e->setObjectName(QLatin1StringView(name));
    return e;
}

QLineEdit *edit(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1StringView(name));
    return e;
}

QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setSuffix(suffix);
    return s;
}
} // namespace

ConnectionDialog::ConnectionDialog(Settings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to a backend"));
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(u"profiles"_s);
    m_name = edit(this, "profileName");
    m_feed = new QComboBox(this);
    m_feed->setObjectName(u"feed"_s);
    for (const FeedDescriptor *f : Feeds::all())
        m_feed->addItem(f->displayTitle(), f->id);
    m_url = edit(this, "url");
    m_wsUrl = edit(this, "webSocketUrl");
    m_authBox = new QGroupBox(tr("Authentication"), this);
    auto *authLayout = new QVBoxLayout(m_authBox);
    m_modesLayout = new QVBoxLayout;
    authLayout->addLayout(m_modesLayout);
    m_modes = new QButtonGroup(m_authBox);
    m_credentialForm = new QFormLayout;
    authLayout->addLayout(m_credentialForm);
    m_user = edit(m_authBox, "user");
    m_password = secretEdit(m_authBox, "password");
    m_token = secretEdit(m_authBox, "token");
    m_cookie = secretEdit(m_authBox, "cookie");
    // A label each, named by the auth mode (authModeChanged); addRow with an empty text
    // would make none, and the fields would go unnamed.
    for (QLineEdit *e : {m_user, m_password, m_token, m_cookie}) {
        auto *label = new QLabel(m_authBox);
        label->setBuddy(e);
        m_credentialForm->addRow(label, e);
    }
    m_noAuth = new QLabel(tr("No authentication: this feed is open to every client."), m_authBox);
    m_noAuth->setWordWrap(true);
    authLayout->addWidget(m_noAuth);
    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            authModeChanged();
    });
    m_settingsBox = new QGroupBox(tr("Feed settings"), this);
    m_settingsForm = new QFormLayout(m_settingsBox);
    m_origin = edit(this, "origin");
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(u"headers"_s);
    m_headers->setPlaceholderText(tr("One per line: Name: value"));
    m_headers->setMaximumHeight(70);
    m_subscriptions = edit(this, "subscriptions");
    m_pins = edit(this, "pins");
    m_pins->setPlaceholderText(
            tr("SHA-256 fingerprints of certificates to accept despite TLS errors"));
    m_proxy = edit(this, "proxy");
    m_proxy->setPlaceholderText(tr("system, none, http://host:3128 or socks5://host:1080"));
    m_snapshot = new QCheckBox(tr("Load the current state over REST on connect"), this);
    m_snapshot->setObjectName(u"snapshot"_s);
    m_reconnect = new QCheckBox(tr("Reconnect automatically"), this);
    m_initialDelay = spin(this, 0, 600, tr(" s"));
    m_maxDelay = spin(this, 1, 3600, tr(" s"));
    m_maxAttempts = spin(this, 0, 10000, QString());
    m_maxAttempts->setSpecialValueText(tr("unlimited"));
    m_keepalive = new QCheckBox(tr("Ping the server"), this);
    m_keepalive->setObjectName(u"keepalive"_s);
    m_interval = spin(this, 1, 3600, tr(" s"));
    m_timeout = spin(this, 1, 600, tr(" s"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setStyleSheet(problemStyle(m_error));
    m_error->setWordWrap(true);
    m_secretNote = new QLabel(tr("Passwords and tokens are %1; never in the settings file.")
                                      .arg(secrets->description()),
            this);
    m_secretNote->setWordWrap(true);

    auto *tabs = new QTabWidget(this);
    auto *main = new QWidget(this);
    auto *form = new QFormLayout(main);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(u"deleteProfile"_s);
    profileRow->addWidget(remove);
    form->addRow(tr("Saved profiles"), profileRow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Feed"), m_feed);
    form->addRow(tr("URL"), m_url);
    form->addRow(m_authBox);
    form->addRow(tr("Subscriptions"), m_subscriptions);
    form->addRow(m_snapshot);
    form->addRow(m_secretNote);
    tabs->addTab(main, tr("Connection"));
    auto *advanced = new QWidget(this);
    auto *adv = new QFormLayout(advanced);
    adv->addRow(tr("WebSocket URL"), m_wsUrl);
    adv->addRow(tr("Origin"), m_origin);
    adv->addRow(tr("Extra headers"), m_headers);
    adv->addRow(tr("Pinned certificates"), m_pins);
    adv->addRow(tr("Proxy"), m_proxy);
    adv->addRow(m_reconnect);
    adv->addRow(tr("First delay"), m_initialDelay);
    adv->addRow(tr("Longest delay"), m_maxDelay);
    adv->addRow(tr("Attempts"), m_maxAttempts);
    adv->addRow(m_keepalive);
    adv->addRow(tr("Ping every"), m_interval);
    adv->addRow(tr("Pong within"), m_timeout);
    adv->addRow(m_settingsBox);
    tabs->addTab(advanced, tr("Advanced"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *connectButton = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(u"connect"_s);
    connectButton->setDefault(true);
    auto *save = buttons->addButton(tr("Save profile"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveProfile"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_profiles->currentIndex() <= 0)
            return;
        m_settings->removeProfile(m_profiles->currentText(), m_secrets);
        refreshProfiles();
    });
    connect(m_profiles, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            loadProfile(m_profiles->itemText(i));
    });
    connect(m_feed, &QComboBox::currentIndexChanged, this, &ConnectionDialog::feedChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    refreshProfiles();
    FeedConfig start = FeedConfig::defaults(*Feeds::all().constFirst());
    start.baseUrl = QUrl(u"http://localhost:8000"_s);
    setConfig(start);
    resize(560, 560);
}

const FeedDescriptor *ConnectionDialog::currentFeed() const
{
    return Feeds::find(m_feed->currentData().toString());
}

void ConnectionDialog::feedChanged()
{
    const FeedDescriptor *feed = currentFeed();
    if (!feed)
        return;
    m_url->setPlaceholderText(QCoreApplication::translate("Feedscope::Feed", feed->urlPlaceholder));
    m_wsUrl->setEnabled(feed->address == FeedDescriptor::Address::Backend);
    // A radio button per authentication mode (none when there is only one).
    for (QAbstractButton *b : m_modes->buttons()) {
        m_modes->removeButton(b);
        delete b;
    }
    int id = 0;
    for (const AuthMode &mode : feed->authModes) {
        auto *b = new QRadioButton(
                QCoreApplication::translate("Feedscope::Feed", mode.title), m_authBox);
        b->setObjectName(u"auth-"_s + QLatin1StringView(mode.id));
        b->setVisible(feed->authModes.size() > 1);
        m_modes->addButton(b, id++);
        m_modesLayout->addWidget(b);
    }
    if (!m_modes->buttons().isEmpty())
        m_modes->buttons().constFirst()->setChecked(true);
    authModeChanged();
    // A line per feed setting.
    while (m_settingsForm->rowCount() > 0)
        m_settingsForm->removeRow(0);
    m_settingEdits.clear();
    for (const FeedSetting &setting : feed->settings) {
        QLineEdit *e = edit(m_settingsBox, "");
        e->setObjectName(u"option-"_s + QLatin1StringView(setting.key));
        e->setPlaceholderText(QCoreApplication::translate("Feedscope::Feed", setting.placeholder));
        e->setText(setting.defaultValue);
        m_settingsForm->addRow(QCoreApplication::translate("Feedscope::Feed", setting.label), e);
        m_settingEdits << e;
    }
    m_settingsBox->setVisible(!feed->settings.empty());
    m_subscriptions->setEnabled(feed->hasSubscriptions());
    m_subscriptions->setPlaceholderText(feed->hasSubscriptions()
                    ? QCoreApplication::translate("Feedscope::Feed", feed->subscriptionPlaceholder)
                    : QString());
    m_snapshot->setEnabled(feed->snapshot);
}

void ConnectionDialog::authModeChanged()
{
    const FeedDescriptor *feed = currentFeed();
    const int index = m_modes->checkedId();
    const AuthMode *mode = feed && index >= 0 && index < int(feed->authModes.size())
            ? &feed->authModes[size_t(index)]
            : nullptr;
    using Target = CredentialField::Target;
    const std::pair<Target, QLineEdit *> edits[] = {{Target::User, m_user},
            {Target::Password, m_password}, {Target::Token, m_token}, {Target::Cookie, m_cookie}};
    for (const auto &[target, e] : edits) {
        const CredentialField *field = nullptr;
        if (mode) {
            for (const CredentialField &f : mode->fields) {
                if (f.target == target)
                    field = &f;
            }
        }
        e->setVisible(field);
        if (auto *label = qobject_cast<QLabel *>(m_credentialForm->labelForField(e))) {
            label->setVisible(field);
            if (field)
                label->setText(QCoreApplication::translate("Feedscope::Feed", field->label));
        }
        e->setPlaceholderText(field && field->optional ? tr("optional") : QString());
    }
    m_noAuth->setVisible(!mode || mode->fields.empty());
    if (mode && mode->fields.empty() && feed->authModes.size() > 1)
        m_noAuth->setText(tr("No credentials are sent."));
    else
        m_noAuth->setText(tr("No authentication: this feed is open to every client."));
}

void ConnectionDialog::refreshProfiles()
{
    m_profiles->clear();
    m_profiles->addItem(tr("(new)"));
    m_profiles->addItems(m_settings->profileNames());
}

void ConnectionDialog::setConfig(const FeedConfig &c)
{
    m_name->setText(c.name);
    m_feed->setCurrentIndex(std::max(0, m_feed->findData(c.feedId())));
    feedChanged();
    const bool byWebSocket = c.feed && c.feed->address == FeedDescriptor::Address::WebSocket;
    m_url->setText(byWebSocket ? c.webSocketUrl.toString() : c.baseUrl.toString());
    m_wsUrl->setText(byWebSocket ? QString() : c.webSocketUrl.toString());
    if (c.feed) {
        for (size_t i = 0; i < c.feed->authModes.size(); ++i) {
            if (c.auth == QLatin1StringView(c.feed->authModes[i].id))
                m_modes->button(int(i))->setChecked(true);
        }
    }
    authModeChanged();
    m_user->setText(c.user);
    m_password->setText(c.password);
    m_token->setText(c.token);
    m_cookie->setText(c.cookie);
    for (QLineEdit *e : std::as_const(m_settingEdits))
        e->setText(c.option(e->objectName().mid(7)));
    m_origin->setText(c.origin);
    QStringList headers;
    for (const auto &h : c.headers)
        headers << QString::fromUtf8(h.first + ": " + h.second);
    m_headers->setPlainText(headers.join(u'\n'));
    m_subscriptions->setText(c.subscriptions.join(u", "_s));
    QStringList pins;
    for (const QByteArray &p : c.pinnedCertificates)
        pins << QString::fromLatin1(p);
    m_pins->setText(pins.join(u", "_s));
    m_proxy->setText(c.proxy.mode == ProxySetting::Mode::System ? QString() : c.proxy.text());
    m_snapshot->setChecked(c.snapshot);
    m_reconnect->setChecked(c.reconnect.enabled);
    m_initialDelay->setValue(c.reconnect.initialDelayMs / 1000);
    m_maxDelay->setValue(c.reconnect.maxDelayMs / 1000);
    m_maxAttempts->setValue(c.reconnect.maxAttempts);
    m_keepalive->setChecked(c.keepalive.enabled);
    m_interval->setValue(c.keepalive.intervalMs / 1000);
    m_timeout->setValue(c.keepalive.timeoutMs / 1000);
}

FeedConfig ConnectionDialog::config() const
{
    const FeedDescriptor *feed = currentFeed();
    FeedConfig c = FeedConfig::defaults(*feed);
    c.name = m_name->text().trimmed();
    if (feed->address == FeedDescriptor::Address::WebSocket) {
        c.webSocketUrl = QUrl(m_url->text().trimmed());
    } else {
        c.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
        if (!m_wsUrl->text().trimmed().isEmpty())
            c.webSocketUrl = QUrl(m_wsUrl->text().trimmed());
    }
    const int mode = m_modes->checkedId();
    if (mode >= 0 && mode < int(feed->authModes.size())) {
        const AuthMode &m = feed->authModes[size_t(mode)];
        c.auth = QString::fromLatin1(m.id);
        // Only what the mode asks for: a hidden field's leftovers are not secrets to keep.
        using Target = CredentialField::Target;
        if (m.asks(Target::User))
            c.user = m_user->text().trimmed();
        if (m.asks(Target::Password))
            c.password = m_password->text();
        if (m.asks(Target::Token))
            c.token = m_token->text().trimmed();
        if (m.asks(Target::Cookie))
            c.cookie = m_cookie->text().trimmed();
    }
    for (QLineEdit *e : m_settingEdits)
        c.options.insert(e->objectName().mid(7), e->text());
    c.origin = m_origin->text().trimmed();
    for (const QString &line : m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            c.headers.append(
                    {line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    if (feed->hasSubscriptions()) {
        for (const QString &s : m_subscriptions->text().split(u',', Qt::SkipEmptyParts))
            c.subscriptions << s.trimmed();
    }
    for (const QString &p : m_pins->text().split(u',', Qt::SkipEmptyParts))
        c.pinnedCertificates << normaliseFingerprint(p.toLatin1());
    if (auto proxy = ProxySetting::parse(m_proxy->text()))
        c.proxy = *proxy;
    c.snapshot = feed->snapshot && m_snapshot->isChecked();
    c.reconnect.enabled = m_reconnect->isChecked();
    c.reconnect.initialDelayMs = m_initialDelay->value() * 1000;
    c.reconnect.maxDelayMs = std::max(m_maxDelay->value(), 1) * 1000;
    c.reconnect.maxAttempts = m_maxAttempts->value();
    c.keepalive.enabled = m_keepalive->isChecked();
    c.keepalive.intervalMs = m_interval->value() * 1000;
    c.keepalive.timeoutMs = m_timeout->value() * 1000;
    if (c.name.isEmpty())
        c.name = c.displayName();
    return c;
}

QString ConnectionDialog::validate() const
{
    const FeedConfig c = config();
    if (c.feed->address == FeedDescriptor::Address::WebSocket) {
        if (!c.webSocketUrl.isValid() || !c.webSocketUrl.scheme().startsWith(u"ws"_s))
            return tr("This feed needs a ws:// or wss:// URL.");
    } else if (!c.baseUrl.isValid() || c.baseUrl.host().isEmpty()
            || (c.baseUrl.scheme() != u"http" && c.baseUrl.scheme() != u"https")) {
        return tr("Give the backend's http:// or https:// URL.");
    }
    // Every field the chosen mode asks for and does not call optional.
    if (const AuthMode *mode = c.feed->authMode(c.auth)) {
        using Target = CredentialField::Target;
        for (const CredentialField &f : mode->fields) {
            const QString &value = f.target == Target::User ? c.user
                    : f.target == Target::Password          ? c.password
                    : f.target == Target::Token             ? c.token
                                                            : c.cookie;
            if (!f.optional && value.isEmpty())
                return tr("%1: %2 is needed.")
                        .arg(QCoreApplication::translate("Feedscope::Feed", mode->title),
                                QCoreApplication::translate("Feedscope::Feed", f.label));
        }
    }
    QString proxyError;
    if (!ProxySetting::parse(m_proxy->text(), &proxyError))
        return proxyError;
    auto protocol = c.feed->createProtocol(c);
    for (const QString &s : c.subscriptions) {
        QString error;
        if (!protocol->subscription(s, &error))
            return error;
    }
    return {};
}

void ConnectionDialog::loadProfile(const QString &name)
{
    auto p = m_settings->profile(name);
    if (!p)
        return;
    Settings::loadSecrets(
            p->config, m_secrets, [this, guard = QPointer<ConnectionDialog>(this)](FeedConfig c) {
                if (guard)
                    setConfig(c);
            });
}

bool ConnectionDialog::saveProfile()
{
    const QString error = validate();
    if (!error.isEmpty()) {
        m_error->setText(error);
        return false;
    }
    const FeedConfig c = config();
    m_settings->saveProfile(c, m_secrets);
    m_settings->setValue(Settings::Key::LastProfile, c.name);
    m_settings->sync();
    refreshProfiles();
    m_profiles->setCurrentText(c.name);
    m_error->clear();
    return true;
}

void ConnectionDialog::accept()
{
    const QString error = validate();
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace Feedscope::Ui
