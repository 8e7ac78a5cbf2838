#include "CliCommand.h"

#include "io/AtomicFile.h"
#include "io/DocumentReader.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool CliCommand::parse(QCommandLineParser& parser, const QStringList& arguments, CliOutput& output,
    int* exitCode) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    parser.addOption(help);
    // Drop the command name so positional arguments start after it.
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (!parser.parse(rest)) {
        output.err() << parser.errorText() << u'\n'
                     << tr("Run \"webhook-studio-cli %1 --help\" for usage.").arg(name()) << u'\n';
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names the program as it was started; show its plain
        // name and the command instead.
        static const QRegularExpression kUsage(u"^Usage: \\S+"_s);
        QString text = parser.helpText();
        text.replace(kUsage, u"Usage: webhook-studio-cli "_s + name());
        output.out() << text;
        *exitCode = Success;
        return false;
    }
    return true;
}

void CliCommand::printProblems(
    QTextStream& stream, const QString& filePath, const QList<Problem>& problems)
{
    for (const Problem& problem : problems)
        stream << filePath << u": "_s << problem.toString() << u'\n';
}

std::optional<CampaignDocument> CliCommand::loadDocument(const QString& filePath, CliOutput& output)
{
    const LoadResult loaded = DocumentReader::readFile(filePath);
    printProblems(output.err(), filePath, loaded.problems);
    return loaded.document;
}

bool CliCommand::writeResult(const QByteArray& bytes, const QString& path, CliOutput& output)
{
    if (path.isEmpty()) {
        output.out() << QString::fromUtf8(bytes);
        output.out().flush();
        return true;
    }
    const QString error = AtomicFile::write(path, bytes);
    if (!error.isEmpty())
        output.err() << error << u'\n';
    return error.isEmpty();
}

std::optional<QByteArray> CliCommand::readInput(const QString& path, CliOutput& output)
{
    QFile file;
    const bool standardInput = path.isEmpty() || path == u"-"_s;
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        output.err() << (standardInput ? tr("standard input") : path) << u": "_s
                     << tr("cannot read: %1").arg(file.errorString()) << u'\n';
        return std::nullopt;
    }
    return file.readAll();
}

QCommandLineOption CliCommand::environmentOption()
{
    return QCommandLineOption(u"environment"_s,
        tr("The campaign environment {{variables}} resolve from (default: its first)."),
        tr("NAME"));
}

bool CliCommand::checkEnvironment(const CampaignDocument& document, const QString& name,
    const QString& command, CliOutput& output)
{
    if (name.isEmpty() || document.findEnvironment(name))
        return true;
    const QStringList names = document.environmentNames();
    output.err() << (names.isEmpty()
            ? tr("%1: --environment: the campaign has no environments.").arg(command)
            : tr("%1: --environment: the campaign has no environment \"%2\"; it has %3.")
                  .arg(command, name, u'"' + names.join(u"\", \""_s) + u'"'))
                 << u'\n';
    return false;
}
