#include "CliApplication.h"

#include "EventsCommand.h"
#include "ExportCommand.h"
#include "FieldsCommand.h"
#include "ImportCommand.h"
#include "ReceiveCommand.h"
#include "RenderCommand.h"
#include "SendCommand.h"
#include "ValidateCommand.h"

using namespace Qt::StringLiterals;

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<RenderCommand>());
    m_commands.push_back(std::make_unique<SendCommand>());
    m_commands.push_back(std::make_unique<ReceiveCommand>());
    m_commands.push_back(std::make_unique<EventsCommand>());
    m_commands.push_back(std::make_unique<FieldsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
}

CliCommand* CliApplication::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void CliApplication::printUsage(QTextStream& stream) const
{
    stream << tr("Usage: webhook-studio-cli COMMAND [OPTIONS] [ARGUMENTS]") << u"\n\n"_s
           << tr("Design, test and export the webhooks of AI voice-calling campaigns, headless.")
           << u"\n\n"_s << tr("Commands:") << u'\n';
    for (const auto& command : m_commands) {
        stream << u"  "_s << command->name().leftJustified(12)
               << command->summary().section(u'.', 0, 0) << u".\n"_s;
    }
    stream << u'\n' << tr("Options:") << u'\n' << u"  -h, --help     "_s << tr("Show this help.")
           << u'\n' << u"  -v, --version  "_s << tr("Show the version.") << u"\n\n"_s
           << tr("Run \"webhook-studio-cli COMMAND --help\" for a command's options.") << u'\n';
}

int CliApplication::run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"-h"_s || first == u"--help"_s || first == u"help"_s) {
        printUsage(m_output.out());
        return first.isEmpty() ? CliCommand::UsageError : CliCommand::Success;
    }
    if (first == u"-v"_s || first == u"--version"_s) {
        m_output.out() << u"webhook-studio-cli "_s << QCoreApplication::applicationVersion()
                       << u" (Qt "_s << QString::fromLatin1(qVersion()) << u")\n"_s;
        return CliCommand::Success;
    }
    CliCommand* command = find(first);
    if (!command) {
        m_output.err() << tr("Unknown command \"%1\".").arg(first) << u"\n\n"_s;
        printUsage(m_output.err());
        return CliCommand::UsageError;
    }
    return command->run(arguments, m_output);
}
