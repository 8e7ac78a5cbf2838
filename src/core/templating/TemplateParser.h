#pragma once

#include "ParsedTemplate.h"

#include <QCoreApplication>

// Finds every {{name}} in a template. Spaces inside the braces are allowed
// ({{ first_name }}); \{{ writes a literal {{. Malformed placeholders — an
// unclosed {{, an empty {{}}, a name that is not a variable name — are
// reported with their position and kept as literal text.
class TemplateParser
{
    Q_DECLARE_TR_FUNCTIONS(TemplateParser)

public:
    static ParsedTemplate parse(const QString& text);
    // `text` as a template that renders to exactly `text`: every {{ escaped.
    // (A literal backslash right before {{ cannot be written; an imported
    // body with one keeps it doubled.)
    static QString escapeLiteral(QStringView text);
};
