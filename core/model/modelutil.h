// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

#include <QString>

#include "vocab/change.h"

namespace Feedscope {

// Sorts rows and calls fn(first, last) for each run of adjacent rows; with more than
// maxRuns runs that are dense (the span at most four times the rows changed), calls fn once for
// the whole span instead. A sparse span stays split: views and sorting proxies pay for every
// row of a range (QTreeView measures each; QSortFilterProxyModel re-sorts each), so one range
// over a 100 000-row table costs far more than a few hundred single rows.
template<typename Fn>
void emitRowRuns(std::vector<int> &rows, int maxRuns, Fn fn)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.front() < 0)
        rows.erase(rows.begin(), std::upper_bound(rows.begin(), rows.end(), -1));
    if (rows.empty())
        return;
    int runs = 1;
    for (size_t i = 1; i < rows.size(); ++i) {
        if (rows[i] != rows[i - 1] + 1)
            ++runs;
    }
    const qint64 span = qint64(rows.back()) - rows.front() + 1;
    if (runs > maxRuns && span <= 4 * qint64(rows.size())) {
        fn(rows.front(), rows.back());
        return;
    }
    int start = rows.front();
    for (size_t i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows[i] != rows[i - 1] + 1) {
            fn(start, rows[i - 1]);
            if (i < rows.size())
                start = rows[i];
        }
    }
}

// "row/5101/12": a key that names an entity across model resets and sessions.
inline QString nodeKey(const KindTable &kinds, const NodeRef &ref)
{
    QString key = kinds.name(ref.kind);
    if (!ref.scope.isEmpty())
        key += u'/' + ref.scope.toString();
    key += u'/' + ref.id.toString();
    return key;
}

} // namespace Feedscope
