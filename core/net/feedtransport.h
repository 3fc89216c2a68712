// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include "vocab/frame.h"

namespace Feedscope {

// The seam between a session and the wire (GammaRay's transport pattern): FeedConnection is
// the real one; tests drive sessions through a fake that delivers frames synchronously.
class FeedTransport : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Open, Closing, WaitingToReconnect };
    Q_ENUM(State)

    using QObject::QObject;

    virtual State state() const = 0;
    virtual void open() = 0;
    virtual void close() = 0;
    virtual void reconnectNow() = 0;
    // Ends the connection because the feed refused it; no reconnect follows.
    virtual void fail(const QString &reason) = 0;
    virtual bool sendText(const QByteArray &utf8) = 0;
    virtual QString lastError() const = 0;
    virtual QString displayUrl() const = 0;

    static QString stateName(State s);

Q_SIGNALS:
    void stateChanged(Feedscope::FeedTransport::State state);
    void frameReceived(const Feedscope::Frame &frame);
    void frameSent(const Feedscope::Frame &frame);
    void errorOccurred(const QString &message);
};

} // namespace Feedscope
