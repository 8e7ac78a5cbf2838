#include "VariableNaming.h"

#include "VariableName.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace VariableNaming {
QString existing(const WebhookConfig& webhook, DataSource source, const QString& field)
{
    if (source == DataSource::DefaultValue)
        return {}; // each literal is its own variable
    for (const VariableMapping& mapping : webhook.mappings) {
        if (mapping.source == source && mapping.field == field)
            return mapping.variable;
    }
    return {};
}

QString suggest(const WebhookConfig& webhook, DataSource source, const QString& field)
{
    static const QRegularExpression kNotName(u"[^A-Za-z0-9_]+"_s);
    // A payload path names its field last (call.call_analysis.sentiment).
    const QString named = source == DataSource::EventPayload ? field.section(u'.', -1) : field;
    QString base = source == DataSource::DefaultValue ? u"value"_s
                                                      : QString(named).replace(kNotName, u"_"_s);
    if (base.isEmpty() || !VariableName::isValid(base))
        base = u"field_"_s + base;
    const auto taken = [&](const QString& name) {
        return VariableName::isBuiltIn(name) || webhook.findMapping(name) != nullptr;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + u'_' + QString::number(n);
    return name;
}
} // namespace VariableNaming
