#pragma once

#include <QString>
#include <QStringList>

// Template variable names: [A-Za-z_][A-Za-z0-9_.]* (dots allowed after the
// first character, for names such as contact.first_name).
namespace VariableName {
bool isValid(QStringView name);
QStringList builtIns();
bool isBuiltIn(QStringView name);
} // namespace VariableName
