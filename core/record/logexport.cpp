// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logexport.h"

#include <QDateTime>
#include <QIODevice>
#include <QTimeZone>
#include <QUrlQuery>

#include "json/jsontext.h"
#include "json/ovalue.h"
#include "model/messagelog.h"
#include "protocol/feedprotocol.h"
#include "recordingformat.h"
#include "session/feedsession.h"
#include "util/secrets.h"

using namespace Qt::StringLiterals;

namespace Feedscope::LogExport {

namespace {

QString isoTime(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs).toUTC().toString(Qt::ISODateWithMs);
}

// RFC 4180, and a formula never: = + - @ (and tab, CR) at the start get a leading '.
QByteArray csvCell(QByteArrayView text, bool guardFormula)
{
    QByteArray cell;
    const bool formula =
            guardFormula && !text.isEmpty() && QByteArrayView("=+-@\t\r").contains(text.front());
    const bool quote = formula || text.contains(',') || text.contains('"') || text.contains('\n')
            || text.contains('\r');
    if (!quote)
        return text.toByteArray();
    cell.reserve(text.size() + 4);
    cell.append('"');
    if (formula)
        cell.append('\'');
    for (char c : text) {
        if (c == '"')
            cell.append('"');
        cell.append(c);
    }
    cell.append('"');
    return cell;
}

QByteArray directionName(Direction d)
{
    switch (d) {
    case Direction::In:
        return "in";
    case Direction::Out:
        return "out";
    case Direction::Event:
        return "event";
    }
    return {};
}

struct Exporter
{
    QIODevice &out;
    const FeedSession &session;
    const MessageLog &log;
    Secrets::KnownValues secrets;

    bool put(const QByteArray &bytes, QString *error)
    {
        const QByteArray masked = secrets.isEmpty() ? bytes : secrets.mask(bytes);
        if (out.write(masked) == masked.size())
            return true;
        if (error)
            *error = out.errorString();
        return false;
    }
    Frame frameAt(qint64 i) const
    {
        const MessageLog::Entry &e = log.entry(i);
        Frame f;
        f.seq = e.seq;
        f.wallMs = e.wallMs;
        f.dir = e.dir;
        f.binary = e.binary;
        f.bytes = log.bytes(i).toByteArray();
        return f;
    }
    QByteArray text(qint64 i) const
    {
        const MessageLog::Entry &e = log.entry(i);
        return e.binary ? log.bytes(i).toByteArray().toBase64()
                        : Secrets::redactJson(log.bytes(i).toByteArray());
    }
};

} // namespace

std::optional<Format> formatFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"jsonl" || n == u"json-lines" || n == u"jsonlines")
        return Format::JsonLines;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"har")
        return Format::Har;
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return u"CSV"_s;
    case Format::Har:
        return u"HAR 1.2"_s;
    case Format::JsonLines:
        break;
    }
    return u"JSON Lines"_s;
}

QString fileSuffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return u"csv"_s;
    case Format::Har:
        return u"har"_s;
    case Format::JsonLines:
        break;
    }
    return u"jsonl"_s;
}

