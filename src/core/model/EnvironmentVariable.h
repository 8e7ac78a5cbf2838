#pragma once

#include <QString>

#include <tuple>

// One variable of an environment, such as base_url or tenant. A secret one
// holds a ${NAME} reference in the document (its value lives in the keychain
// or the process environment), or, until the document is saved, the value
// the user typed.
struct EnvironmentVariable
{
    QString name;
    QString value;
    bool secret = false;
    QString description;

    friend bool operator==(const EnvironmentVariable& a, const EnvironmentVariable& b)
    {
        return std::tie(a.name, a.value, a.secret, a.description)
            == std::tie(b.name, b.value, b.secret, b.description);
    }
    friend bool operator!=(const EnvironmentVariable& a, const EnvironmentVariable& b)
    {
        return !(a == b);
    }
};
