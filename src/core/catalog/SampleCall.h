#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The one call every sample event describes: when it was queued, answered
// and ended, and who said what when. Events quote it (the intent's
// utterance, the captured entity, the transcript so far) so that the samples
// agree with each other, as a platform's events about one call do;
// SampleEventsTest checks that they do.
namespace SampleCall {
struct Turn
{
    QString role; // "agent" or "user"
    QString text;
    // Seconds from the answer.
    double start = 0;
    double end = 0;
};

const QList<Turn>& turns();
// The turn a conversation event quotes.
enum QuotedTurn { RenewalAgreed = 15, EmailGiven = 17 };

QDateTime createdAt();
QDateTime answeredAt();
QDateTime endedAt();
// An instant of the call, as ISO-8601 UTC to the second.
QString isoAt(const QDateTime& time);
QString isoAfterAnswer(double seconds);

// The first `count` turns (all by default) as text, one "Speaker: text" a
// line, and as JSON: {role, text, start_seconds, end_seconds}.
QString transcript(qsizetype count = -1);
QJsonArray turnsJson(qsizetype count = -1);
QJsonObject turnJson(const Turn& turn);
} // namespace SampleCall