bool write(QIODevice &out, Format format, const FeedSession &session,
        const std::vector<qint64> &wanted, QString *error)
{
    const MessageLog &log = *session.log();
    std::vector<qint64> indices;
    if (wanted.empty()) {
        for (qint64 i = log.firstIndex(); i < log.endIndex(); ++i)
            indices.push_back(i);
    } else {
        for (qint64 i : wanted) {
            if (log.contains(i))
                indices.push_back(i);
        }
    }
    const FeedConfig &config = session.config();
    Exporter x {out, session, log, RecordingFormat::knownSecrets(config)};
    FeedProtocol *protocol = session.protocol();
    const qint64 firstMs = indices.empty() ? QDateTime::currentMSecsSinceEpoch()
                                           : log.entry(indices.front()).wallMs;

    switch (format) {
    case Format::JsonLines: {
        RecordingFormat::Header h;
        h.feed = config.feedId();
        h.app = QStringLiteral(FEEDSCOPE_VERSION);
        h.qt = QString::fromLatin1(qVersion());
        h.startedMs = firstMs;
        h.connection = RecordingFormat::connectionSettings(config);
        if (!x.put(RecordingFormat::headerLine(h), error))
            return false;
        for (qint64 i : indices) {
            if (log.entry(i).dir == Direction::Event)
                continue; // the connection's story: not frames, and not in a recording
            if (!x.put(RecordingFormat::frameLine(x.frameAt(i), -1), error))
                return false;
        }
        return true;
    }
    case Format::Csv: {
        if (!x.put("seq,time,direction,type,size,summary,text\r\n", error))
            return false;
        for (qint64 i : indices) {
            const MessageLog::Entry &e = log.entry(i);
            const QByteArrayView bytes = log.bytes(i);
            // A story row has no number nor size of its own (as in the log).
            const bool event = e.dir == Direction::Event;
            QByteArray line = (event ? QByteArray() : QByteArray::number(e.seq)) + ','
                    + isoTime(e.wallMs).toUtf8() + ',' + directionName(e.dir) + ','
                    + csvCell(log.typeName(e.type).toUtf8(), true) + ','
                    + (event ? QByteArray() : QByteArray::number(e.size)) + ','
                    + csvCell(e.dir == Direction::Event     ? log.eventText(i).toUtf8()
                                    : e.binary || !protocol ? QByteArray()
                                                            : protocol->summarize(bytes).toUtf8(),
                            true)
                    + ',' + csvCell(x.text(i), true) + "\r\n";
            if (!x.put(line, error))
                return false;
        }
        return true;
    }
    case Format::Har:
        break;
    }

    // HAR 1.2: http://www.softwareishard.com/blog/har-12-spec/, with Chrome's extension for
    // WebSockets (_resourceType "websocket", _webSocketMessages: type, time in seconds since
    // the epoch, opcode, data).
    OValue::Array messages;
    messages.reserve(indices.size());
    for (qint64 i : indices) {
        const MessageLog::Entry &e = log.entry(i);
        if (e.dir == Direction::Event)
            continue; // HAR has messages only
        messages.push_back(
                OValue::object({{u"type"_s, e.dir == Direction::In ? u"receive"_s : u"send"_s},
                        {u"time"_s, double(e.wallMs) / 1000.0}, {u"opcode"_s, e.binary ? 2 : 1},
                        {u"data"_s, QString::fromUtf8(x.text(i))}}));
    }
    const QUrl url = config.effectiveWebSocketUrl();
    OValue::Array headers {OValue::object({{u"name"_s, u"Host"_s}, {u"value"_s, url.authority()}}),
            OValue::object({{u"name"_s, u"Upgrade"_s}, {u"value"_s, u"websocket"_s}}),
            OValue::object({{u"name"_s, u"Connection"_s}, {u"value"_s, u"Upgrade"_s}}),
            OValue::object({{u"name"_s, u"Sec-WebSocket-Version"_s}, {u"value"_s, u"13"_s}})};
    if (!config.origin.isEmpty())
        headers.push_back(OValue::object({{u"name"_s, u"Origin"_s}, {u"value"_s, config.origin}}));
    for (const auto &h : config.headers) {
        headers.push_back(OValue::object({{u"name"_s, QString::fromUtf8(h.first)},
                {u"value"_s, QString::fromUtf8(Secrets::redactHeaderValue(h.first, h.second))}}));
    }
    OValue::Array query;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : items) {
        const QString value = Secrets::isSecretName(k) ? Secrets::Mask : v;
        query.push_back(OValue::object({{u"name"_s, k}, {u"value"_s, value}}));
    }
    const qint64 lastMs = indices.empty() ? firstMs : log.entry(indices.back()).wallMs;
    auto emptyContent = OValue::object({{u"size"_s, 0}, {u"mimeType"_s, u"x-unknown"_s}});
    OValue entry = OValue::object({{u"startedDateTime"_s, isoTime(firstMs)},
            {u"time"_s, double(lastMs - firstMs)},
            {u"request"_s,
                    OValue::object({{u"method"_s, u"GET"_s}, {u"url"_s, Secrets::redactUrl(url)},
                            {u"httpVersion"_s, u"HTTP/1.1"_s}, {u"cookies"_s, OValue::array()},
                            {u"headers"_s, OValue(headers)},
                            {u"queryString"_s, OValue(std::move(query))}, {u"headersSize"_s, -1},
                            {u"bodySize"_s, 0}})},
            {u"response"_s,
                    OValue::object({{u"status"_s, 101}, {u"statusText"_s, u"Switching Protocols"_s},
                            {u"httpVersion"_s, u"HTTP/1.1"_s}, {u"cookies"_s, OValue::array()},
                            {u"headers"_s, OValue::array()}, {u"content"_s, emptyContent},
                            {u"redirectURL"_s, u""_s}, {u"headersSize"_s, -1},
                            {u"bodySize"_s, 0}})},
            {u"cache"_s, OValue::object()},
            {u"timings"_s, OValue::object({{u"send"_s, 0}, {u"wait"_s, 0}, {u"receive"_s, 0}})},
            {u"_resourceType"_s, u"websocket"_s},
            {u"_webSocketMessages"_s, OValue(std::move(messages))}});
    OValue har = OValue::object({{u"log"_s,
            OValue::object({{u"version"_s, u"1.2"_s},
                    {u"creator"_s,
                            OValue::object({{u"name"_s, u"Feedscope"_s},
                                    {u"version"_s, QStringLiteral(FEEDSCOPE_VERSION)}})},
                    {u"pages"_s, OValue::array()},
                    {u"entries"_s, OValue::Array {std::move(entry)}}})}});
    return x.put(har.toJson(OValue::Style::Indented) + '\n', error);
}

} // namespace Feedscope::LogExport
