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

    struct Lookup
    {
        bool found = false;
        QJsonValue value;
        // When not found: how many segments matched before the walk stopped.
        int matchedSegments = 0;
    };
    // Follows the path from `root`: a segment selects an object's key or, when
    // it is a number, an array's element.
    Lookup find(const QJsonValue& root) const;

private:
    QStringList m_segments;
    QString m_error;
};
