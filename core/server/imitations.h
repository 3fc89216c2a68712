// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QString>

// The backends the embedded server imitates, in the order it lists them: one line each in
// imitations.cpp.
namespace Feedscope::Server {

class Imitation;
class ServerContext;

struct ImitationFactory
{
    QString feedId;
    std::function<Imitation *(ServerContext *context, QObject *parent)> create;
};

const QList<ImitationFactory> &imitationFactories();

} // namespace Feedscope::Server
