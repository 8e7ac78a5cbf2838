#include "EnvironmentInliner.h"

#include "io/JsonPath.h"
#include "templating/RequestTemplate.h"
#include "templating/ValueEncoder.h"

using namespace Qt::StringLiterals;

namespace {
class Inliner
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentInliner)

public:
    Inliner(const CampaignDocument& document, const Environment& environment)
        : m_environment(environment)
    {
        m_environmentVariables = document.environmentVariableNames();
    }

    void inlineWebhook(WebhookConfig& webhook, const JsonPath& path)
    {
        const RequestTemplate compiled(webhook);
        m_compiled = &compiled;
        const JsonPath request = path.key(u"request");
        m_secretUsed = false;
        webhook.url = rewrite(webhook.url, compiled.url(), request.key(u"url"),
            [](const QJsonValue& value, qsizetype, const ParsedTemplate::Segment& segment) {
                return ValueEncoder::inUrl(value, segment.offset);
            });
        refuseSecretIn(request.key(u"url"));
        for (qsizetype h = 0; h < webhook.headers.size(); ++h) {
            HeaderEntry& header = webhook.headers[h];
            if (!header.enabled)
                continue;
            m_secretUsed = false;
            header.value = rewrite(header.value, compiled.headerValues().at(h),
                request.key(u"headers").index(h).key(u"value"),
                [](const QJsonValue& value, qsizetype, const ParsedTemplate::Segment&) {
                    return ValueEncoder::text(value);
                });
            header.secret = header.secret || m_secretUsed;
        }
        m_secretUsed = false;
        const BodyContentType type = webhook.contentType;
        const QList<JsonTemplateScanner::Context>& contexts = compiled.bodyContexts();
        webhook.body = rewrite(webhook.body, compiled.body(), request.key(u"body"),
            [type, &contexts](
                const QJsonValue& value, qsizetype index, const ParsedTemplate::Segment&) {
                return ValueEncoder::inBody(value, type, contexts.value(index));
            });
        refuseSecretIn(request.key(u"body"));
        webhook.mappings.removeIf([](const VariableMapping& mapping) {
            return mapping.source == DataSource::EnvironmentVariable;
        });
        m_compiled = nullptr;
    }

    QList<Problem> problems() const { return m_problems; }

private:
    // Secrets go in header values only, where they stay masked.
    void refuseSecretIn(const JsonPath& path)
    {
        if (!m_secretUsed)
            return;
        m_problems.append(Problem::error(path.toString(), u"production.secret-placement"_s,
            tr("A secret of the environment \"%1\" stands here; secrets can only stand in "
               "header values.")
                .arg(m_environment.name)));
    }

    // The environment variable a placeholder stands for, or an empty string.
    QString environmentVariableOf(const QString& placeholder) const
    {
        if (const VariableMapping* mapping = m_compiled->mapping(placeholder))
            return mapping->source == DataSource::EnvironmentVariable ? mapping->field : QString();
        return m_environmentVariables.contains(placeholder) ? placeholder : QString();
    }

    template<typename Encode>
    QString rewrite(
        const QString& text, const ParsedTemplate& parsed, const JsonPath& path, Encode encode)
    {
        QString result;
        qsizetype copied = 0;
        for (qsizetype s = 0; s < parsed.segments.size(); ++s) {
            const ParsedTemplate::Segment& segment = parsed.segments.at(s);
            if (!segment.isPlaceholder())
                continue;
            const QString variableName = environmentVariableOf(segment.text);
            if (variableName.isEmpty())
                continue;
            const EnvironmentVariable* variable = m_environment.find(variableName);
            if (!variable) {
                m_problems.append(Problem::error(path.toString(), u"production.unresolved"_s,
                    tr("{{%1}} is not defined in the environment \"%2\", so the exported "
                       "config would hold it unresolved: define \"%3\" there.")
                        .arg(segment.text, m_environment.name, variableName)));
                continue;
            }
            m_secretUsed = m_secretUsed || variable->secret;
            result += QStringView(text).mid(copied, segment.offset - copied);
            result += encode(QJsonValue(variable->value), s, segment);
            copied = segment.offset + segment.length;
        }
        if (copied == 0)
            return text;
        result += QStringView(text).mid(copied);
        return result;
    }

    const Environment& m_environment;
    QStringList m_environmentVariables;
    const RequestTemplate* m_compiled = nullptr;
    bool m_secretUsed = false;
    QList<Problem> m_problems;
};
} // namespace

QList<Problem> EnvironmentInliner::inlineInto(
    CampaignDocument& document, const Environment& environment)
{
    Inliner inliner(document, environment);
    for (qsizetype w = 0; w < document.webhooks.size(); ++w)
        inliner.inlineWebhook(document.webhooks[w], JsonPath().key(u"webhooks").index(w));
    document.environments.clear();
    return inliner.problems();
}
