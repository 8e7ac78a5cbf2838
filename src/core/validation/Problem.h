#pragma once

#include <QList>
#include <QString>

enum class Severity { Error, Warning };

QString severityName(Severity severity);

// One finding about a document: where it is (a JSON path such as
// $.webhooks[0].request.url), how bad it is, a stable code for tools and
// tests, and a sentence a person understands.
struct Problem
{
    Severity severity = Severity::Error;
    QString path;
    QString code;
    QString message;

    static Problem error(const QString& path, const QString& code, const QString& message);
    static Problem warning(const QString& path, const QString& code, const QString& message);

    bool isError() const { return severity == Severity::Error; }
    // "PATH: severity: message", the form the CLI prints after the file name.
    QString toString() const;

    friend bool operator==(const Problem& a, const Problem& b);
};

bool containsErrors(const QList<Problem>& problems);
