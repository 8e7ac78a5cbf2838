#pragma once

#include <QString>

// Where the test data, the bundled resources and the built CLI are.
namespace TestPaths {
QString sourceDir();
QString dataDir();
QString dataFile(const QString& relativePath);
QString sampleFile();
QString schemaFile();
QString cliExecutable();
// A Python 3 with the jsonschema module (Debian's python3-jsonschema).
QString python();
} // namespace TestPaths
