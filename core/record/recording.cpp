// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include "feeds/registry.h"
#include "json/jsonreader.h"

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Feedscope {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Feedscope::Recording)
};

// A gzip stream (or several, concatenated, as gzip writes them) inflated whole.
bool inflateGzip(QByteArrayView in, QByteArray &out, QString *error)
{
    z_stream z {};
    if (inflateInit2(&z, 15 + 32) != Z_OK) { // 32: gzip or zlib header, detected
        *error = Tr::tr("zlib could not start");
        return false;
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    out.clear();
    out.reserve(in.size() * 6);
    char buf[256 * 1024];
    int rc = Z_OK;
    while (true) {
        z.next_out = reinterpret_cast<Bytef *>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - z.avail_out));
        if (rc == Z_STREAM_END) {
            if (z.avail_in == 0)
                break;
            inflateReset(&z); // the next member of a concatenated file
            continue;
        }
        if (rc != Z_OK) {
            *error = rc == Z_BUF_ERROR ? Tr::tr("the compressed file is cut short")
                                       : Tr::tr("the compressed file is damaged (%1)")
                                                 .arg(QString::fromLatin1(z.msg ? z.msg : "?"));
            inflateEnd(&z);
            return false;
        }
    }
    inflateEnd(&z);
    return true;
}
} // namespace

Recording::~Recording() = default;

std::shared_ptr<Recording> Recording::open(
        const QString &path, QString *error, const Progress &progress)
{
    std::shared_ptr<Recording> r(new Recording);
    r->m_path = path;
    r->m_file = std::make_unique<QFile>(path);
    QString e;
    if (!r->m_file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = r->m_file->errorString();
        return nullptr;
    }
    const qint64 size = r->m_file->size();
    uchar *mapped = size > 0 ? r->m_file->map(0, size) : nullptr;
    QByteArray read;
    if (!mapped && size > 0) {
        read = r->m_file->readAll(); // a file that cannot be mapped (a pipe, some file systems)
        if (read.size() != size) {
            if (error)
                *error = r->m_file->errorString();
            return nullptr;
        }
    }
    const char *data = mapped ? reinterpret_cast<const char *>(mapped) : read.constData();
    if (size >= 2 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b) {
        if (!inflateGzip(QByteArrayView(data, size), r->m_inflated, &e)) {
            if (error)
                *error = e;
            return nullptr;
        }
        r->m_file.reset();
        r->m_data = r->m_inflated.constData();
        r->m_size = r->m_inflated.size();
    } else if (mapped) {
        r->m_data = data;
        r->m_size = size;
    } else {
        r->m_inflated = std::move(read);
        r->m_file.reset();
        r->m_data = r->m_inflated.constData();
        r->m_size = r->m_inflated.size();
    }
    if (!r->load(progress, error))
        return nullptr;
    return r;
}

std::shared_ptr<Recording> Recording::fromData(QByteArray data, QString *error)
{
    std::shared_ptr<Recording> r(new Recording);
    if (data.size() >= 2 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b) {
        QString e;
        if (!inflateGzip(data, r->m_inflated, &e)) {
            if (error)
                *error = e;
            return nullptr;
        }
    } else {
        r->m_inflated = std::move(data);
    }
    r->m_data = r->m_inflated.constData();
    r->m_size = r->m_inflated.size();
    if (!r->load({}, error))
        return nullptr;
    return r;
}

bool Recording::load(const Progress &progress, QString *error)
{
    JsonReader reader;
    RecordingFormat::Event e;
    quint64 lastSeq = 0;
    qint64 pos = 0;
    qint64 lineNumber = 0;
    while (pos < m_size) {
        const char *start = m_data + pos;
        const char *nl = static_cast<const char *>(memchr(start, '\n', size_t(m_size - pos)));
        const qint64 length = nl ? qint64(nl - start) : m_size - pos;
        ++lineNumber;
        QByteArrayView line(start, length);
        const qint64 offset = pos;
        pos += length + 1;
        if (line.trimmed().isEmpty())
            continue;
        QString why;
        if (!RecordingFormat::parseLine(reader, line, e, lastSeq, &why)) {
            ++m_badLines;
            if (m_problems.size() < 5)
                m_problems << Tr::tr("line %1: %2").arg(lineNumber).arg(why);
            continue;
        }
        if (e.type == RecordingFormat::Event::Type::Header) {
            if (!m_header.present)
                m_header = e.header;
            continue;
        }
        if (e.type == RecordingFormat::Event::Type::Unknown)
            continue;
        EventInfo info;
        info.offset = offset;
        info.length = qint32(std::min<qint64>(length, std::numeric_limits<qint32>::max()));
        info.type = e.type;
        info.wallMs = e.wallMs;
        info.ns = e.ns;
        if (e.type == RecordingFormat::Event::Type::Frame) {
            info.dir = e.frame.dir;
            info.seq = e.frame.seq;
            info.wallMs = e.frame.wallMs;
            m_frames.push_back(qsizetype(m_events.size()));
        }
        m_events.push_back(info);
        if (progress && (lineNumber & 4095) == 0 && !progress(pos, m_size)) {
            if (error)
                *error = Tr::tr("cancelled");
            return false;
        }
    }
    if (progress)
        progress(m_size, m_size);
    return true;
}

