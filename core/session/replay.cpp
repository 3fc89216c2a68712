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

ReplaySummary replayLines(FeedSession &session, const QList<QByteArray> &lines)
{
    ReplaySummary summary;
    JsonReader reader;
    quint64 seq = 0;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        ++summary.lines;
        Json::Element root;
        Json::Object o;
        if (Json::parse(reader.parser(), line, root) || root.get_object().get(o)) {
            ++summary.badLines;
            continue;
        }
        Frame f;
        const auto dir = Json::string(o, "dir");
        f.dir = dir && *dir == "out" ? Direction::Out : Direction::In;
        if (auto s = Json::integer(o, "seq"); s && *s > 0)
            seq = quint64(*s);
        else
            ++seq;
        f.seq = seq;
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
            ++summary.badLines;
            continue;
        }
        if (f.dir == Direction::In)
            ++summary.framesIn;
        else
            ++summary.framesOut;
        session.ingest(f);
        if ((summary.framesIn & 4095) == 0)
            session.flush(); // keep the queue short on long recordings
    }
    session.flush();
    summary.counters = session.counters();
    return summary;
}

std::optional<ReplaySummary> replayFile(FeedSession &session, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray all = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return replayLines(session, all.split('\n'));
}

} // namespace Feedscope
