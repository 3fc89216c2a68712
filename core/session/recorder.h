// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QObject>

#include "vocab/frame.h"

namespace Feedscope {

// One JSON line per frame: {"seq", "t" (ms since the epoch), "dir" ("in"/"out"), "frame"
// (the text as a JSON string)}; binary frames add "binary": true and hold base64. Secrets in
// frames are masked before they reach the file.
QByteArray recordingLine(const Frame &frame);

class FrameRecorder : public QObject
{
    Q_OBJECT
public:
    explicit FrameRecorder(QObject *parent = nullptr);
    bool open(const QString &path, QString *error);
    void record(const Frame &frame);
    void close();
    qint64 frames() const { return m_frames; }

private:
    QFile m_file;
    qint64 m_frames = 0;
};

} // namespace Feedscope
