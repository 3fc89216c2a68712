// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Feedscope::Fuzz {

// The application object a target's first input creates (timers, sockets and translations
// want one), with logging switched off by rules: the decoders' warning per bad frame would be
// most of a run's time, and its log. Call at the top of LLVMFuzzerTestOneInput.
inline void ensureApp(const char *rules = "feedscope.*=false")
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const bool quiet = [rules] {
        QLoggingCategory::setFilterRules(QString::fromLatin1(rules));
        return true;
    }();
    Q_UNUSED(quiet);
}

} // namespace Feedscope::Fuzz
