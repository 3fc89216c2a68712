// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

class QWidget;

namespace Feedscope::Ui {

// Every question to the user goes through this, so tests can answer in advance (KeePassXC's
// pattern) and nothing modal pops up under a test.
class Prompter
{
public:
    virtual ~Prompter() = default;
    struct Credentials
    {
        QString user;
        QString password;
        QString token;
    };
    virtual std::optional<Credentials> askCredentials(QWidget *parent, const QString &title,
            const QString &reason, const QString &user, bool tokenOnly) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question) = 0;
};

// Asks with dialogs.
class DialogPrompter final : public Prompter
{
public:
    std::optional<Credentials> askCredentials(QWidget *parent, const QString &title,
            const QString &reason, const QString &user, bool tokenOnly) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question) override;
};

// Answers from what the test put in; records what was asked.
class ScriptedPrompter final : public Prompter
{
public:
    std::optional<Credentials> askCredentials(
            QWidget *, const QString &, const QString &reason, const QString &, bool) override
    {
        asked << reason;
        return credentials;
    }
    bool confirm(QWidget *, const QString &, const QString &question) override
    {
        asked << question;
        return confirmAnswer;
    }
    std::optional<Credentials> credentials;
    bool confirmAnswer = true;
    QStringList asked;
};

} // namespace Feedscope::Ui
