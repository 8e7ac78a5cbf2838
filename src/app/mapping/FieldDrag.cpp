#include "mapping/FieldDrag.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace FieldDrag {
QString mimeType()
{
    return u"application/x-webhookstudio-field"_s;
}

QMimeData* create(const FieldReference& reference)
{
    auto* mime = new QMimeData;
    const QJsonObject payload { { u"source"_s, dataSourceName(reference.source) },
        { u"field"_s, reference.field } };
    mime->setData(mimeType(), QJsonDocument(payload).toJson(QJsonDocument::Compact));
    mime->setText(u"{{"_s + (reference.field.isEmpty() ? u"value"_s : reference.field) + u"}}"_s);
    return mime;
}

std::optional<FieldReference> read(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(mime->data(mimeType())).object();
    const std::optional<DataSource> source
        = dataSourceFromName(payload.value(u"source"_s).toString());
    if (!source)
        return std::nullopt;
    return FieldReference { *source, payload.value(u"field"_s).toString() };
}
} // namespace FieldDrag
