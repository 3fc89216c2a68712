// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "feedprotocol.h"

namespace Feedscope {

class JsonReader;

// The "API page" events/pages feed (specs/ap.md): several messages per frame joined by "\n",
// {"event": "ap_…", "data": …} envelopes, fields keyed by position (their ids change on every
// update), and updates whose zero createdAt must not replace the real one.
class ApProtocol final : public FeedProtocol
{
public:
    ApProtocol();
    ~ApProtocol() override;

    FeedKind feed() const override { return FeedKind::ApiPage; }
    void decode(const Frame &frame, DecodeResult &out) override;
    QString summarize(QByteArrayView frame) override;

    std::vector<RestCall> initialSnapshot() const override;
    void decodeRest(const RestCall &call, int status, QByteArrayView body, DecodeResult &out,
            std::vector<RestCall> &more) override;
    std::optional<RestCall> detailsCall(const EntityStore &store, NodeId node) const override;

    QString label(const EntityStore &store, NodeId id) const override;
    bool groupsChildren(Kind kind) const override { return kind == Kind::Root; }

private:
    void decodeMessage(QByteArrayView text, const Frame &frame, DecodeResult &out);
    std::unique_ptr<JsonReader> m_reader;
};

} // namespace Feedscope
