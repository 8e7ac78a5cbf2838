#include "CliRunner.h"

#include "TestPaths.h"

#include <QProcess>
#include <QSignalSpy>

CliRun runCli(const QStringList& arguments, const QByteArray& input, int timeoutMs,
    const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(TestPaths::cliExecutable(), arguments);
    if (!process.waitForStarted(timeoutMs))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The event loop turns while it runs, so servers of the test's own
    // process (a proxy, say) answer it.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}
