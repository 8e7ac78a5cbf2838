#include "TestPaths.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace TestPaths {
QString sourceDir()
{
    return QStringLiteral(WEBHOOKSTUDIO_SOURCE_DIR);
}

QString dataDir()
{
    return sourceDir() + u"/tests/data"_s;
}

QString dataFile(const QString& relativePath)
{
    return dataDir() + u'/' + relativePath;
}

QString sampleFile()
{
    return sourceDir() + u"/resources/samples/winter-renewal.webhooks.json"_s;
}

QString schemaFile()
{
    return sourceDir() + u"/resources/schema/campaign.schema.json"_s;
}

QString cliExecutable()
{
    return QStringLiteral(WEBHOOKSTUDIO_CLI_PATH);
}

QString python()
{
    // Prefer the system interpreter: that is where apt installs jsonschema,
    // while a python3 earlier on PATH (pyenv, a venv) may lack it.
    const QString system = u"/usr/bin/python3"_s;
    if (QFileInfo(system).isExecutable())
        return system;
    return QStandardPaths::findExecutable(u"python3"_s);
}
} // namespace TestPaths
