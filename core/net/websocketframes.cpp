// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketframes.h"

#include <cstring>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <simdjson.h>

using namespace Qt::StringLiterals;

namespace Feedscope::Ws {

namespace {

constexpr QByteArrayView Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

QString tr(const char *text)
{
    return QCoreApplication::translate("Feedscope::Ws", text);
}

bool isUtf8(QByteArrayView bytes)
{
    return simdjson::validate_utf8(bytes.data(), size_t(bytes.size()));
}

// A header value without the line breaks that would end it early.
QByteArray oneLine(QByteArrayView v)
{
    QByteArray out = v.toByteArray();
    out.replace('\r', ' ').replace('\n', ' ');
    return out;
}

// Whether a comma-separated header value holds token, in any case.
bool hasToken(QByteArrayView value, QByteArrayView token)
{
    for (const QByteArray &part : value.toByteArray().split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const QByteArray *header(const Headers &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return &h.second;
    }
    return nullptr;
}

quint16 readBe16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

} // namespace

bool isSecure(const QUrl &url)
{
    return url.scheme().compare(u"wss"_s, Qt::CaseInsensitive) == 0
            || url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
}

QByteArray makeKey()
{
    quint32 raw[4];
    QRandomGenerator::system()->fillRange(raw);
    return QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toBase64();
}

QByteArray acceptFor(QByteArrayView key)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(key);
    sha1.addData(Guid);
    return sha1.result().toBase64();
}

QByteArray handshakeRequest(const QUrl &url, const Headers &headers, QByteArrayView key)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    if (port > 0 && port != defaultPort(url))
        host += ':' + QByteArray::number(port);

    Headers all {{"Host", host}, {"Upgrade", "websocket"}, {"Connection", "Upgrade"},
            {"Sec-WebSocket-Key", key.toByteArray()}, {"Sec-WebSocket-Version", "13"}};
    for (const auto &h : headers) {
        auto same = [&](const QPair<QByteArray, QByteArray> &d) {
            return d.first.compare(h.first, Qt::CaseInsensitive) == 0;
        };
        all.removeIf(same);
        all.append({oneLine(h.first).replace(':', '-'), oneLine(h.second)});
    }
    QByteArray out = "GET " + oneLine(target) + " HTTP/1.1\r\n";
    for (const auto &h : std::as_const(all))
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    return out;
}

HandshakeResponse parseHandshakeResponse(
        QByteArrayView data, QByteArrayView expectedAccept, qsizetype maxBytes)
{
    HandshakeResponse r;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (data.size() > maxBytes) {
            r.state = HandshakeResponse::State::Invalid;
            r.error = tr("the server's answer to the upgrade has no end (more than %1 bytes)")
                              .arg(maxBytes);
        }
        return r;
    }
    r.consumed = end + 4;
    const QList<QByteArray> lines = data.first(end).toByteArray().split('\n');
    const QByteArray statusLine = lines.first().trimmed();
    // "HTTP/1.1 101 Switching Protocols"
    const qsizetype sp1 = statusLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : statusLine.indexOf(' ', sp1 + 1);
    bool ok = false;
    if (statusLine.startsWith("HTTP/") && sp1 > 0)
        r.status = statusLine.mid(sp1 + 1, sp2 < 0 ? -1 : sp2 - sp1 - 1).toInt(&ok);
    if (!ok || r.status < 100 || r.status > 999) {
        r.status = 0;
        r.state = HandshakeResponse::State::Invalid;
        r.error = tr("the server did not answer the upgrade with HTTP: %1")
                          .arg(QString::fromLatin1(statusLine.left(80)));
        return r;
    }
    if (sp2 > 0)
        r.reasonPhrase = statusLine.mid(sp2 + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (r.status != 101) {
        r.state = HandshakeResponse::State::Refused;
        r.error = tr("the server refused the upgrade (HTTP %1%2)")
                          .arg(r.status)
                          .arg(r.reasonPhrase.isEmpty()
                                          ? QString()
                                          : u" "_s + QString::fromLatin1(r.reasonPhrase));
        return r;
    }
    r.state = HandshakeResponse::State::Invalid;
    const QByteArray *upgrade = header(r.headers, "Upgrade");
    const QByteArray *connection = header(r.headers, "Connection");
    const QByteArray *accept = header(r.headers, "Sec-WebSocket-Accept");
    if (!upgrade || upgrade->compare("websocket", Qt::CaseInsensitive) != 0)
        r.error = tr("the server's upgrade has no \"Upgrade: websocket\" header");
    else if (!connection || !hasToken(*connection, "upgrade"))
        r.error = tr("the server's upgrade has no \"Connection: Upgrade\" header");
    else if (!accept || *accept != expectedAccept)
        r.error = tr("the server's upgrade has a wrong Sec-WebSocket-Accept");
    else if (header(r.headers, "Sec-WebSocket-Extensions"))
        r.error = tr("the server chose a WebSocket extension this client did not offer");
    else
        r.state = HandshakeResponse::State::Accepted;
    return r;
}

