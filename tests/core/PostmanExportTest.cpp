#include "exchange/PostmanExport.h"

#include "TestPaths.h"
#include "delivery/StandardWebhooks.h"
#include "io/DocumentReader.h"
#include "receiver/LocalReceiver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString kSigningSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
const QHash<QString, QString> kSecrets { { u"CRM_API_TOKEN"_s, u"Bearer sk_test_crm"_s },
    { u"OPS_API_KEY"_s, u"ops-key-1"_s }, { u"HELPDESK_TOKEN"_s, u"Token help-2"_s },
    { u"HELPDESK_SIGNING_SECRET"_s, kSigningSecret } };
} // namespace

// The Postman export, run by newman (npm) against the local receiver, must
// deliver the requests Webhook Studio itself sends.
class PostmanExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describesEveryWebhookAndEvent();
    void newmanDeliversTheSameRequests();

private:
    QJsonObject m_collection;
    LocalReceiver m_receiver;
};

void PostmanExportTest::initTestCase()
{
    QVERIFY(m_receiver.start() > 0);
    const CampaignDocument document = *DocumentReader::readFile(TestPaths::sampleFile()).document;
    const PostmanExport::Result result = PostmanExport::write(document, m_receiver.baseUrl());
    QVERIFY(result.problems.isEmpty());
    m_collection = QJsonDocument::fromJson(result.json).object();
}

void PostmanExportTest::describesEveryWebhookAndEvent()
{
    QCOMPARE(m_collection[u"info"_s][u"schema"_s].toString(),
        QString::fromLatin1(PostmanExport::kSchemaUrl));
    const QJsonArray folders = m_collection[u"item"_s].toArray();
    QCOMPARE(folders.size(), 4);
    QCOMPARE(folders.at(1)[u"name"_s].toString(), u"Campaign status ping"_s);
    QCOMPARE(folders.at(1)[u"item"_s].toArray().size(), 4);
    const QJsonObject crm = folders.at(0)[u"item"_s][0].toObject();
    QCOMPARE(crm[u"name"_s].toString(), u"call.ended"_s);
    QVERIFY(crm[u"request"_s][u"url"_s].toString().startsWith(
        u"{{local_receiver}}/crm/v2/contacts/0035e00000XyZ12AAB/calls"_s));
    QCOMPARE(crm[u"request"_s][u"header"_s][0][u"value"_s].toString(), u"{{CRM_API_TOKEN}}"_s);
    QStringList variables;
    for (const QJsonValue& variable : m_collection[u"variable"_s].toArray())
        variables.append(variable[u"key"_s].toString());
    QCOMPARE(variables,
        QStringList({ u"local_receiver"_s, u"CRM_API_TOKEN"_s, u"HELPDESK_SIGNING_SECRET"_s,
            u"HELPDESK_TOKEN"_s, u"OPS_API_KEY"_s }));
    // Only the helpdesk webhook signs.
    QVERIFY(!crm.contains(u"event"_s));
    QVERIFY(folders.at(3)[u"item"_s][0][u"event"_s][0][u"script"_s][u"exec"_s].isArray());
}

void PostmanExportTest::newmanDeliversTheSameRequests()
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString newman
        = TestPaths::sourceDir() + u"/tests/node/node_modules/newman/bin/newman.js"_s;
    QVERIFY2(!node.isEmpty() && QFile::exists(newman),
        "node and newman are needed (scripts/run-tests.sh runs npm ci in tests/node)");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"winter.postman_collection.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(m_collection).toJson());
    file.close();

    QString error;
    m_receiver.setSigningKey(*StandardWebhooks::decodeSecret(kSigningSecret, &error));
    QStringList arguments { newman, u"run"_s, path, u"--reporters"_s, u"cli"_s, u"--env-var"_s,
        u"local_receiver="_s + m_receiver.baseUrl() };
    for (auto it = kSecrets.cbegin(); it != kSecrets.cend(); ++it)
        arguments << u"--env-var"_s << it.key() + u'=' + it.value();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(node, arguments);
    // The receiver answers on this thread: keep the event loop running.
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());

    // Every request of the collection arrived, in order, as exported.
    QList<QJsonObject> expected;
    for (const QJsonValue& folder : m_collection[u"item"_s].toArray()) {
        for (const QJsonValue& item : folder[u"item"_s].toArray())
            expected.append(item[u"request"_s].toObject());
    }
    const QList<ReceivedRequest>& received = m_receiver.requests();
    QCOMPARE(received.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject& request = expected.at(i);
        const ReceivedRequest& got = received.at(i);
        QCOMPARE(got.method, request[u"method"_s].toString());
        const QUrl url(
            request[u"url"_s].toString().replace(u"{{local_receiver}}"_s, m_receiver.baseUrl()));
        QCOMPARE(got.path, url.path(QUrl::FullyEncoded));
        QCOMPARE(got.query, url.query(QUrl::FullyEncoded));
        QCOMPARE(got.body, request[u"body"_s][u"raw"_s].toString().toUtf8());
        for (const QJsonValue& header : request[u"header"_s].toArray()) {
            QString value = header[u"value"_s].toString();
            for (auto it = kSecrets.cbegin(); it != kSecrets.cend(); ++it)
                value.replace(u"{{"_s + it.key() + u"}}"_s, it.value());
            QCOMPARE(got.header(header[u"key"_s].toString().toLatin1()), value.toUtf8());
        }
        if (got.path.startsWith(u"/helpdesk"_s))
            QCOMPARE(got.signature, ReceivedRequest::Signature::Valid);
    }
}

QTEST_GUILESS_MAIN(PostmanExportTest)
#include "PostmanExportTest.moc"
