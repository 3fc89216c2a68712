// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QHash>

#include "baserowschema.h"
#include "protocol/feedprotocol.h"

namespace Feedscope {

class JsonReader;

// Baserow's real-time API (specs/baserow.md, Baserow 1.35): every message type of §3, the
// `group*`/`workspace*` key sets of older servers, hashed reorder lists, partial rows, and
// page subscriptions (`table`, `row`, `view`, `dashboard`).
class BaserowProtocol final : public FeedProtocol
{
public:
    BaserowProtocol();
    ~BaserowProtocol() override;

    const NodeSchema &schema() const override { return m_schema; }
    void decode(const Frame &frame, DecodeResult &out) override;
    QString summarize(QByteArrayView frame) override;

    bool hasSubscriptions() const override { return true; }
    std::optional<SubscriptionRequest> subscription(const QString &spec, QString *error) override;
    std::vector<FrameTemplate> frameTemplates() const override;
    QString subscriptionSyntax() const override;
    QString subscriptionSpecFor(const NodeLookup &tree, NodeId node) const override;
    QString subscriptionNote(int timeoutMs) const override;
    QString refusalNote(int timeoutMs) const override;
    // "table:5101" from a page name and its parameters as the server echoes them.
    static QString pageKey(QStringView page, const QList<QPair<QString, QString>> &params);

    std::vector<RestCall> initialSnapshot() const override;
    std::vector<RestCall> subscriptionSnapshot(const QString &key) const override;
    void decodeRest(const RestCall &call, int status, QByteArrayView body, DecodeResult &out,
            std::vector<RestCall> &more) override;
    void setRowSnapshotCap(int rows) { m_rowCap = rows; }
    void setRowPageSize(int size) { m_pageSize = size; }

    // The user id of the connection's account: a group_user_deleted about it removes the
    // whole workspace (as the official client does).
    void setSelfUserId(qint64 id) { m_selfUserId = id; }

    struct Context;

private:
    BaserowSchema m_schema;
    std::unique_ptr<JsonReader> m_reader;
    qint64 m_selfUserId = 0;
    int m_rowCap = 10000;
    int m_pageSize = 200;
};

} // namespace Feedscope
