// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "json/ovalue.h"
#include "model/entitystore.h"

namespace Feedscope {

// The state dump (docs/state-format.md), stable: {"feed", "roots": [node…]} with node =
// {"kind", "id", "label", "deleted", "data", "children"}.
// The documented state dump (docs/state-format.md); feed is the feed's id.
OValue stateDump(const EntityStore &store, const QString &feed);
QByteArray stateDumpJson(const EntityStore &store, const QString &feed);
OValue nodeDump(const EntityStore &store, NodeId id);

} // namespace Feedscope