void appendClientFrame(QByteArray &out, Opcode opcode, QByteArrayView payload, quint32 maskKey)
{
    const quint64 len = quint64(payload.size());
    const qsizetype start = out.size();
    const qsizetype header = 2 + (len < 126 ? 0 : len <= 0xFFFF ? 2 : 8) + 4;
    out.resize(start + header + payload.size());
    auto *p = reinterpret_cast<uchar *>(out.data() + start);
    *p++ = uchar(0x80 | opcode);
    if (len < 126) {
        *p++ = uchar(0x80 | len);
    } else if (len <= 0xFFFF) {
        *p++ = 0x80 | 126;
        *p++ = uchar(len >> 8);
        *p++ = uchar(len);
    } else {
        *p++ = 0x80 | 127;
        for (int shift = 56; shift >= 0; shift -= 8)
            *p++ = uchar(len >> shift);
    }
    const uchar mask[4] = {
            uchar(maskKey >> 24), uchar(maskKey >> 16), uchar(maskKey >> 8), uchar(maskKey)};
    std::memcpy(p, mask, 4);
    p += 4;
    const auto *in = reinterpret_cast<const uchar *>(payload.data());
    for (quint64 i = 0; i < len; ++i)
        p[i] = in[i] ^ mask[i & 3];
}

QByteArray closePayload(quint16 code, QByteArrayView reason)
{
    QByteArray out;
    out.append(char(code >> 8)).append(char(code & 0xFF));
    // Cut to 123 bytes without splitting a UTF-8 sequence.
    qsizetype n = std::min<qsizetype>(reason.size(), 123);
    while (n > 0 && n < reason.size() && (uchar(reason[n]) & 0xC0) == 0x80)
        --n;
    out.append(reason.first(n));
    return out;
}

bool isValidCloseCode(quint16 code)
{
    // 1004 is reserved; 1005, 1006 and 1015 only ever describe a close, never travel in one.
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
            || (code >= 3000 && code <= 4999);
}

FrameReader::FrameReader(qint64 maxMessageBytes)
    : m_maxMessage(maxMessageBytes)
{ }

void FrameReader::compact()
{
    if (m_pos == 0)
        return;
    const qsizetype rest = m_buffer.size() - m_pos;
    if (rest > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(rest));
    m_buffer.resize(rest);
    m_pos = 0;
}

char *FrameReader::reserve(qsizetype n)
{
    // The unread rest moves to the front only when it is small or the room would run out, so
    // a flood's buffer is rarely moved and never shrinks (resize keeps the capacity).
    if (m_pos > 0 && (m_buffer.size() - m_pos < 4096 || m_buffer.size() + n > m_buffer.capacity()))
        compact();
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + n);
    m_reserved = n;
    return m_buffer.data() + old;
}

void FrameReader::commit(qsizetype n)
{
    // reserve() grew the buffer by the room asked for; keep only what was written.
    m_buffer.resize(m_buffer.size() - (m_reserved - n));
    m_reserved = 0;
}

void FrameReader::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    char *dst = reserve(bytes.size());
    std::memcpy(dst, bytes.data(), size_t(bytes.size()));
    commit(bytes.size());
}

bool FrameReader::fail(quint16 code, QString message)
{
    m_errorCode = code;
    m_error = std::move(message);
    return false;
}

void FrameReader::reset()
{
    m_buffer.resize(0);
    m_pos = 0;
    m_fragments.clear();
    m_inMessage = false;
    m_errorCode = 0;
    m_error.clear();
}

