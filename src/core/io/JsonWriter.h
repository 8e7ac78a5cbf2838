#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringView>

// A pretty JSON writer that keeps keys in the order they are written.
// QJsonDocument sorts keys alphabetically; documents and exports read better
// (and diff better) when "format" and "version" come first and each webhook
// reads top-down like the editor. Free-form values (samples) are written with
// their keys sorted, which keeps the output deterministic.
class JsonWriter
{
public:
    // `indent` spaces per level; a negative indent writes compact JSON on one
    // line, as sent on the wire.
    explicit JsonWriter(int indent = 2);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void value(const QJsonValue& value);

    // Shorthands for key(name) followed by value(...).
    void member(QStringView name, const QJsonValue& value);

    QByteArray toJson() const;

    static QByteArray quoted(QStringView text);
    // The JSON string escapes of `text`, without the surrounding quotes; the
    // text itself (shared, not copied) when nothing needs escaping.
    static QString escaped(const QString& text);
    // Appends bytes to `out` without QByteArray::append's general path.
    static void appendBytes(QByteArray& out, QByteArrayView bytes);
    // Appends the escapes of UTF-8 text to `out`.
    static void appendEscaped(QByteArray& out, QByteArrayView utf8);
    static QByteArray number(double value);
    static QByteArray number(const QJsonValue& value);

private:
    void beforeValue();
    void newline();
    void close(char bracket);

    struct Level
    {
        bool isObject = false;
        int count = 0;
    };

    QByteArray m_out;
    QList<Level> m_levels;
    int m_indent;
    bool m_afterKey = false;
};
