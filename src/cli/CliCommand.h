#pragma once

#include "CliOutput.h"
#include "model/CampaignDocument.h"
#include "validation/Problem.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// One sub-command of webhook-studio-cli (validate, render, send, ...).
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    // The exit codes every command shares: scripts rely on them.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the program name followed by the command name.
    virtual int run(const QStringList& arguments, CliOutput& output) = 0;

    // Loads a campaign file; prints its loading problems to standard error as
    // FILE: PATH: severity: message. No document when it cannot be opened.
    static std::optional<CampaignDocument> loadDocument(const QString& filePath, CliOutput& output);
    static void printProblems(
        QTextStream& stream, const QString& filePath, const QList<Problem>& problems);
    // Writes a result to `path` atomically, or to standard output when `path`
    // is empty; false (and a message) when the file cannot be written.
    static bool writeResult(const QByteArray& bytes, const QString& path, CliOutput& output);
    // The contents of `path`, or of standard input when `path` is empty or
    // "-"; nothing (and a message) when it cannot be read.
    static std::optional<QByteArray> readInput(const QString& path, CliOutput& output);
    // The --environment option the commands that render share.
    static QCommandLineOption environmentOption();
    // Whether `name` (the option's value; empty: the first, if any) is an
    // environment of `document`; prints what it has when not.
    static bool checkEnvironment(const CampaignDocument& document, const QString& name,
        const QString& command, CliOutput& output);

protected:
    // Parses `arguments` with the command's options plus --help; returns false
    // (and sets `exitCode`) when the command should stop: help was printed or
    // the arguments are wrong.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, CliOutput& output,
        int* exitCode) const;
};
