#pragma once

#include <QCoreApplication>
#include <QStringList>

// Splits a command line into words the way the shell it was copied from
// would: POSIX shells ('…', "…", $'…', backslashes, backslash-newline
// continuations, # comments) or the Windows command prompt (^ escapes and
// ^-newline continuations, "…" with \" inside), as browsers' "Copy as cURL
// (bash)" and "(cmd)" write them.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)

public:
    enum class Style { Posix, WindowsCmd };

    struct Result
    {
        QStringList words;
        // Empty when the line could be split; otherwise what is wrong and
        // the character position where it went wrong.
        QString error;
        qsizetype errorPosition = -1;
    };

    static Result split(const QString& command, Style style);
    // Windows when the line continues with ^ or escapes quotes with ^",
    // as cmd copies do; POSIX otherwise.
    static Style guessStyle(const QString& command);
};
