// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "json/ovalue.h"
#include "model/entitystore.h"
#include "protocol/feedprotocol.h"

namespace Feedscope {

// The state dump (docs/state-format.md), stable: {"feed", "roots": [node…]} with node =
// {"kind", "id", "label", "deleted", "data", "children"}.
OValue stateDump(const EntityStore &store, FeedKind feed);
QByteArray stateDumpJson(const EntityStore &store, FeedKind feed);
OValue nodeDump(const EntityStore &store, NodeId id);

} // namespace Feedscope
