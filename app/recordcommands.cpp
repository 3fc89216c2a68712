// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <QTimeZone>

#include "cliutil.h"
#include "commandline.h"
#include "feeds/registry.h"
#include "record/logexport.h"
#include "record/recordingformat.h"
#include "record/replay.h"
#include "record/statediff.h"
#include "record/timemachine.h"
#include "startup.h"
#include "util/secrets.h"

using namespace Qt::StringLiterals;

// The commands that read a recording and write something else: diff and export.
namespace Feedscope::App {

namespace {

// Parses, prints help, checks for one FILE; opens it. nullopt with the exit code.
std::optional<OpenedRecording> openFromArgs(QCommandLineParser &p, const QStringList &args,
        const QString &mode, const QCommandLineOption &feed, int *code)
{
    if (!p.parse(args)) {
        *code = usage(p.errorText());
        return std::nullopt;
    }
    if (p.isSet(u"help"_s)) {
        QTextStream(stdout) << withProgramName(p.helpText());
        *code = 0;
        return std::nullopt;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2) {
        *code = usage(Tr::tr("%1 wants exactly one FILE").arg(mode));
        return std::nullopt;
    }
    return openRecording(pos[1], p.value(feed), code);
}

QCommandLineOption feedOption()
{
    return {u"feed"_s, Tr::tr("Feed of a file without a header: %1.").arg(Feeds::idList()),
            u"FEED"_s};
}

// A moment named by the user, as a position (frames before it and it); -1 and the message.
qsizetype moment(const Recording &rec, const QString &text, QString *error)
{
    if (text == u"start")
        return 0;
    if (text == u"end")
        return rec.frameCount();
    return rec.framesUntil(text, error);
}

OValue momentJson(const Recording &rec, qsizetype position)
{
    OValue m = OValue::object({{u"position"_s, qint64(position)}});
    if (position > 0) {
        const auto &info = rec.frameInfo(position - 1);
        m.insert(u"frame"_s, qint64(info.seq));
        m.insert(u"time"_s,
                QDateTime::fromMSecsSinceEpoch(info.wallMs).toUTC().toString(Qt::ISODateWithMs));
    }
    return m;
}

// --output's file, or standard output; false (and the exit code) when it cannot be written.
bool openOutput(QFile &out, const QString &path, int *code)
{
    if (path.isEmpty())
        return out.open(stdout, QIODevice::WriteOnly);
    out.setFileName(path);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return true;
    *code = failWith(3, Tr::tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    return false;
}

} // namespace

int runDiffCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            Tr::tr("What changed in a recording between two moments: the entities created, "
                   "deleted and changed, each with its members old → new, as JSON."));
    addHelpOption(p);
    p.addPositionalArgument(u"diff"_s, Tr::tr("the mode"));
    p.addPositionalArgument(u"FILE"_s, Tr::tr("a recording (.jsonl or .jsonl.gz)"));
    const QCommandLineOption feed = feedOption();
    QCommandLineOption from {u"from"_s,
            Tr::tr("The earlier moment: a frame's number (as the log shows it, the state after "
                   "it), an ISO time, or start (default)."),
            u"A"_s, u"start"_s};
    QCommandLineOption to {
            u"to"_s, Tr::tr("The later moment, the same way, or end (default)."), u"B"_s, u"end"_s};
    QCommandLineOption kind {
            u"kind"_s, Tr::tr("Only entities of this kind (row, table, …)."), u"KIND"_s};
    QCommandLineOption output {
            u"output"_s, Tr::tr("Write to this file, not standard output."), u"FILE"_s};
    p.addOptions({feed, from, to, kind, output});
    int code = 0;
    auto opened = openFromArgs(p, args, u"diff"_s, feed, &code);
    if (!opened)
        return code;
    const Recording &rec = *opened->recording;
    QString error;
    const qsizetype a = moment(rec, p.value(from), &error);
    if (a < 0)
        return usage(u"--from: "_s + error);
    const qsizetype b = moment(rec, p.value(to), &error);
    if (b < 0)
        return usage(u"--to: "_s + error);
    TimeMachine::Options options;
    options.logFrames = false;
    TimeMachine tm(opened->recording, opened->config, options);
    tm.buildNow();
    auto before = tm.sessionAt(a);
    auto after = tm.sessionAt(b);
    StateDiff diff = diffStates(*before->store(), *after->store());
    if (p.isSet(kind)) {
        const QString k = p.value(kind);
        std::erase_if(diff.entities, [&](const StateDiff::Entity &e) { return e.kind != k; });
        diff.created = diff.deleted = diff.changed = 0;
        for (const auto &e : diff.entities) {
            (e.change == StateDiff::Entity::Change::Created                  ? diff.created
                            : e.change == StateDiff::Entity::Change::Deleted ? diff.deleted
                                                                             : diff.changed)++;
        }
    }
    OValue json = diff.toJson();
    json.insert(u"feed"_s, opened->config.feedId());
    json.insert(u"from"_s, momentJson(rec, a));
    json.insert(u"to"_s, momentJson(rec, b));
    QFile out;
    if (!openOutput(out, p.isSet(output) ? p.value(output) : QString(), &code))
        return code;
    // Entities' data come from the frames: masked as the state export and recordings are.
    const QByteArray text = Secrets::redactJson(json.toJson(OValue::Style::Indented)) + '\n';
    const Secrets::KnownValues secrets = RecordingFormat::knownSecrets(opened->config);
    out.write(secrets.isEmpty() ? text : secrets.mask(text));
    return 0;
}

int runExportCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            Tr::tr("A recording's frames as JSON Lines, CSV or HAR 1.2 (Chrome DevTools opens "
                   "it), secrets masked."));
    addHelpOption(p);
    p.addPositionalArgument(u"export"_s, Tr::tr("the mode"));
    p.addPositionalArgument(u"FILE"_s, Tr::tr("a recording (.jsonl or .jsonl.gz)"));
    const QCommandLineOption feed = feedOption();
    QCommandLineOption format {u"format"_s, Tr::tr("jsonl, csv or har."), u"FORMAT"_s};
    QCommandLineOption output {
            u"output"_s, Tr::tr("Write to this file, not standard output."), u"FILE"_s};
    QCommandLineOption from {u"from"_s,
            Tr::tr("The first frame to export (its number or an ISO time; default: the "
                   "first)."),
            u"A"_s};
    QCommandLineOption to {u"to"_s,
            Tr::tr("The last frame to export (its number or an ISO time; default: the last)."),
            u"B"_s};
    p.addOptions({feed, format, output, from, to});
    int code = 0;
    auto opened = openFromArgs(p, args, u"export"_s, feed, &code);
    if (!opened)
        return code;
    const auto fmt = LogExport::formatFromName(p.value(format));
    if (!fmt)
        return usage(Tr::tr("--format wants jsonl, csv or har"));
    const Recording &rec = *opened->recording;
    QString error;
    qsizetype first = 0;
    qsizetype end = rec.frameCount();
    if (p.isSet(from)) {
        const qsizetype a = rec.framesUntil(p.value(from), &error);
        if (a < 0)
            return usage(u"--from: "_s + error);
        first = std::max<qsizetype>(0, a - 1); // the frame named is the first one
    }
    if (p.isSet(to)) {
        end = rec.framesUntil(p.value(to), &error);
        if (end < 0)
            return usage(u"--to: "_s + error);
    }
    // The frames go through the decoder (types and summaries for CSV) into a session's log.
    FeedSession session(opened->config);
    session.log()->setCaps(std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max());
    replayRecording(session, rec);
    std::vector<qint64> indices;
    const MessageLog &log = *session.log();
    for (qint64 i = log.firstIndex(); i < log.endIndex(); ++i) {
        const qsizetype frame = i - log.firstIndex();
        if (frame >= first && frame < end)
            indices.push_back(i);
    }
    if (indices.empty())
        return usage(Tr::tr("no frame between those moments"));
    QFile out;
    if (!openOutput(out, p.isSet(output) ? p.value(output) : QString(), &code))
        return code;
    if (!LogExport::write(out, *fmt, session, indices, &error))
        return failWith(3, Tr::tr("cannot write %1: %2").arg(out.fileName(), error));
    return 0;
}

} // namespace Feedscope::App
