#pragma once

#include "EnvironmentVariable.h"
#include "TlsFiles.h"

#include <QList>
#include <QString>

// A named set of variables (Local, Staging, Production) that {{name}}
// placeholders resolve from, so one webhook design serves every stage.
struct Environment
{
    QString name;
    QList<EnvironmentVariable> variables;
    // The CA bundle and client certificate HTTPS requests in this
    // environment go out with.
    TlsFiles tls;

    const EnvironmentVariable* find(const QString& variableName) const;
    // The ${NAME} a secret variable of this environment is stored under: the
    // campaign, the environment and the variable, so a staging token is never
    // the production one.
    static QString secretName(
        const QString& campaign, const QString& environment, const QString& variable);

    friend bool operator==(const Environment& a, const Environment& b)
    {
        return a.name == b.name && a.variables == b.variables && a.tls == b.tls;
    }
    friend bool operator!=(const Environment& a, const Environment& b) { return !(a == b); }
};
