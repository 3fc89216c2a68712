// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "protocol/feedprotocol.h"

namespace Feedscope::ContentServerKind {
inline constexpr Kind Directory = kindNumber(1);
inline constexpr Kind File = kindNumber(2);
} // namespace Feedscope::ContentServerKind

namespace Feedscope {

class JsonReader;

// ContentServer's entities by path: a path's last segment names it; files and directories share
// the path's key (a directory can become a file).
class ContentServerSchema final : public NodeSchema
{
public:
    const KindTable &kinds() const override;
    QString label(const NodeLookup &tree, NodeId id) const override;
};

// ActiveViam ContentServer WebSocket v5 (specs/contentserver.md): {path, action, entry}
// notifications with actions read case-insensitively, control messages {id, statusCode,
// instruction}, a tree by path. Its subscription frames are not public: the form is ours
// ("assumed protocol"), given as templates with ${path} and ${id}.
class ContentServerProtocol final : public FeedProtocol
{
public:
    ContentServerProtocol();
    ~ContentServerProtocol() override;

    const NodeSchema &schema() const override { return m_schema; }
    void decode(const Frame &frame, DecodeResult &out) override;
    QString summarize(QByteArrayView frame) override;
    // A folder's path: LISTEN to it.
    QString subscriptionSpecFor(const NodeLookup &tree, NodeId node) const override;

    // Empty templates: "none, the server streams everything".
    void setTemplates(const QString &subscribe, const QString &unsubscribe);
    bool hasSubscriptions() const override { return true; }
    std::optional<SubscriptionRequest> subscription(const QString &spec, QString *error) override;
    std::vector<FrameTemplate> frameTemplates() const override;
    QString subscriptionSyntax() const override;
    QString subscriptionNote(int timeoutMs) const override;

    std::vector<RestCall> subscriptionSnapshot(const QString &key) const override;
    void decodeRest(const RestCall &call, int status, QByteArrayView body, DecodeResult &out,
            std::vector<RestCall> &more) override;
    std::optional<RestCall> detailsCall(const NodeLookup &tree, NodeId node) const override;

    enum class Action { None, Added, Updated, Removed };
    static Action parseAction(QStringView action);
    // One leading slash, no empty segment, no trailing slash; case kept.
    static QString normalisePath(QStringView path);
    // Bounds on a path a server sends: each ancestor folder of a path is an entity whose id
    // is its own path, so a deep, long path costs about segments × length / 2 characters
    // (a 20 000-segment path in a 40 KB frame took over 1 GB). Deeper or longer paths are
    // refused, message by message, the feed staying connected. (Linux's PATH_MAX is 4096.)
    static constexpr qsizetype MaxPathSegments = 512;
    static constexpr qsizetype MaxPathChars = 4096;
    // Why a normalised path is refused, or empty.
    static QString pathProblem(const QString &normalised);
    static QString parentPath(const QString &normalised);

private:
    ContentServerSchema m_schema;
    std::unique_ptr<JsonReader> m_reader;
    QString m_subscribe;
    QString m_unsubscribe;
    int m_nextId = 1;
};

} // namespace Feedscope
