// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorder.h"

#include "json/ovalue.h"
#include "util/secrets.h"

namespace Feedscope {

QByteArray recordingLine(const Frame &frame)
{
    QByteArray line;
    line.reserve(frame.bytes.size() + 64);
    line.append("{\"seq\":");
    line.append(QByteArray::number(frame.seq));
    line.append(",\"t\":");
    line.append(QByteArray::number(frame.wallMs));
    line.append(frame.dir == Direction::In ? ",\"dir\":\"in\"" : ",\"dir\":\"out\"");
    line.append(",\"frame\":");
    if (frame.binary) {
        writeJsonString(line, frame.bytes.toBase64());
        line.append(",\"binary\":true");
    } else {
        writeJsonString(line, Secrets::redactJson(frame.bytes));
    }
    line.append("}\n");
    return line;
}

FrameRecorder::FrameRecorder(QObject *parent)
    : QObject(parent)
{ }

bool FrameRecorder::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

void FrameRecorder::record(const Frame &frame)
{
    if (!m_file.isOpen())
        return;
    m_file.write(recordingLine(frame));
    ++m_frames;
}

void FrameRecorder::close()
{
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

} // namespace Feedscope
