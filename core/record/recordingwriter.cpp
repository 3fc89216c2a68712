// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingwriter.h"

#include <QFile>
#include <QThread>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Feedscope {

// The file, on the writer thread: plain, or a gzip stream through zlib's deflate.
class RecordingSink : public QObject
{
public:
    ~RecordingSink() override { finish(); }

    bool open(const QString &path, QString *error)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = m_file.errorString();
            return false;
        }
        m_gzip = path.endsWith(u".gz"_s, Qt::CaseInsensitive);
        if (m_gzip) {
            // windowBits 15 + 16: a gzip header and trailer rather than zlib's.
            if (deflateInit2(
                        &m_z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
                    != Z_OK) {
                *error = u"zlib could not start"_s;
                m_file.close();
                return false;
            }
            m_zOpen = true;
        }
        return true;
    }

    // Returns the first error, once.
    QString write(const QByteArray &data)
    {
        if (!m_error.isEmpty())
            return {};
        if (!m_gzip) {
            if (m_file.write(data) != data.size())
                return fail(m_file.errorString());
            return {};
        }
        return deflateOut(data, Z_NO_FLUSH);
    }

    QString finish()
    {
        QString e;
        if (m_zOpen) {
            if (m_error.isEmpty())
                e = deflateOut({}, Z_FINISH);
            deflateEnd(&m_z);
            m_zOpen = false;
        }
        if (m_file.isOpen()) {
            if (!m_file.flush() && e.isEmpty() && m_error.isEmpty())
                e = fail(m_file.errorString());
            m_file.close();
        }
        return m_error.isEmpty() ? e : m_error; // the first error, even one reported already
    }

private:
    QString fail(const QString &why)
    {
        m_error = why.isEmpty() ? u"write error"_s : why;
        return m_error;
    }

    QString deflateOut(QByteArrayView in, int flush)
    {
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        m_z.avail_in = uInt(in.size());
        char out[64 * 1024];
        int rc = Z_OK;
        do {
            m_z.next_out = reinterpret_cast<Bytef *>(out);
            m_z.avail_out = sizeof out;
            rc = deflate(&m_z, flush);
            if (rc == Z_STREAM_ERROR)
                return fail(u"zlib failed"_s);
            const qint64 n = qint64(sizeof out - m_z.avail_out);
            if (n > 0 && m_file.write(out, n) != n)
                return fail(m_file.errorString());
        } while (m_z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        return {};
    }

    QFile m_file;
    z_stream m_z {};
    QString m_error;
    bool m_gzip = false;
    bool m_zOpen = false;
};

RecordingWriter::RecordingWriter(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &RecordingWriter::flush);
}

RecordingWriter::~RecordingWriter()
{
    close();
}

bool RecordingWriter::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_error.clear();
    m_lines = m_bytes = 0;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"recording"_s);
    m_sink = new RecordingSink;
    m_sink->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_sink, &QObject::deleteLater);
    m_thread->start();
    QString e;
    bool ok = false;
    QMetaObject::invokeMethod(
            m_sink, [&] { ok = m_sink->open(path, &e); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_sink = nullptr;
        if (error)
            *error = e;
        return false;
    }
    m_open = true;
    return true;
}

void RecordingWriter::write(const QByteArray &line)
{
    if (!m_open)
        return;
    m_buffer.append(line);
    if (!line.endsWith('\n'))
        m_buffer.append('\n');
    ++m_lines;
    m_bytes += line.size();
    if (m_buffer.size() >= 256 * 1024)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

void RecordingWriter::flush()
{
    m_timer.stop();
    if (!m_open || m_buffer.isEmpty())
        return;
    QByteArray chunk;
    chunk.swap(m_buffer);
    // The writer outlives every chunk (close() waits for the thread), and an error reported
    // back is posted to the writer, which drops it if it is gone by then.
    RecordingWriter *writer = this;
    QMetaObject::invokeMethod(
            m_sink,
            [sink = m_sink, chunk = std::move(chunk), writer] {
                const QString e = sink->write(chunk);
                if (e.isEmpty())
                    return;
                QMetaObject::invokeMethod(
                        writer,
                        [writer, e] {
                            if (!writer->m_open)
                                return;
                            writer->m_error = e;
                            writer->close();
                            Q_EMIT writer->failed(e);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

bool RecordingWriter::close(QString *error)
{
    if (!m_thread) {
        if (error)
            *error = m_error;
        return m_error.isEmpty();
    }
    flush();
    m_open = false;
    QString e;
    QMetaObject::invokeMethod(
            m_sink, [&] { e = m_sink->finish(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // and the sink, deleted as the thread finished
    m_thread = nullptr;
    m_sink = nullptr;
    if (m_error.isEmpty() && !e.isEmpty()) {
        m_error = e; // its report, posted from the thread, will find the writer closed
        Q_EMIT failed(e);
    }
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

} // namespace Feedscope
