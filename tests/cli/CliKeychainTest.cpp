#include "CliRunner.h"
#include "FaultServer.h"
#include "io/DocumentReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The CLI's secret flow against a real Secret Service (GNOME Keyring in a
// private D-Bus session: tests/tools/with-secret-service.sh): import keeps a
// curl command's credential in the keychain, send takes it from there.
class CliKeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void importKeepsTheCredentialAndSendFindsIt();
};

void CliKeychainTest::importKeepsTheCredentialAndSendFindsIt()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"imported.webhooks.json"_s);
    const CliRun imported = runCli({ u"import"_s, u"--from"_s, u"curl"_s, u"-o"_s, file },
        "curl https://crm.example.com/v1/calls -H 'Authorization: Bearer sk_live_42' "
        "-H 'Content-Type: application/json' -d '{\"a\":1}'");
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.contains(u"note: the secret value is kept in the system keychain as "
                                   "${CRM_EXAMPLE_COM_V1_CALLS_AUTHORIZATION}"_s),
        qPrintable(imported.err));
    QVERIFY(!imported.err.contains(u"sk_live_42"_s));
    const LoadResult loaded = DocumentReader::readFile(file);
    QVERIFY(loaded.document);
    const QString webhook = loaded.document->webhooks.first().name;

    FaultServer endpoint;
    endpoint.setActions({ FaultServer::respond(200) });
    const CliRun sent = runCli({ u"send"_s, file, u"--webhook"_s, webhook, u"--event"_s,
        u"call.ended"_s, u"--url"_s, endpoint.url(u"/calls"_s), u"--no-history"_s });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err + sent.out));
    QCOMPARE(endpoint.requests().size(), 1);
    QCOMPARE(endpoint.requests().first().header("authorization"), QByteArray("Bearer sk_live_42"));

    // The process environment still wins over the keychain.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CRM_EXAMPLE_COM_V1_CALLS_AUTHORIZATION"_s, u"Bearer from_env"_s);
    QCOMPARE(runCli({ u"send"_s, file, u"--webhook"_s, webhook, u"--event"_s, u"call.ended"_s,
                        u"--url"_s, endpoint.url(u"/calls"_s), u"--no-history"_s },
                 {}, 60000, environment)
                 .exitCode,
        0);
    QCOMPARE(endpoint.requests().last().header("authorization"), QByteArray("Bearer from_env"));
}

QTEST_GUILESS_MAIN(CliKeychainTest)
#include "CliKeychainTest.moc"
