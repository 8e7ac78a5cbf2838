#pragma once

#include "model/DataSource.h"

#include <QString>

#include <optional>

class QMimeData;

// A field of a data source, as dragged from the palette onto a template.
struct FieldReference
{
    DataSource source = DataSource::DefaultValue;
    QString field;
};

// The drag format of a field: our own MIME type for drops that map the
// field, plus "{{name}}" as text for anywhere else.
namespace FieldDrag {
QString mimeType();
QMimeData* create(const FieldReference& reference);
std::optional<FieldReference> read(const QMimeData* mime);
} // namespace FieldDrag
