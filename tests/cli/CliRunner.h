#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built webhook-studio-cli as a user's shell would and keeps what it
// printed; the caller's event loop turns meanwhile.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 60000,
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
