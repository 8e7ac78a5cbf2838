#include "ValidateCommand.h"

#include "io/DocumentReader.h"
#include "validation/DocumentValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::summary() const
{
    return tr("Check campaign files and print every problem as FILE: JSONPATH: severity: "
              "message. Exits 1 when any file has an error, 0 otherwise.");
}

QList<Problem> ValidateCommand::check(const QString& filePath)
{
    LoadResult loaded = DocumentReader::readFile(filePath);
    if (loaded.document)
        loaded.problems += DocumentValidator::validate(*loaded.document);
    return loaded.problems;
}

QJsonObject ValidateCommand::toJson(const QString& filePath, const QList<Problem>& problems)
{
    QJsonArray items;
    int errors = 0;
    for (const Problem& problem : problems) {
        errors += problem.isError() ? 1 : 0;
        items.append(QJsonObject {
            { u"severity"_s, severityName(problem.severity) },
            { u"path"_s, problem.path },
            { u"code"_s, problem.code },
            { u"message"_s, problem.message },
        });
    }
    return {
        { u"file"_s, filePath },
        { u"valid"_s, errors == 0 },
        { u"errors"_s, errors },
        { u"warnings"_s, static_cast<int>(problems.size()) - errors },
        { u"problems"_s, items },
    };
}

int ValidateCommand::run(const QStringList& arguments, CliOutput& output)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, tr("Campaign files (*.webhooks.json)."), u"FILE..."_s);
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        output.err() << tr("validate: name at least one file.") << u'\n';
        return UsageError;
    }

    bool anyError = false;
    QJsonArray reports;
    int errorCount = 0;
    int warningCount = 0;
    for (const QString& file : files) {
        const QList<Problem> problems = check(file);
        anyError = anyError || containsErrors(problems);
        if (parser.isSet(json)) {
            reports.append(toJson(file, problems));
            continue;
        }
        printProblems(output.out(), file, problems);
        for (const Problem& problem : problems)
            (problem.isError() ? errorCount : warningCount) += 1;
    }
    if (parser.isSet(json)) {
        const QJsonObject result { { u"valid"_s, !anyError }, { u"files"_s, reports } };
        output.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        output.err() << tr("%n file(s) checked: ", nullptr, files.size())
                     << tr("%n error(s), ", nullptr, errorCount)
                     << tr("%n warning(s).", nullptr, warningCount) << u'\n';
    }
    return anyError ? Failure : Success;
}
