// SPDX-FileCopyrightText: 2026 Feedscope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

#include "feeds/registry.h"
#include "startup.h"

using namespace Qt::StringLiterals;

namespace Feedscope::App {

void printError(const QString &message)
{
    const QByteArray bytes = (u"feedscope: "_s + message + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int usage(const QString &message)
{
    printError(message);
    return 2;
}

void printOut(const QString &text)
{
    const QByteArray bytes = (text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int failWith(int code, const QString &message)
{
    printError(message);
    return code;
}

std::optional<OpenedRecording> openRecording(
        const QString &path, const QString &feedOption, int *exitCode)
{
    QString error;
    auto recording = Recording::open(path, &error);
    if (!recording) {
        *exitCode = failWith(2, Tr::tr("cannot read %1: %2").arg(path, error));
        return std::nullopt;
    }
    OpenedRecording r;
    r.recording = recording;
    auto config = recording->replayConfig(feedOption, &error);
    if (!config) {
        *exitCode = usage(recording->feedId().isEmpty() && feedOption.isEmpty()
                        ? Tr::tr("%1 has no header naming its feed: give --feed (%2)")
                                  .arg(path, Feeds::idList())
                        : error);
        return std::nullopt;
    }
    r.config = *config;
    return r;
}

std::optional<QString> readSecretFile(const QString &path, QString *error)
{
    QFile f;
    if (path == u"-") {
        if (!f.open(stdin, QIODevice::ReadOnly)) {
            *error = f.errorString();
            return std::nullopt;
        }
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("cannot read %1: %2").arg(path, f.errorString());
            return std::nullopt;
        }
    }
    QString line = QString::fromUtf8(f.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

void applyLogRules(const QString &rules)
{
    if (rules.isEmpty())
        return;
    QString r = rules;
    r.replace(u';', u'\n');
    QLoggingCategory::setFilterRules(r);
}

#ifdef Q_OS_UNIX
namespace {
int g_signalFd[2] = {-1, -1};
void signalHandler(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[0], &c, 1);
}
} // namespace
#else
namespace {
volatile std::sig_atomic_t g_signalled = 0;
void signalHandler(int)
{
    g_signalled = 1;
}
} // namespace
#endif

void attachParentConsole()
{
#ifdef Q_OS_WIN
    auto present = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
    };
    const bool in = present(STD_INPUT_HANDLE);
    const bool out = present(STD_OUTPUT_HANDLE);
    const bool err = present(STD_ERROR_HANDLE);
    if ((out && err) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return; // a console program, or redirected, or started with no console
    std::FILE *f = nullptr;
    if (!out)
        freopen_s(&f, "CONOUT$", "w", stdout);
    if (!err)
        freopen_s(&f, "CONOUT$", "w", stderr);
    if (!in)
        freopen_s(&f, "CONIN$", "r", stdin);
#endif
}

void onTerminationRequest(QObject *context, std::function<void()> fn)
{
#ifdef Q_OS_UNIX
    if (g_signalFd[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, fn] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalFd[1], &c, 1);
        notifier->setEnabled(false);
        fn();
    });
    struct sigaction sa = {};
    sa.sa_handler = signalHandler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
#else
    std::signal(SIGINT, signalHandler);
    std::signal(SIGTERM, signalHandler);
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [poll, fn] {
        if (g_signalled) {
            poll->stop();
            fn();
        }
    });
    poll->start(100);
#endif
}

void addHelpOption(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption(
            {u"h"_s, u"help"_s}, Tr::tr("Show this command's options and exit.")));
}

bool parseOrExit(QCommandLineParser &p, const QStringList &args, int *exitCode)
{
    if (!p.parse(args)) {
        *exitCode = usage(p.errorText());
        return false;
    }
    if (p.isSet(u"help"_s)) {
        QTextStream(stdout) << withProgramName(p.helpText());
        *exitCode = 0;
        return false;
    }
    if (!p.positionalArguments().isEmpty() && p.positionalArguments().size() > 1) {
        *exitCode =
                usage(Tr::tr("unexpected arguments: %1").arg(p.positionalArguments().join(u' ')));
        return false;
    }
    return true;
}

std::optional<MonitorOptions::Print> parsePrint(const QString &v)
{
    if (v.isEmpty() || v == u"changes")
        return MonitorOptions::Print::Changes;
    if (v == u"frames")
        return MonitorOptions::Print::Frames;
    if (v == u"none")
        return MonitorOptions::Print::None;
    return std::nullopt;
}

} // namespace Feedscope::App
