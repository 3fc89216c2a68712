// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay.h"

#include <QCoreApplication>
#include <QFile>

#include "json/jsondom.h"
#include "json/jsonreader.h"

using namespace Qt::StringLiterals;

namespace Feedscope {

QString ReplaySummary::describe() const
{
    return QCoreApplication::translate("Feedscope::Replay",
            "%1 lines: %2 frames in, %3 out, %4 messages, %5 changes "
            "applied; %6 malformed, %7 invalid, %8 of unknown type, %9 "
            "unreadable lines")
            .arg(lines)
            .arg(framesIn)
            .arg(framesOut)
            .arg(counters.messages)
            .arg(counters.applied)
            .arg(counters.malformed)
            .arg(counters.invalid)
            .arg(counters.unknown)
            .arg(badLines);
}

namespace {
// One line at a time, so a recording of any size streams through.
class Replayer
{
public:
    explicit Replayer(FeedSession &session)
        : m_session(session)
    { }

    void feed(const QByteArray &raw)
    {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            return;
        ++m_summary.lines;
        Json::Element root;
        Json::Object o;
        if (Json::parse(m_reader.parser(), line, root) || root.get_object().get(o)) {
            ++m_summary.badLines;
            return;
        }
        Frame f;
        const auto dir = Json::string(o, "dir");
        f.dir = dir && *dir == "out" ? Direction::Out : Direction::In;
        if (auto s = Json::integer(o, "seq"); s && *s > 0)
            m_seq = quint64(*s);
        else
            ++m_seq;
        f.seq = m_seq;
        f.wallMs = Json::integer(o, "t").value_or(0);
        if (auto frame = Json::member(o, "frame")) {
            if (auto text = Json::string(*frame)) {
                f.bytes = QByteArray(text->data(), qsizetype(text->size()));
                if (Json::boolean(o, "binary").value_or(false)) {
                    f.binary = true;
                    f.bytes = QByteArray::fromBase64(f.bytes);
                }
            } else {
                f.bytes = Json::compact(*frame);
            }
        } else if (auto msg = Json::member(o, "msg")) {
            f.bytes = Json::compact(*msg);
        } else {
            ++m_summary.badLines;
            return;
        }
        if (f.dir == Direction::In)
            ++m_summary.framesIn;
        else
            ++m_summary.framesOut;
        m_session.ingest(f);
        if ((m_summary.framesIn & 4095) == 0)
            m_session.flush(); // keep the queue short on long recordings
    }

    ReplaySummary finish()
    {
        m_session.flush();
        m_summary.counters = m_session.counters();
        return m_summary;
    }

private:
    FeedSession &m_session;
    JsonReader m_reader;
    ReplaySummary m_summary;
    quint64 m_seq = 0;
};
} // namespace

ReplaySummary replayLines(FeedSession &session, const QList<QByteArray> &lines)
{
    Replayer replayer(session);
    for (const QByteArray &line : lines)
        replayer.feed(line);
    return replayer.finish();
}

std::optional<ReplaySummary> replayFile(FeedSession &session, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    Replayer replayer(session);
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (file.error() != QFileDevice::NoError) {
            if (error)
                *error = file.errorString();
            return std::nullopt;
        }
        replayer.feed(line);
    }
    return replayer.finish();
}

} // namespace Feedscope
