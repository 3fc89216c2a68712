// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "protocol/feedprotocol.h"

namespace Feedscope::ApiPageKind {
inline constexpr Kind Event = kindNumber(1);
inline constexpr Kind EventField = kindNumber(2);
inline constexpr Kind Page = kindNumber(3);
} // namespace Feedscope::ApiPageKind

namespace Feedscope {

class JsonReader;

// "API page" events (with their fields, kept by position) and pages; a folder per kind at the
// top.
class ApiPageSchema final : public NodeSchema
{
public:
    const KindTable &kinds() const override;
    QString label(const NodeLookup &tree, NodeId id) const override;
    bool groupsChildren(Kind kind) const override { return kind == Kind::Root; }
};

// The "API page" events/pages feed (specs/ap.md): several messages per frame joined by "\n",
// {"event": "ap_…", "data": …} envelopes, fields keyed by position (their ids change on every
// update), and updates whose zero createdAt must not replace the real one.
class ApiPageProtocol final : public FeedProtocol
{
public:
    ApiPageProtocol();
    ~ApiPageProtocol() override;

    const NodeSchema &schema() const override { return m_schema; }
    void decode(const Frame &frame, DecodeResult &out) override;
    QString summarize(QByteArrayView frame) override;

    std::vector<RestCall> initialSnapshot() const override;
    void decodeRest(const RestCall &call, int status, QByteArrayView body, DecodeResult &out,
            std::vector<RestCall> &more) override;
    std::optional<RestCall> detailsCall(const NodeLookup &tree, NodeId node) const override;

private:
    void decodeMessage(QByteArrayView text, const Frame &frame, DecodeResult &out);
    ApiPageSchema m_schema;
    std::unique_ptr<JsonReader> m_reader;
};

} // namespace Feedscope
