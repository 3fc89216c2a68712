// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace Feedscope {

class RecordingSink;

// Writes lines to a file on a thread of its own: write() only appends to a buffer, which goes
// to the writer thread when it holds 256 KiB or 100 ms after its first line, so the thread
// that records (the GUI's, under a flood) never waits for the disk. A path ending in ".gz" is
// written gzip-compressed (zlib). A write that fails stops the recording and says why.
class RecordingWriter : public QObject
{
    Q_OBJECT
public:
    explicit RecordingWriter(QObject *parent = nullptr);
    ~RecordingWriter() override; // closes

    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // One line (its newline added when it has none).
    void write(const QByteArray &line);
    // Hands what is buffered to the writer thread now.
    void flush();
    // Writes what is left, closes the file and ends the thread; returns false (and *error)
    // when anything could not be written.
    bool close(QString *error = nullptr);
    qint64 lines() const { return m_lines; }
    qint64 bytes() const { return m_bytes; } // before compression

Q_SIGNALS:
    void failed(const QString &error);

private:
    QThread *m_thread = nullptr;
    RecordingSink *m_sink = nullptr; // lives on m_thread
    QByteArray m_buffer;
    QTimer m_timer;
    QString m_path;
    QString m_error;
    qint64 m_lines = 0;
    qint64 m_bytes = 0;
    bool m_open = false;
};

} // namespace Feedscope
