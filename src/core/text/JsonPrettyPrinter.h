#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

// Re-indents JSON byte by byte, for response bodies of any size: one pass,
// no document tree, string contents copied untouched (so numbers and escapes
// stay exactly as the server sent them). Runs on a worker thread for large
// bodies and can be cancelled from another thread.
class JsonPrettyPrinter
{
    Q_DECLARE_TR_FUNCTIONS(JsonPrettyPrinter)

public:
    struct Result
    {
        QByteArray text;
        // Empty when the input was well-formed enough to indent: balanced
        // brackets, closed strings.
        QString error;
        qsizetype errorOffset = -1;
        bool cancelled = false;

        bool succeeded() const { return error.isEmpty() && !cancelled; }
    };

    static Result format(
        const QByteArray& json, int indent = 2, const std::atomic<bool>* cancel = nullptr);
    // Whether `body` looks like JSON worth formatting: its first byte that
    // is not white space opens an object or an array.
    static bool looksLikeJson(const QByteArray& body);
};
