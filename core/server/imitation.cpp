// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imitation.h"

namespace Feedscope::Server {

Imitation::Imitation(ServerContext *context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{ }

Imitation::~Imitation() = default;

void Imitation::mergeUsers(OValue &, const OValue &) const
{ }

void Imitation::prepareFlood(const QString &, int)
{ }

int Imitation::flood(const QString &, int)
{
    return 0;
}

int Imitation::floodSubscribers(const QString &) const
{
    return 0;
}

int Imitation::readAsClient(const QString &, const QList<QString> &)
{
    return 0;
}

} // namespace Feedscope::Server
