#include "SampleCall.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SampleCall {
const QList<Turn>& turns()
{
    // A four-minute renewal call, timed as people speak on the phone (about
    // 2.5 words a second, short pauses between turns); the agent hangs up
    // a few seconds after saying goodbye.
    static const QList<Turn> kTurns = {
        { u"agent"_s,
            u"Hi Maria, this is Ava calling from Brightline Dental Supplies about your Premium "
            "plan renewal. Is now a good time?"_s,
            0.0, 7.0 },
        { u"user"_s, u"Oh, hi. Yes, I have a few minutes."_s, 7.8, 10.4 },
        { u"agent"_s,
            u"Great, thank you. Your Premium plan renews on December 1st. Before we talk about "
            "the renewal, how has the plan been working for your practice this year?"_s,
            11.0, 24.5 },
        { u"user"_s,
            u"Honestly, pretty well. The quarterly deliveries have been on time, and the team "
            "likes the new gloves. We had one late order in the summer, but support sorted it "
            "out quickly."_s,
            25.3, 41.0 },
        { u"agent"_s,
            u"I'm glad to hear that, and sorry about the summer delay. For the renewal, we can "
            "lock in this year's price of $149 a month if you renew today."_s,
            41.8, 55.2 },
        { u"user"_s, u"Is that the same price as last year? I thought it went up."_s, 56.0, 60.9 },
        { u"agent"_s,
            u"It's the same price. The list price goes up to $165 in January, so renewing now "
            "keeps you at $149. And with the code RENEW20 you get 20% off the first three "
            "months."_s,
            61.6, 78.0 },
        { u"user"_s,
            u"Twenty percent off for three months, on top of keeping the price? What would that "
            "come to?"_s,
            79.0, 88.4 },
        { u"agent"_s,
            u"The first three months would be $119.20 each, then $149 a month for the rest of "
            "the year. Nothing else changes in your plan."_s,
            89.1, 101.5 },
        { u"user"_s,
            u"Okay. And we can still change the delivery address if we move the second office? "
            "We might open one in the spring."_s,
            102.4, 117.0 },
        { u"agent"_s,
            u"Yes, you can add or change delivery addresses at any time from your account, and "
            "each office can have its own schedule at no extra cost."_s,
            117.8, 131.6 },
        { u"user"_s,
            u"Good to know. Is there a contract term? I don't want to be locked in for years."_s,
            132.5, 142.0 },
        { u"agent"_s,
            u"The renewal is for twelve months, and you can cancel with thirty days' notice after "
            "the first three months. The contract spells it out in plain language."_s,
            142.7, 158.9 },
        { u"user"_s, u"Alright. Let me just check with my office manager. Okay, she agrees."_s,
            160.0, 171.2 },
        { u"agent"_s,
            u"Perfect. Shall I renew the Premium plan at $149 a month with the RENEW20 discount "
            "for the first three months?"_s,
            172.0, 186.4 },
        { u"user"_s, u"That sounds good. Let's renew."_s, 187.6, 196.0 },
        { u"agent"_s, u"Wonderful. Where should I send the contract?"_s, 196.8, 203.2 },
        { u"user"_s, u"Please send it to maria.okafor@example.com."_s, 204.0, 209.0 },
        { u"agent"_s,
            u"Of course, I'll send it to maria.okafor@example.com right after this call. It needs "
            "one signature, and your renewal starts on December 1st. Anything else I can help "
            "with?"_s,
            209.8, 226.5 },
        { u"user"_s, u"No, that's all. Thanks, Ava!"_s, 227.4, 231.0 },
        { u"agent"_s, u"Thank you, Maria, and have a great day. Goodbye!"_s, 231.6, 238.8 },
    };
    return kTurns;
}

QDateTime createdAt()
{
    return QDateTime(QDate(2026, 11, 27), QTime(14, 2, 11), Qt::UTC);
}

QDateTime answeredAt()
{
    return QDateTime(QDate(2026, 11, 27), QTime(14, 2, 15), Qt::UTC);
}

QDateTime endedAt()
{
    return answeredAt().addSecs(247);
}

QString isoAt(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString isoAfterAnswer(double seconds)
{
    return isoAt(answeredAt().addSecs(qint64(seconds)));
}

namespace {
qsizetype countOf(qsizetype count)
{
    return count < 0 ? turns().size() : std::min(count, turns().size());
}
} // namespace

QString transcript(qsizetype count)
{
    QStringList lines;
    for (qsizetype i = 0; i < countOf(count); ++i) {
        const Turn& turn = turns().at(i);
        lines.append((turn.role == u"agent" ? u"Agent: "_s : u"User: "_s) + turn.text);
    }
    return lines.join(u'\n');
}

QJsonObject turnJson(const Turn& turn)
{
    return { { u"role"_s, turn.role }, { u"text"_s, turn.text }, { u"start_seconds"_s, turn.start },
        { u"end_seconds"_s, turn.end } };
}

QJsonArray turnsJson(qsizetype count)
{
    QJsonArray result;
    for (qsizetype i = 0; i < countOf(count); ++i)
        result.append(turnJson(turns().at(i)));
    return result;
}
} // namespace SampleCall
