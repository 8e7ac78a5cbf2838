#include "delivery/StandardWebhooks.h"

#include "FaultServer.h"
#include "TestPaths.h"
#include "delivery/Delivery.h"
#include "delivery/HttpClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

QByteArray key()
{
    QString error;
    return *StandardWebhooks::decodeSecret(kSecret, &error);
}
} // namespace

class StandardWebhooksTest : public QObject
{
    Q_OBJECT

private slots:
    void matchesThePublishedVector();
    void rejectsBadSecrets_data();
    void rejectsBadSecrets();
    void verifiesAsAReceiverMust();
    void agreesWithTheReferenceImplementation();
    void theEnginesSignaturesVerifyWithTheReferenceImplementation();

private:
    // Runs tests/node/standardwebhooks-check.js on `messages`.
    static QJsonArray checkWithNode(const QJsonArray& messages);
};

void StandardWebhooksTest::matchesThePublishedVector()
{
    QCOMPARE(StandardWebhooks::sign(
                 key(), u"msg_p5jXN8AQM9LWM0D4loKWxJek"_s, 1614265330, "{\"test\": 2432232314}"),
        u"v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_s);
}

void StandardWebhooksTest::rejectsBadSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("error");
    QTest::newRow("no prefix") << u"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s << u"starts with"_s;
    QTest::newRow("not base64") << u"whsec_***"_s << u"base64"_s;
    QTest::newRow("too short") << u"whsec_AAAA"_s << u"at least 16 bytes"_s;
}

void StandardWebhooksTest::rejectsBadSecrets()
{
    QFETCH(QString, secret);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!StandardWebhooks::decodeSecret(secret, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void StandardWebhooksTest::verifiesAsAReceiverMust()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1614265330 + 60, Qt::UTC);
    const QByteArray body = "{\"test\": 2432232314}";
    const QByteArray id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const QByteArray good = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    QVERIFY(StandardWebhooks::verify(key(), id, "1614265330", good, body, now).valid);
    // Several signatures, as during secret rotation: one match is enough.
    QVERIFY(
        StandardWebhooks::verify(key(), id, "1614265330", "v1,AAAA v2,x " + good, body, now).valid);

    const auto failsWith
        = [&](const QByteArray& messageId, const QByteArray& timestamp,
              const QByteArray& signatures, const QByteArray& payload, const QString& reason) {
              const StandardWebhooks::Verification result
                  = StandardWebhooks::verify(key(), messageId, timestamp, signatures, payload, now);
              return !result.valid && result.reason.contains(reason);
          };
    QVERIFY(failsWith(id, "1614265330", good, body + ' ', u"No v1 signature matches"_s));
    QVERIFY(failsWith("msg_other", "1614265330", good, body, u"No v1 signature matches"_s));
    QVERIFY(failsWith(id, "1614265331", good, body, u"No v1 signature matches"_s));
    QVERIFY(failsWith(id, "1614264000", good, body, u"away from now"_s));
    QVERIFY(failsWith(id, "1614266400", good, body, u"away from now"_s));
    QVERIFY(failsWith(id, "soon", good, body, u"not a number"_s));
    QVERIFY(failsWith(QByteArray(), "1614265330", good, body, u"are all needed"_s));
}

QJsonArray StandardWebhooksTest::checkWithNode(const QJsonArray& messages)
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString folder = TestPaths::sourceDir() + u"/tests/node"_s;
    if (node.isEmpty() || !QDir(folder + u"/node_modules/standardwebhooks"_s).exists()) {
        qFatal("node and tests/node/node_modules are needed (scripts/run-tests.sh runs npm ci)");
    }
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(node, { folder + u"/standardwebhooks-check.js"_s });
    process.write(
        QJsonDocument(QJsonObject { { u"secret"_s, kSecret }, { u"messages"_s, messages } })
            .toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("node failed: %s", process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput())
        .object()
        .value(u"results"_s)
        .toArray();
}

void StandardWebhooksTest::agreesWithTheReferenceImplementation()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<QByteArray> bodies { "{\"test\": 2432232314}", "", "plain text",
        "{\"name\":\"Zoë 😀 עברית\",\"quote\":\"\\\"\"}", QByteArray(200000, 'x') };
    QJsonArray messages;
    QStringList ours;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const QString id = StandardWebhooks::newMessageId();
        const qint64 timestamp = now - i;
        ours.append(StandardWebhooks::sign(key(), id, timestamp, bodies.at(i)));
        messages.append(QJsonObject { { u"id"_s, id }, { u"timestamp"_s, timestamp },
            { u"body"_s, QString::fromUtf8(bodies.at(i)) }, { u"signature"_s, ours.last() } });
    }
    const QJsonArray results = checkWithNode(messages);
    QCOMPARE(results.size(), bodies.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        QVERIFY2(
            result.value(u"verified"_s).toBool(), qPrintable(result.value(u"error"_s).toString()));
        QCOMPARE(result.value(u"signature"_s).toString(), ours.at(i));
    }
}

void StandardWebhooksTest::theEnginesSignaturesVerifyWithTheReferenceImplementation()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(500), FaultServer::respond(200) });
    DeliveryPlan plan;
    plan.request.url = server.url(u"/signed"_s);
    plan.request.body = "{\"event\":\"call.ended\",\"data\":{\"name\":\"Zoë\"}}";
    plan.signingKey = key();
    plan.messageId = StandardWebhooks::newMessageId();
    plan.policy.retryLimit = 1;
    plan.policy.backoff = { 0.1, 2, 1, 0 };
    HttpClient client;
    Delivery delivery(&client, plan);
    QSignalSpy finished(&delivery, &Delivery::finished);
    delivery.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(server.requests().size(), 2);

    QJsonArray messages;
    for (const FaultServer::Request& request : server.requests()) {
        QCOMPARE(request.header("webhook-id"), plan.messageId.toLatin1());
        messages.append(QJsonObject {
            { u"id"_s, QString::fromLatin1(request.header("webhook-id")) },
            { u"timestamp"_s, request.header("webhook-timestamp").toLongLong() },
            { u"body"_s, QString::fromUtf8(request.body) },
            { u"signature"_s, QString::fromLatin1(request.header("webhook-signature")) },
        });
    }
    for (const QJsonValue& result : checkWithNode(messages))
        QVERIFY2(result[u"verified"_s].toBool(), qPrintable(result[u"error"_s].toString()));
}

QTEST_GUILESS_MAIN(StandardWebhooksTest)
#include "StandardWebhooksTest.moc"
