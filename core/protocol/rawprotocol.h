// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "feedprotocol.h"

namespace Feedscope {

class JsonReader;

// Any WebSocket: no tree, frames only. Each frame's "type" for the statistics is the value
// of a chosen key, or the first of "type", "event", "action" present.
class RawProtocol final : public FeedProtocol
{
public:
    RawProtocol();
    ~RawProtocol() override;

    FeedKind feed() const override { return FeedKind::Raw; }
    void decode(const Frame &frame, DecodeResult &out) override;
    QString summarize(QByteArrayView frame) override;
    void setStatisticsKey(const QString &key) { m_key = key.toUtf8(); }
    QString statisticsKey() const { return QString::fromUtf8(m_key); }

private:
    std::unique_ptr<JsonReader> m_reader;
    QByteArray m_key;
};

} // namespace Feedscope
