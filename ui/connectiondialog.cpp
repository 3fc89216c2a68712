// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
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
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include "net/certificateinfo.h"
#include "session/protocolfactory.h"
#include "settings/secretstore.h"
#include "settings/settings.h"

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
    for (FeedKind k :
            {FeedKind::Baserow, FeedKind::ContentServer, FeedKind::ApiPage, FeedKind::Raw})
        m_feed->addItem(feedTitle(k), int(k));
    m_url = edit(this, "url");
    m_wsUrl = edit(this, "webSocketUrl");
    m_auth = new QStackedWidget(this);
    m_auth->addWidget(buildBaserowAuth());
    m_auth->addWidget(buildContentServerAuth());
    auto *none = new QLabel(tr("No authentication: this feed is open to every client."), this);
    none->setWordWrap(true);
    m_auth->addWidget(none);
    m_origin = edit(this, "origin");
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(u"headers"_s);
    m_headers->setPlaceholderText(tr("One per line: Name: value"));
    m_headers->setMaximumHeight(70);
    m_subscriptions = edit(this, "subscriptions");
    m_statsKey = edit(this, "statsKey");
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
    m_error->setStyleSheet(u"color: #c0392b"_s);
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
    form->addRow(m_auth);
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
    adv->addRow(tr("Statistics key (raw)"), m_statsKey);
    adv->addRow(m_reconnect);
    adv->addRow(tr("First delay"), m_initialDelay);
    adv->addRow(tr("Longest delay"), m_maxDelay);
    adv->addRow(tr("Attempts"), m_maxAttempts);
    adv->addRow(m_keepalive);
    adv->addRow(tr("Ping every"), m_interval);
    adv->addRow(tr("Pong within"), m_timeout);
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
    FeedConfig start = FeedConfig::defaults(FeedKind::Baserow);
    start.baseUrl = QUrl(u"http://localhost:8000"_s);
    setConfig(start);
    resize(560, 560);
}

QWidget *ConnectionDialog::buildBaserowAuth()
{
    auto *box = new QGroupBox(tr("Baserow sign-in"), this);
    auto *form = new QFormLayout(box);
    m_brPassword = new QRadioButton(tr("E-mail and password"), box);
    m_brPassword->setObjectName(u"baserowPassword"_s);
    m_brToken = new QRadioButton(tr("Access token"), box);
    m_brToken->setObjectName(u"baserowToken"_s);
    m_brAnonymous = new QRadioButton(tr("Anonymous (public views only)"), box);
    m_brAnonymous->setObjectName(u"baserowAnonymous"_s);
    auto *group = new QButtonGroup(box);
    group->addButton(m_brPassword);
    group->addButton(m_brToken);
    group->addButton(m_brAnonymous);
    m_brEmail = edit(box, "email");
    m_brPasswordEdit = secretEdit(box, "password");
    m_brTokenEdit = secretEdit(box, "token");
    form->addRow(m_brPassword);
    form->addRow(tr("E-mail"), m_brEmail);
    form->addRow(tr("Password"), m_brPasswordEdit);
    form->addRow(m_brToken);
    form->addRow(tr("Token"), m_brTokenEdit);
    form->addRow(m_brAnonymous);
    return box;
}

QWidget *ConnectionDialog::buildContentServerAuth()
{
    auto *box = new QGroupBox(tr("ContentServer credentials"), this);
    auto *form = new QFormLayout(box);
    m_csBasic = new QRadioButton(tr("Basic (user and password)"), box);
    m_csBasic->setObjectName(u"csBasic"_s);
    m_csJwt = new QRadioButton(tr("JWT (given, or fetched with the user and password)"), box);
    m_csJwt->setObjectName(u"csJwt"_s);
    m_csCookie = new QRadioButton(tr("Session cookie"), box);
    m_csCookie->setObjectName(u"csCookie"_s);
    auto *group = new QButtonGroup(box);
    group->addButton(m_csBasic);
    group->addButton(m_csJwt);
    group->addButton(m_csCookie);
    m_csUser = edit(box, "csUser");
    m_csPassword = secretEdit(box, "csPassword");
    m_csToken = secretEdit(box, "csToken");
    m_csCookieEdit = secretEdit(box, "csCookieValue");
    m_csSubscribe = edit(box, "csSubscribe");
    m_csUnsubscribe = edit(box, "csUnsubscribe");
    m_csNoMessages = new QCheckBox(tr("None: the server streams everything"), box);
    m_csNoMessages->setObjectName(u"csNoMessages"_s);
    form->addRow(m_csBasic);
    form->addRow(tr("User"), m_csUser);
    form->addRow(tr("Password"), m_csPassword);
    form->addRow(m_csJwt);
    form->addRow(tr("Token"), m_csToken);
    form->addRow(m_csCookie);
    form->addRow(tr("Cookie"), m_csCookieEdit);
    auto *note = new QLabel(
            tr("Subscription frames (assumed protocol, ${path} and ${id} are filled in):"), box);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Subscribe"), m_csSubscribe);
    form->addRow(tr("Unsubscribe"), m_csUnsubscribe);
    form->addRow(m_csNoMessages);
    connect(m_csNoMessages, &QCheckBox::toggled, this, [this](bool on) {
        m_csSubscribe->setEnabled(!on);
        m_csUnsubscribe->setEnabled(!on);
    });
    return box;
}

