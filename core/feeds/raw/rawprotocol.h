// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "protocol/feedprotocol.h"

namespace Feedscope {

class JsonReader;

// Any WebSocket: no tree, frames only. Each frame's "type" for the statistics is the value
// of a chosen key, or the first of "type", "event", "action" present.
class RawProtocol final : public FeedProtocol
{
public:
    RawProtocol();
    ~RawProtocol() override;

    const NodeSchema &schema() const override { return m_schema; }
    void decode(const Frame &frame, DecodeResult &out) override;
    QString summarize(QByteArrayView frame) override;
    // Any text: the raw feed is for feeds Feedscope does not know.
    bool framesAreJson() const override { return false; }
    std::vector<FrameTemplate> frameTemplates() const override;
    bool setStatisticsKey(const QString &key) override
    {
        m_key = key.toUtf8();
        return true;
    }
    QString statisticsKey() const { return QString::fromUtf8(m_key); }

private:
    NodeSchema m_schema; // no tree
    std::unique_ptr<JsonReader> m_reader;
    QByteArray m_key;
};

} // namespace Feedscope
