#pragma once

#include <QString>

#include <tuple>

// One request header. The value is a template; for a secret header it is a
// ${NAME} reference whose real value lives outside the document.
struct HeaderEntry
{
    QString name;
    QString value;
    bool enabled = true;
    bool secret = false;

    friend bool operator==(const HeaderEntry& a, const HeaderEntry& b)
    {
        return std::tie(a.name, a.value, a.enabled, a.secret)
            == std::tie(b.name, b.value, b.enabled, b.secret);
    }
    friend bool operator!=(const HeaderEntry& a, const HeaderEntry& b) { return !(a == b); }
};
