// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace Feedscope::Ui {

std::optional<Prompter::Credentials> DialogPrompter::askCredentials(QWidget *parent,
        const QString &title, const QString &reason, const QString &user, bool tokenOnly)
{
    QDialog d(parent);
    d.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&d);
    auto *why = new QLabel(reason, &d);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto *form = new QFormLayout;
    auto *userEdit = new QLineEdit(user, &d);
    auto *password = new QLineEdit(&d);
    password->setEchoMode(QLineEdit::Password);
    auto *token = new QLineEdit(&d);
    token->setEchoMode(QLineEdit::Password);
    if (!tokenOnly) {
        form->addRow(QObject::tr("User or e-mail"), userEdit);
        form->addRow(QObject::tr("Password"), password);
    }
    form->addRow(QObject::tr("Or an access token"), token);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(buttons);
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    return Credentials {userEdit->text(), password->text(), token->text()};
}

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

} // namespace Feedscope::Ui
