#include "CliRunner.h"

#include "TestPaths.h"

#include <QProcess>

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
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}
