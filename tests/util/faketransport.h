// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include "net/feedtransport.h"

namespace Feedscope::Test {

// A transport driven by the test: frames are delivered synchronously, sent frames recorded.
class FakeTransport : public FeedTransport
{
    Q_OBJECT
public:
    using FeedTransport::FeedTransport;

    State state() const override { return m_state; }
    void open() override { setState(State::Open); }
    void close() override { setState(State::Disconnected); }
    void reconnectNow() override { setState(State::Open); }
    void fail(const QString &reason) override
    {
        m_error = reason;
        failed = true;
        setState(State::Disconnected);
    }
    bool sendText(const QByteArray &utf8) override
    {
        if (m_state != State::Open)
            return false;
        sent << utf8;
        Frame f;
        f.seq = ++m_seq;
        f.dir = Direction::Out;
        f.bytes = utf8;
        f.wallMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT frameSent(f);
        return true;
    }
    QString lastError() const override { return m_error; }
    QString displayUrl() const override { return QStringLiteral("fake://feed"); }

    void deliver(const QByteArray &bytes)
    {
        Frame f;
        f.seq = ++m_seq;
        f.bytes = bytes;
        f.wallMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT frameReceived(f);
    }
    void setState(State s)
    {
        if (m_state == s)
            return;
        m_state = s;
        Q_EMIT stateChanged(s);
    }

    QList<QByteArray> sent;
    bool failed = false;

private:
    State m_state = State::Disconnected;
    QString m_error;
    quint64 m_seq = 0;
};

} // namespace Feedscope::Test
