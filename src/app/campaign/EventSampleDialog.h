#pragma once

#include "model/EventSample.h"

#include <QDialog>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class EventSampleDialog;
}

// Takes one real event body as the sample of an event: pasted, read from a
// file or received. Shows what is wrong with the JSON (line and column) as
// it is typed, which values are redacted, and how many fields it gives; OK
// stays disabled until the body is a usable object.
class EventSampleDialog : public QDialog
{
    Q_OBJECT

public:
    // Whether the event the body names replaces the one given: not when
    // editing a sample, which must not move to another event unless the
    // user picks one.
    enum class EventChoice { FromBody, Keep };

    // `event` preselected (unless the body names its own and `choice` lets
    // it); `origin` says where `text` came from (empty, or once the user
    // edits it: "pasted").
    EventSampleDialog(const QString& event, const QString& origin, const QString& text,
        EventChoice choice = EventChoice::FromBody, QWidget* parent = nullptr);
    ~EventSampleDialog() override;

    // The sample, once the body is usable.
    std::optional<EventSample> sample() const;

private:
    void check();

    std::unique_ptr<Ui::EventSampleDialog> m_ui;
    QString m_origin;
    std::optional<QJsonObject> m_payload;
    // Set once the user picks the event: a body pasted after no longer
    // overrides the choice.
    bool m_eventChosen;
    QTimer m_checkTimer;
};
