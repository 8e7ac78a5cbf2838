#include "VariableName.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace VariableName {
bool isValid(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool later = (c >= u'0' && c <= u'9') || c == u'.';
        if (!letter && (i == 0 || !later))
            return false;
    }
    return true;
}

QStringList builtIns()
{
    return { u"event"_s, u"event_id"_s, u"timestamp"_s, u"local_receiver"_s };
}

bool isBuiltIn(QStringView name)
{
    return builtIns().contains(name);
}
} // namespace VariableName
