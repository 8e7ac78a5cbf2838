#include "EventsCommand.h"

#include "catalog/EventCatalog.h"
#include "io/JsonWriter.h"

using namespace Qt::StringLiterals;

QString EventsCommand::name() const
{
    return u"events"_s;
}

QString EventsCommand::summary() const
{
    return tr("List the events that can fire a webhook, with what each carries.");
}

int EventsCommand::run(const QStringList& arguments, CliOutput& output)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print the events as JSON."));
    parser.addOption(json);
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;

    if (parser.isSet(json)) {
        JsonWriter out;
        out.beginArray();
        for (const EventInfo& event : EventCatalog::events()) {
            out.beginObject();
            out.member(u"name", event.name);
            out.member(u"category", EventCatalog::categoryTitle(event.category));
            out.member(u"title", event.title);
            out.member(u"description", event.description);
            out.member(u"payload", event.payload);
            out.member(u"carriesCall", event.carriesCall());
            out.endObject();
        }
        out.endArray();
        output.out() << QString::fromUtf8(out.toJson());
        return Success;
    }
    for (EventCategory category : EventCatalog::categories()) {
        output.out() << EventCatalog::categoryTitle(category) << u'\n';
        for (const EventInfo& event : EventCatalog::events()) {
            if (event.category != category)
                continue;
            output.out() << u"  "_s << event.name.leftJustified(30) << event.description << u'\n'
                         << QString(32, u' ') << event.payload << u'\n';
        }
        output.out() << u'\n';
    }
    return Success;
}
