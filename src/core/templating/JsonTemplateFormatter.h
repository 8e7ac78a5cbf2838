#pragma once

#include <QString>

#include <optional>

// Pretty-prints a JSON body template: two-space indentation, one member or
// element a line, keys in the order written, strings and placeholders kept
// exactly as they are. QJsonDocument cannot do this: it sorts keys and does
// not know placeholders. Nothing is returned for a template that is not
// JSON-with-placeholders (the editor then leaves the text alone).
class JsonTemplateFormatter
{
public:
    static std::optional<QString> format(const QString& text);
    // Indents plain JSON (a rendered body) the same way, keys in their order;
    // text that is not JSON comes back unchanged.
    static QString indentJson(const QString& json);

private:
    static QString reindent(const QString& text, bool placeholders);
};