QByteArrayView Recording::line(qsizetype i) const
{
    const EventInfo &e = m_events[size_t(i)];
    return QByteArrayView(m_data + e.offset, e.length);
}

bool Recording::event(qsizetype i, RecordingFormat::Event &out, QString *error) const
{
    static thread_local JsonReader reader;
    quint64 seq = m_events[size_t(i)].seq > 0 ? m_events[size_t(i)].seq - 1 : 0;
    if (!RecordingFormat::parseLine(reader, line(i), out, seq, error))
        return false;
    if (out.type == RecordingFormat::Event::Type::Frame)
        out.frame.seq = m_events[size_t(i)].seq; // numbered as when indexed
    return true;
}

qsizetype Recording::frameOfSeq(quint64 seq) const
{
    // Sequence numbers grow along a recording (one connection's); fall back to a scan if not.
    auto it = std::lower_bound(m_frames.begin(), m_frames.end(), seq,
            [this](qsizetype ev, quint64 s) { return m_events[size_t(ev)].seq < s; });
    if (it != m_frames.end() && m_events[size_t(*it)].seq == seq)
        return qsizetype(it - m_frames.begin());
    for (size_t f = 0; f < m_frames.size(); ++f) {
        if (m_events[size_t(m_frames[f])].seq == seq)
            return qsizetype(f);
    }
    return -1;
}

qsizetype Recording::framesUntil(const QString &moment, QString *error) const
{
    const QString m = moment.trimmed();
    bool isNumber = false;
    const qulonglong seq = m.toULongLong(&isNumber);
    if (isNumber) {
        const qsizetype f = frameOfSeq(seq);
        if (f < 0) {
            if (error)
                *error = Tr::tr("no frame %1 in the recording").arg(seq);
            return -1;
        }
        return f + 1;
    }
    QDateTime t = QDateTime::fromString(m, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(m, Qt::ISODate);
    if (!t.isValid()) {
        if (error)
            *error = Tr::tr("\"%1\" is neither a frame number nor an ISO time").arg(m);
        return -1;
    }
    return frameAtOrBefore(t.toMSecsSinceEpoch()) + 1;
}

qsizetype Recording::frameAtOrBefore(qint64 wallMs) const
{
    auto it = std::upper_bound(m_frames.begin(), m_frames.end(), wallMs,
            [this](qint64 t, qsizetype ev) { return t < m_events[size_t(ev)].wallMs; });
    return qsizetype(it - m_frames.begin()) - 1;
}

std::optional<FeedConfig> Recording::replayConfig(const QString &feed, QString *error) const
{
    const QString feedId = feed.isEmpty() ? m_header.feed : feed;
    const FeedDescriptor *descriptor = feedId.isEmpty() ? nullptr : Feeds::find(feedId);
    if (!descriptor) {
        if (error) {
            *error = feedId.isEmpty() ? QCoreApplication::translate(
                             "Feedscope::Recording", "the file has no header naming its feed (%1)")
                                                .arg(Feeds::idList())
                                      : QCoreApplication::translate(
                                              "Feedscope::Recording", "unknown feed \"%1\" (%2)")
                                                .arg(feedId, Feeds::idList());
        }
        return std::nullopt;
    }
    FeedConfig config = FeedConfig::defaults(*descriptor);
    if (m_header.connection.isObject() && feed.isEmpty())
        RecordingFormat::applyConnectionSettings(m_header.connection, config);
    config.reconnect.enabled = false;
    return config;
}

} // namespace Feedscope
