// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace Feedscope {

// Time as the connection layer sees it: a monotonic clock and one-shot timers. Injected so
// that tests can check reconnect delays and keepalive deadlines without sleeping.
class TimerSource
{
public:
    virtual ~TimerSource() = default;
    virtual qint64 nowMs() const = 0;
    // Nanoseconds, for frame stamps: the system source gives monotonicNs() (util/monotonic.h),
    // which the session's other events share; a manual one its own clock.
    virtual qint64 nowNs() const { return nowMs() * 1'000'000; }
    // Calls fn once after delayMs unless cancelled or context is destroyed first. Ids are > 0.
    virtual int start(int delayMs, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(int id) = 0;
};

class SystemTimerSource final : public TimerSource
{
public:
    SystemTimerSource();
    ~SystemTimerSource() override;
    qint64 nowMs() const override;
    qint64 nowNs() const override;
    int start(int delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(int id) override;

private:
    QElapsedTimer m_clock;
    QHash<int, QPointer<QObject>> m_timers;
    int m_nextId = 1;
};

// A clock that only moves when told to; advance() fires due timers in deadline order.
class ManualTimerSource final : public TimerSource
{
public:
    qint64 nowMs() const override { return m_now; }
    int start(int delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(int id) override;

    void advance(qint64 ms);
    // Delays of the timers currently pending, in start order.
    QList<int> pendingDelays() const;
    qint64 nextDeadline() const;
    bool hasPending() const { return !m_pending.empty(); }

private:
    struct Pending
    {
        qint64 deadline;
        int delay;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    qint64 m_now = 0;
    int m_nextId = 1;
    std::map<int, Pending> m_pending;
};

} // namespace Feedscope
