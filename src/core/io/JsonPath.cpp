#include "JsonPath.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

JsonPath JsonPath::key(QStringView key) const
{
    static const QRegularExpression kIdentifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (kIdentifier.match(key.toString()).hasMatch())
        return JsonPath(m_text + u'.' + key);
    QString quoted = key.toString();
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return JsonPath(m_text + u"[\""_s + quoted + u"\"]"_s);
}

JsonPath JsonPath::index(qsizetype index) const
{
    return JsonPath(m_text + u'[' + QString::number(index) + u']');
}
