#pragma once

#include "EventInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The eleven events a campaign can fire, in the order of the product
// documentation.
class EventCatalog
{
    Q_DECLARE_TR_FUNCTIONS(EventCatalog)

public:
    static const QList<EventInfo>& events();
    static const EventInfo* find(QStringView name);
    // The event a webhook subscribed to `subscriptions` is checked for: its
    // first known one, or the richest event when it has none.
    static const EventInfo& representative(const QStringList& subscriptions);
    static QStringList names();
    static QString categoryTitle(EventCategory category);
    static QList<EventCategory> categories();
};
