#include "delivery/DeliverySchedule.h"

#include <QTest>

using namespace Qt::StringLiterals;

class DeliveryScheduleTest : public QObject
{
    Q_OBJECT

private slots:
    void describesTheDefaultPolicy();
    void describesASingleAttempt();
    void cutsOffRetriesBeyondTheTotalTimeout();
    void formatsSecondsAndMinutes();
};

void DeliveryScheduleTest::describesTheDefaultPolicy()
{
    const DeliverySchedule schedule { DeliveryPolicy() };
    QCOMPARE(schedule.attemptOffsets(), QList<double>({ 0, 1, 3, 7 }));
    QCOMPARE(schedule.attemptsCutOff(), 0);
    QCOMPARE(schedule.describe(),
        u"Up to 4 attempts: now, +1 s, +3 s, +7 s; each may take 10 s; gives up after 60 s."_s);
}

void DeliveryScheduleTest::describesASingleAttempt()
{
    DeliveryPolicy policy;
    policy.retryLimit = 0;
    policy.timeoutSeconds = 2.5;
    policy.totalTimeoutSeconds = 5;
    QCOMPARE(DeliverySchedule(policy).describe(),
        u"Up to 1 attempt: now; each may take 2.5 s; gives up after 5 s."_s);
}

void DeliveryScheduleTest::cutsOffRetriesBeyondTheTotalTimeout()
{
    DeliveryPolicy policy;
    policy.retryLimit = 6;
    policy.totalTimeoutSeconds = 20;
    const DeliverySchedule schedule(policy);
    // 0, 1, 3, 7, 15, then 31 would be past the 20 s total.
    QCOMPARE(schedule.attemptOffsets(), QList<double>({ 0, 1, 3, 7, 15 }));
    QCOMPARE(schedule.attemptsCutOff(), 2);
    QVERIFY(schedule.describe().endsWith(
        u"The total timeout leaves no room for the last 2 retries."_s));
}

void DeliveryScheduleTest::formatsSecondsAndMinutes()
{
    QCOMPARE(DeliverySchedule::formatSeconds(0.25), u"0.25 s"_s);
    QCOMPARE(DeliverySchedule::formatSeconds(90), u"90 s"_s);
    QCOMPARE(DeliverySchedule::formatSeconds(600), u"10 min"_s);
}

QTEST_GUILESS_MAIN(DeliveryScheduleTest)
#include "DeliveryScheduleTest.moc"
