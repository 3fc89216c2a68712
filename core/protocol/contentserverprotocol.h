// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "feedprotocol.h"

namespace Feedscope {

class JsonReader;

// ActiveViam ContentServer WebSocket v5 (specs/contentserver.md): {path, action, entry}
// notifications with actions read case-insensitively, control messages {id, statusCode,
// instruction}, a tree by path. Its subscription frames are not public: the form is ours
// ("assumed protocol"), given as templates with ${path} and ${id}.
class ContentServerProtocol final : public FeedProtocol
{
public:
    ContentServerProtocol();
    ~ContentServerProtocol() override;

    FeedKind feed() const override { return FeedKind::ContentServer; }
    void decode(const Frame &frame, DecodeResult &out) override;
    QString summarize(QByteArrayView frame) override;

    // Empty templates: "none, the server streams everything".
    void setTemplates(const QString &subscribe, const QString &unsubscribe);
    bool hasSubscriptions() const override { return true; }
    std::optional<SubscriptionRequest> subscription(const QString &spec, QString *error) override;
    QString subscriptionSyntax() const override;

    std::vector<RestCall> subscriptionSnapshot(const QString &key) const override;
    void decodeRest(const RestCall &call, int status, QByteArrayView body, DecodeResult &out,
            std::vector<RestCall> &more) override;
    std::optional<RestCall> detailsCall(const EntityStore &store, NodeId node) const override;

    QString label(const EntityStore &store, NodeId id) const override;

    enum class Action { None, Added, Updated, Removed };
    static Action parseAction(QStringView action);
    // One leading slash, no empty segment, no trailing slash; case kept.
    static QString normalisePath(QStringView path);
    static QString parentPath(const QString &normalised);

private:
    std::unique_ptr<JsonReader> m_reader;
    QString m_subscribe;
    QString m_unsubscribe;
    int m_nextId = 1;
};

} // namespace Feedscope
