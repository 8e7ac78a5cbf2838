#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// The success condition's response key: a dot path into the JSON response such
// as data.ok or items.0.ok, where a numeric segment indexes an array.
class ResponseKeyPath
{
public:
    // Parses `text`; on failure isValid() is false and error() says why.
    explicit ResponseKeyPath(const QString& text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList& segments() const { return m_segments; }

private:
    QStringList m_segments;
    QString m_error;
};