void ConnectionDialog::feedChanged()
{
    const auto feed = FeedKind(m_feed->currentData().toInt());
    switch (feed) {
    case FeedKind::Baserow:
        m_auth->setCurrentIndex(0);
        m_url->setPlaceholderText(tr("http(s)://your-baserow (the backend's URL)"));
        m_subscriptions->setPlaceholderText(
                tr("table:ID, row:TABLE:ROW, view:SLUG, dashboard:ID — comma-separated"));
        break;
    case FeedKind::ContentServer:
        m_auth->setCurrentIndex(1);
        m_url->setPlaceholderText(tr("http(s)://host:port (the Atoti server's URL)"));
        m_subscriptions->setPlaceholderText(
                tr("paths to listen to, e.g. /ui/dashboards — comma-separated"));
        break;
    case FeedKind::ApiPage:
        m_auth->setCurrentIndex(2);
        m_url->setPlaceholderText(tr("http(s)://host:port (the API page backend's URL)"));
        break;
    case FeedKind::Raw:
        m_auth->setCurrentIndex(2);
        m_url->setPlaceholderText(tr("ws(s)://host/path (any WebSocket)"));
        break;
    }
    const bool subs = feed == FeedKind::Baserow || feed == FeedKind::ContentServer;
    m_subscriptions->setEnabled(subs);
    m_snapshot->setEnabled(feed != FeedKind::Raw);
    m_statsKey->setEnabled(feed == FeedKind::Raw);
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
    m_feed->setCurrentIndex(m_feed->findData(int(c.feed)));
    feedChanged();
    m_url->setText(c.feed == FeedKind::Raw ? c.webSocketUrl.toString() : c.baseUrl.toString());
    m_wsUrl->setText(c.feed == FeedKind::Raw ? QString() : c.webSocketUrl.toString());
    m_brPassword->setChecked(c.auth == FeedConfig::Auth::Password || c.feed != FeedKind::Baserow);
    m_brToken->setChecked(c.feed == FeedKind::Baserow && c.auth == FeedConfig::Auth::Token);
    m_brAnonymous->setChecked(c.feed == FeedKind::Baserow && c.auth == FeedConfig::Auth::Anonymous);
    m_brEmail->setText(c.feed == FeedKind::Baserow ? c.user : QString());
    m_brPasswordEdit->setText(c.feed == FeedKind::Baserow ? c.password : QString());
    m_brTokenEdit->setText(c.feed == FeedKind::Baserow ? c.token : QString());
    const bool cs = c.feed == FeedKind::ContentServer;
    m_csBasic->setChecked(!cs || c.auth == FeedConfig::Auth::Basic
            || c.auth == FeedConfig::Auth::Password || c.auth == FeedConfig::Auth::None);
    m_csJwt->setChecked(cs && c.auth == FeedConfig::Auth::Jwt);
    m_csCookie->setChecked(cs && c.auth == FeedConfig::Auth::Cookie);
    m_csUser->setText(cs ? c.user : QString());
    m_csPassword->setText(cs ? c.password : QString());
    m_csToken->setText(cs ? c.token : QString());
    m_csCookieEdit->setText(cs ? c.cookie : QString());
    m_csNoMessages->setChecked(c.csSubscribeTemplate.isEmpty());
    m_csSubscribe->setText(c.csSubscribeTemplate.isEmpty() ? FeedConfig().csSubscribeTemplate
                                                           : c.csSubscribeTemplate);
    m_csUnsubscribe->setText(c.csUnsubscribeTemplate.isEmpty() ? FeedConfig().csUnsubscribeTemplate
                                                               : c.csUnsubscribeTemplate);
    m_origin->setText(c.origin);
    QStringList headers;
    for (const auto &h : c.headers)
        headers << QString::fromUtf8(h.first + ": " + h.second);
    m_headers->setPlainText(headers.join(u'\n'));
    m_subscriptions->setText(c.subscriptions.join(u", "_s));
    m_statsKey->setText(c.rawStatsKey);
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
    const auto feed = FeedKind(m_feed->currentData().toInt());
    FeedConfig c = FeedConfig::defaults(feed);
    c.name = m_name->text().trimmed();
    if (feed == FeedKind::Raw) {
        c.webSocketUrl = QUrl(m_url->text().trimmed());
    } else {
        c.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
        if (!m_wsUrl->text().trimmed().isEmpty())
            c.webSocketUrl = QUrl(m_wsUrl->text().trimmed());
    }
    if (feed == FeedKind::Baserow) {
        c.auth = m_brToken->isChecked()      ? FeedConfig::Auth::Token
                : m_brAnonymous->isChecked() ? FeedConfig::Auth::Anonymous
                                             : FeedConfig::Auth::Password;
        c.user = m_brEmail->text().trimmed();
        c.password = m_brPasswordEdit->text();
        c.token = m_brTokenEdit->text().trimmed();
    } else if (feed == FeedKind::ContentServer) {
        c.auth = m_csJwt->isChecked()     ? FeedConfig::Auth::Jwt
                : m_csCookie->isChecked() ? FeedConfig::Auth::Cookie
                                          : FeedConfig::Auth::Basic;
        c.user = m_csUser->text().trimmed();
        c.password = m_csPassword->text();
        c.token = m_csToken->text().trimmed();
        c.cookie = m_csCookieEdit->text().trimmed();
        c.csSubscribeTemplate = m_csNoMessages->isChecked() ? QString() : m_csSubscribe->text();
        c.csUnsubscribeTemplate = m_csNoMessages->isChecked() ? QString() : m_csUnsubscribe->text();
    }
    c.origin = m_origin->text().trimmed();
    for (const QString &line : m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            c.headers.append(
                    {line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    if (feed == FeedKind::Baserow || feed == FeedKind::ContentServer) {
        for (const QString &s : m_subscriptions->text().split(u',', Qt::SkipEmptyParts))
            c.subscriptions << s.trimmed();
    }
    c.rawStatsKey = m_statsKey->text().trimmed();
    for (const QString &p : m_pins->text().split(u',', Qt::SkipEmptyParts))
        c.pinnedCertificates << normaliseFingerprint(p.toLatin1());
    if (auto proxy = ProxySetting::parse(m_proxy->text()))
        c.proxy = *proxy;
    c.snapshot = feed != FeedKind::Raw && m_snapshot->isChecked();
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
    if (c.feed == FeedKind::Raw) {
        if (!c.webSocketUrl.isValid() || !c.webSocketUrl.scheme().startsWith(u"ws"_s))
            return tr("The raw feed needs a ws:// or wss:// URL.");
    } else if (!c.baseUrl.isValid() || c.baseUrl.host().isEmpty()
            || (c.baseUrl.scheme() != u"http" && c.baseUrl.scheme() != u"https")) {
        return tr("Give the backend's http:// or https:// URL.");
    }
    if (c.feed == FeedKind::Baserow && c.auth == FeedConfig::Auth::Password
            && (c.user.isEmpty() || c.password.isEmpty()))
        return tr("Baserow needs an e-mail and a password (or a token, or anonymous).");
    if (c.feed == FeedKind::Baserow && c.auth == FeedConfig::Auth::Token && c.token.isEmpty())
        return tr("Paste an access token.");
    if (c.feed == FeedKind::ContentServer && c.auth == FeedConfig::Auth::Basic && c.user.isEmpty())
        return tr("Basic authentication needs a user.");
    QString proxyError;
    if (!ProxySetting::parse(m_proxy->text(), &proxyError))
        return proxyError;
    auto protocol = createProtocol(c);
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
