// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

#include "session/feedconfig.h"

// The feeds Feedscope knows, in the order menus list them: one line each in registry.cpp.
namespace Feedscope::Feeds {

const QList<const FeedDescriptor *> &all();
// By id or alias, case-insensitive; nullptr when unknown.
const FeedDescriptor *find(QStringView idOrAlias);
// A new connection to the feed with this id (which must exist) and its defaults.
FeedConfig defaults(QStringView id);
// "baserow, contentserver, ap, raw"
QString idList();
// The demo's connections to an embedded server at url that imitates these feeds (by id).
QList<FeedConfig> demoConnections(const QUrl &url, const QStringList &feedIds);

} // namespace Feedscope::Feeds