bool FrameReader::next(Event &out)
{
    while (!failed()) {
        const qsizetype avail = m_buffer.size() - m_pos;
        if (avail < 2)
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData() + m_pos);
        const bool fin = p[0] & 0x80;
        const quint8 opcode = p[0] & 0x0F;
        const bool control = opcode & 0x8;
        if (p[0] & 0x70)
            return fail(CloseProtocolError, tr("the server set reserved bits in a frame"));
        if (p[1] & 0x80)
            return fail(CloseProtocolError, tr("the server masked a frame"));
        if (control) {
            if (opcode != Close && opcode != Ping && opcode != Pong)
                return fail(CloseProtocolError, tr("unknown control opcode %1").arg(opcode));
            if (!fin)
                return fail(CloseProtocolError, tr("a fragmented control frame"));
        } else if (opcode != Continuation && opcode != Text && opcode != Binary) {
            return fail(CloseProtocolError, tr("unknown opcode %1").arg(opcode));
        } else if (opcode == Continuation && !m_inMessage) {
            return fail(
                    CloseProtocolError, tr("a continuation frame without a message to continue"));
        } else if (opcode != Continuation && m_inMessage) {
            return fail(CloseProtocolError, tr("a new message before the last one was finished"));
        }
        quint64 len = p[1] & 0x7F;
        qsizetype header = 2;
        if (len == 126) {
            if (avail < 4)
                return false;
            len = readBe16(p + 2);
            header = 4;
        } else if (len == 127) {
            if (avail < 10)
                return false;
            len = 0;
            for (int i = 2; i < 10; ++i)
                len = (len << 8) | p[i];
            if (len >> 63)
                return fail(CloseProtocolError, tr("a frame length with its top bit set"));
            header = 10;
        }
        if (control && len > 125)
            return fail(CloseProtocolError, tr("a control frame longer than 125 bytes"));
        // Checked before the payload is in, so an oversized frame is never buffered whole.
        const quint64 sofar = m_inMessage ? quint64(m_fragments.size()) : 0;
        if (!control && sofar + len > quint64(m_maxMessage)) {
            return fail(CloseTooBig,
                    tr("a message of more than %1 bytes (the limit)").arg(m_maxMessage));
        }
        if (quint64(avail - header) < len)
            return false;
        const QByteArrayView payload(reinterpret_cast<const char *>(p + header), qsizetype(len));
        m_pos += header + qsizetype(len);

        if (control) {
            out.binary = false;
            out.closeCode = 0;
            if (opcode == Ping) {
                out.type = Event::Type::Ping;
                out.payload = payload.toByteArray();
            } else if (opcode == Pong) {
                out.type = Event::Type::Pong;
                out.payload = payload.toByteArray();
            } else {
                out.type = Event::Type::Close;
                out.closeCode = CloseNoStatus;
                out.payload.clear();
                if (len == 1)
                    return fail(CloseProtocolError, tr("a close frame with a 1-byte payload"));
                if (len >= 2) {
                    out.closeCode = readBe16(p + header);
                    if (!isValidCloseCode(out.closeCode)) {
                        return fail(CloseProtocolError,
                                tr("a close frame with the invalid code %1").arg(out.closeCode));
                    }
                    const QByteArrayView reason = payload.sliced(2);
                    if (!isUtf8(reason))
                        return fail(CloseInvalidPayload, tr("a close reason that is not UTF-8"));
                    out.payload = reason.toByteArray();
                }
            }
            return true;
        }
        if (fin && opcode != Continuation) {
            // A whole message in one frame: the common case, one copy.
            if (opcode == Text && !isUtf8(payload))
                return fail(CloseInvalidPayload, tr("a text message that is not UTF-8"));
            out.type = Event::Type::Message;
            out.binary = opcode == Binary;
            out.closeCode = 0;
            out.payload = payload.toByteArray();
            return true;
        }
        if (opcode != Continuation) {
            m_inMessage = true;
            m_fragmentsBinary = opcode == Binary;
            m_fragments = payload.toByteArray();
        } else {
            m_fragments.append(payload);
        }
        if (!fin)
            continue;
        m_inMessage = false;
        if (!m_fragmentsBinary && !isUtf8(m_fragments))
            return fail(CloseInvalidPayload, tr("a text message that is not UTF-8"));
        out.type = Event::Type::Message;
        out.binary = m_fragmentsBinary;
        out.closeCode = 0;
        out.payload = std::move(m_fragments);
        m_fragments = QByteArray();
        return true;
    }
    return false;
}

} // namespace Feedscope::Ws
