// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imitations.h"

#include "apipage/apipageimitation.h"
#include "baserow/baserowimitation.h"
#include "contentserver/contentserverimitation.h"
#include "graphql/graphqlimitation.h"

using namespace Qt::StringLiterals;

namespace Feedscope::Server {

namespace {
template<typename T>
ImitationFactory factory(const QString &feedId)
{
    return {feedId, [](ServerContext *context, QObject *parent) -> Imitation * {
                return new T(context, parent);
            }};
}
} // namespace

const QList<ImitationFactory> &imitationFactories()
{
    static const QList<ImitationFactory> list = {
            factory<BaserowImitation>(u"baserow"_s),
            factory<ContentServerImitation>(u"contentserver"_s),
            factory<ApiPageImitation>(u"ap"_s),
            factory<GraphQlImitation>(u"graphql"_s),
    };
    return list;
}

} // namespace Feedscope::Server
