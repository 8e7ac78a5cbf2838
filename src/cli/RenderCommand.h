#pragma once

#include "CliCommand.h"
#include "templating/EventContext.h"
#include "templating/RenderedRequest.h"

// webhook-studio-cli render FILE --webhook NAME --event EVENT [--sample-data FILE]
//     [--event-id ID] [--at TIME] [--json]
class RenderCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliOutput& output) override;

    // The request as a person reads it: request line, headers, blank line,
    // body.
    static QString toText(const RenderedRequest& request);

private:
    static QByteArray toJson(const RenderedRequest& request, const QString& webhookName,
        const EventContext& context, const JsonPath& webhookPath);
};
