// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosetup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

QList<FeedConfig> demoFeeds(const QUrl &url)
{
    FeedConfig baserow = FeedConfig::defaults(FeedKind::Baserow);
    baserow.name = u"Baserow demo"_s;
    baserow.baseUrl = url;
    baserow.auth = FeedConfig::Auth::Password;
    baserow.user = u"demo@example.com"_s;
    baserow.password = u"demo"_s;
    baserow.subscriptions = {u"table:100"_s, u"table:101"_s, u"table:102"_s};

    FeedConfig cs = FeedConfig::defaults(FeedKind::ContentServer);
    cs.name = u"ContentServer demo"_s;
    cs.baseUrl = url;
    cs.auth = FeedConfig::Auth::Basic;
    cs.user = u"admin"_s;
    cs.password = u"admin"_s;
    cs.subscriptions = {u"/ui"_s};

    FeedConfig ap = FeedConfig::defaults(FeedKind::ApiPage);
    ap.name = u"API page demo"_s;
    ap.baseUrl = url;
    return {baserow, cs, ap};
}

QString describeServer(const QUrl &url, bool baserow, bool contentServer, bool apiPage)
{
    const QString base = url.toString();
    QString ws = base;
    ws.replace(u"http://"_s, u"ws://"_s);
    QStringList lines;
    lines << QCoreApplication::translate(
            "Feedscope::Server", "Feedscope test server listening on %1")
                     .arg(base);
    if (baserow) {
        lines << u"  Baserow:       %1/ws/core/?jwt_token=…   REST %2/api/   users demo@example.com/demo, other@example.com/other"_s
                         .arg(ws, base);
    }
    if (contentServer)
        lines << u"  ContentServer: %1/content/ws/v5   REST %2/content/rest/v5/files/   users admin/admin, alice/alice"_s
                         .arg(ws, base);
    if (apiPage)
        lines << u"  API page:      %1/api/ws   REST %2/api/events, %2/api/pages"_s.arg(ws, base);
    return lines.join(u'\n');
}

} // namespace Feedscope::Server
