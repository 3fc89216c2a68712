// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

namespace Feedscope::Bench {

// A generated Baserow recording (the `monitor --record` frame lines), rows_updated-heavy:
// `rows` rows created in table 100 first, then `frames` frames of 90 % rows_updated, 4 %
// rows_created, 3 % rows_deleted, 1 % each of row_history_updated, field_updated and
// view_updated. Frame n is stamped 1 ms after frame n − 1.
void writeBaserowMix(QIODevice &out, int rows, int frames);
// The same into a file; false and *error when it cannot be written.
bool writeBaserowMixFile(const QString &path, int rows, int frames, QString *error);

} // namespace Feedscope::Bench
