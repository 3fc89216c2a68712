// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timersource.h"

#include <QTimer>

#include "util/monotonic.h"

namespace Feedscope {

SystemTimerSource::SystemTimerSource()
{
    m_clock.start();
}

SystemTimerSource::~SystemTimerSource()
{
    for (const auto &t : std::as_const(m_timers))
        delete t.data();
}

qint64 SystemTimerSource::nowMs() const
{
    return m_clock.elapsed();
}

qint64 SystemTimerSource::nowNs() const
{
    return monotonicNs();
}

int SystemTimerSource::start(int delayMs, QObject *context, std::function<void()> fn)
{
    const int id = m_nextId++;
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)] {
        m_timers.remove(id);
        timer->deleteLater();
        fn();
    });
    m_timers.insert(id, timer);
    timer->start(std::max(0, delayMs));
    return id;
}

void SystemTimerSource::cancel(int id)
{
    if (auto t = m_timers.take(id))
        t->deleteLater();
}

int ManualTimerSource::start(int delayMs, QObject *context, std::function<void()> fn)
{
    const int id = m_nextId++;
    m_pending.emplace(id, Pending {m_now + std::max(0, delayMs), delayMs, context, std::move(fn)});
    return id;
}

void ManualTimerSource::cancel(int id)
{
    m_pending.erase(id);
}

void ManualTimerSource::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    for (;;) {
        auto due = m_pending.end();
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it->second.deadline <= target
                    && (due == m_pending.end() || it->second.deadline < due->second.deadline))
                due = it;
        }
        if (due == m_pending.end())
            break;
        Pending p = std::move(due->second);
        m_pending.erase(due);
        m_now = std::max(m_now, p.deadline);
        if (p.context)
            p.fn();
    }
    m_now = target;
}

QList<int> ManualTimerSource::pendingDelays() const
{
    QList<int> out;
    for (const auto &[id, p] : m_pending)
        out << p.delay;
    return out;
}

qint64 ManualTimerSource::nextDeadline() const
{
    qint64 best = -1;
    for (const auto &[id, p] : m_pending) {
        if (best < 0 || p.deadline < best)
            best = p.deadline;
    }
    return best;
}

} // namespace Feedscope
