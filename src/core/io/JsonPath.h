#pragma once

#include <QString>

// A location in a JSON document in the usual $.a.b[0] notation; keys that are
// not plain identifiers are written as ["key"].
class JsonPath
{
public:
    JsonPath() = default;

    JsonPath key(QStringView key) const;
    JsonPath index(qsizetype index) const;
    QString toString() const { return m_text; }

    friend bool operator==(const JsonPath& a, const JsonPath& b) { return a.m_text == b.m_text; }

private:
    explicit JsonPath(QString text)
        : m_text(std::move(text))
    { }

    QString m_text = QStringLiteral("$");
};
