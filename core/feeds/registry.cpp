// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "apipage/apipagefeed.h"
#include "baserow/baserowfeed.h"
#include "contentserver/contentserverfeed.h"
#include "graphql/graphqlfeed.h"
#include "raw/rawfeed.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Feeds {

const QList<const FeedDescriptor *> &all()
{
    static const QList<const FeedDescriptor *> feeds = {
            &baserowFeed(),
            &contentServerFeed(),
            &apiPageFeed(),
            &graphQlFeed(),
            &rawFeed(),
    };
    return feeds;
}

const FeedDescriptor *find(QStringView idOrAlias)
{
    for (const FeedDescriptor *f : all()) {
        if (idOrAlias.compare(f->id, Qt::CaseInsensitive) == 0)
            return f;
        for (const QString &alias : f->aliases) {
            if (idOrAlias.compare(alias, Qt::CaseInsensitive) == 0)
                return f;
        }
    }
    return nullptr;
}

FeedConfig defaults(QStringView id)
{
    const FeedDescriptor *f = find(id);
    Q_ASSERT_X(f, "Feeds::defaults", "unknown feed");
    return f ? FeedConfig::defaults(*f) : FeedConfig();
}

QString idList()
{
    QStringList ids;
    for (const FeedDescriptor *f : all())
        ids << f->id;
    return ids.join(u", "_s);
}

QList<FeedConfig> demoConnections(const QUrl &url, const QStringList &feedIds)
{
    QList<FeedConfig> out;
    for (const FeedDescriptor *f : all()) {
        if (f->demo && feedIds.contains(f->id)) {
            if (auto c = f->demo(url))
                out << *c;
        }
    }
    return out;
}

} // namespace Feedscope::Feeds
