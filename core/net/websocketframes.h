// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// The client side of RFC 6455 as pure functions and one pure reader: bytes in, events out. No
// sockets here, so every rule can be unit-tested and fed random bytes. WebSocketClient puts
// it on a socket.
namespace Feedscope::Ws {

enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

// The close codes this client sends or reports (RFC 6455 section 7.4.1).
enum CloseCode : quint16 {
    CloseNormal = 1000,
    CloseGoingAway = 1001,
    CloseProtocolError = 1002,
    CloseNoStatus = 1005, // a close frame without a code; never sent
    CloseAbnormal = 1006, // the connection ended without a close frame; never sent
    CloseInvalidPayload = 1007,
    CloseTooBig = 1009,
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// --- the opening handshake ----------------------------------------------------------------------

// Whether url asks for TLS (wss, or https), and the port it means when it names none.
bool isSecure(const QUrl &url);
inline quint16 defaultPort(const QUrl &url)
{
    return isSecure(url) ? 443 : 80;
}

// A fresh Sec-WebSocket-Key: 16 random bytes, base64.
QByteArray makeKey();
// The Sec-WebSocket-Accept a server must answer a key with.
QByteArray acceptFor(QByteArrayView key);
// The GET request that asks url's server for a WebSocket. Headers are added as given, after
// the ones the protocol needs (a Host, Upgrade, Connection, Sec-WebSocket-* among them
// replaces the default).
QByteArray handshakeRequest(const QUrl &url, const Headers &headers, QByteArrayView key);

struct HandshakeResponse
{
    enum class State { Incomplete, Accepted, Refused, Invalid };
    State state = State::Incomplete;
    int status = 0; // the HTTP status, once the status line is in
    QByteArray reasonPhrase;
    Headers headers;
    qsizetype consumed = 0; // bytes of the response; what follows is already WebSocket frames
    QString error; // Refused or Invalid: what went wrong, for people
};
// Reads the server's answer from the start of data. Incomplete until the blank line; more than
// maxBytes without one is Invalid.
HandshakeResponse parseHandshakeResponse(
        QByteArrayView data, QByteArrayView expectedAccept, qsizetype maxBytes = 64 * 1024);

// --- frames -------------------------------------------------------------------------------------

// One client frame, FIN set, masked with maskKey (clients must mask every frame), appended to out.
void appendClientFrame(QByteArray &out, Opcode opcode, QByteArrayView payload, quint32 maskKey);
// A close frame's payload: the code, big-endian, then the UTF-8 reason cut to fit 125 bytes.
QByteArray closePayload(quint16 code, QByteArrayView reason);
// Whether a code may appear in a close frame on the wire.
bool isValidCloseCode(quint16 code);

struct Event
{
    enum class Type { Message, Ping, Pong, Close };
    Type type = Type::Message;
    bool binary = false; // Message: a binary message, not text
    QByteArray payload; // Message: the data; Ping, Pong: their payload; Close: the reason
    quint16 closeCode = 0; // Close: the code, CloseNoStatus when the frame had none
};

// Server frames in, events out, with every check RFC 6455 asks of a client: no mask, no
// reserved bits, known opcodes, control frames short and whole, fragments in order, text that
// is UTF-8, close codes that are allowed, and a message size limit. After an error the reader
// stays failed: the connection has to be closed with errorCloseCode().
class FrameReader
{
    Q_DECLARE_TR_FUNCTIONS(FrameReader) // the context lupdate gives it

public:
    explicit FrameReader(qint64 maxMessageBytes = 16 * 1024 * 1024);

    void setMaxMessageBytes(qint64 bytes) { m_maxMessage = bytes; }

    // Room for n more bytes at the end of the buffer (for a socket to read into); commit()
    // says how many were written.
    char *reserve(qsizetype n);
    void commit(qsizetype n);
    void append(QByteArrayView bytes);

    // The next complete event, if the bytes hold one. False when more bytes are needed or
    // after an error.
    bool next(Event &out);

    bool failed() const { return m_errorCode != 0; }
    quint16 errorCloseCode() const { return m_errorCode; }
    const QString &errorString() const { return m_error; }
    void reset();

private:
    bool fail(quint16 code, QString message);
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0; // where the next frame starts in m_buffer
    qsizetype m_reserved = 0; // the room the last reserve() added
    qint64 m_maxMessage;
    QByteArray m_fragments; // the message being assembled from fragments
    bool m_inMessage = false;
    bool m_fragmentsBinary = false;
    quint16 m_errorCode = 0;
    QString m_error;
};

} // namespace Feedscope::Ws
