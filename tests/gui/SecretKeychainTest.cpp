#include "keychain/SecretKeychain.h"

#include "document/CampaignSession.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// Reads `name` through a keychain and waits for the answer.
std::optional<QString> readBack(SecretKeychain& keychain, const QString& name)
{
    bool answered = false;
    std::optional<QString> value;
    keychain.read({ name }, [&](const SecretKeychain::Values& values) {
        answered = true;
        if (values.contains(name))
            value = values.value(name);
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 10000))
        qWarning("the keychain did not answer");
    return value;
}
} // namespace

// The system keychain through QtKeychain, against a real Secret Service
// (GNOME Keyring in a private D-Bus session: tests/tools/with-secret-service.sh).
class SecretKeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsAValueForTheNextStart();
    void answersNothingForAnUnknownName();
    void aSessionFindsTheValuesItsDocumentReferences();

private:
    // A service of its own, so runs never see each other's values.
    QString m_service = u"Webhook Studio test "_s + QUuid::createUuid().toString(QUuid::Id128);
};

void SecretKeychainTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tests/tools/with-secret-service.sh");
}

void SecretKeychainTest::keepsAValueForTheNextStart()
{
    {
        SecretKeychain keychain(m_service);
        keychain.write(u"CRM_API_TOKEN"_s, u"Bearer from-the-keychain"_s);
        // Written once the keychain has it; a second instance is a restart.
        QTRY_COMPARE_WITH_TIMEOUT(readBack(keychain, u"CRM_API_TOKEN"_s),
            std::optional<QString>(u"Bearer from-the-keychain"_s), 10000);
        QVERIFY2(keychain.isAvailable(), qPrintable(keychain.unavailableReason()));
    }
    SecretKeychain restarted(m_service);
    QCOMPARE(readBack(restarted, u"CRM_API_TOKEN"_s),
        std::optional<QString>(u"Bearer from-the-keychain"_s));
    // Another service (another app) does not see it.
    SecretKeychain other(m_service + u" other"_s);
    QCOMPARE(readBack(other, u"CRM_API_TOKEN"_s), std::nullopt);
}

void SecretKeychainTest::answersNothingForAnUnknownName()
{
    SecretKeychain keychain(m_service);
    QSignalSpy unavailable(&keychain, &SecretKeychain::becameUnavailable);
    QCOMPARE(readBack(keychain, u"NEVER_STORED"_s), std::nullopt);
    // A missing entry is an answer, not a broken keychain.
    QVERIFY(keychain.isAvailable());
    QCOMPARE(unavailable.count(), 0);
}

void SecretKeychainTest::aSessionFindsTheValuesItsDocumentReferences()
{
    CampaignDocument document;
    WebhookConfig webhook;
    webhook.name = u"Helpdesk"_s;
    webhook.url = u"https://helpdesk.example.com/tickets"_s;
    webhook.events = { u"call.failed"_s };
    webhook.headers.append({ u"Authorization"_s, u"${HELPDESK_TOKEN}"_s, true, true });
    document.webhooks.append(webhook);

    // A secret kept in one session (typed into the secrets dialog, say)...
    {
        CampaignSession session;
        session.keepSecret(u"HELPDESK_TOKEN"_s, u"Bearer kept-for-later"_s);
        QTRY_COMPARE_WITH_TIMEOUT(readBack(*session.keychain(), u"HELPDESK_TOKEN"_s),
            std::optional<QString>(u"Bearer kept-for-later"_s), 10000);
    }
    // ...is there in the next, as soon as a document that uses it opens.
    CampaignSession next;
    QVERIFY(!next.secrets().contains(u"HELPDESK_TOKEN"_s));
    next.reset(document, QString());
    QTRY_VERIFY_WITH_TIMEOUT(next.secrets().contains(u"HELPDESK_TOKEN"_s), 10000);
    QCOMPARE(next.secrets().value(u"HELPDESK_TOKEN"_s),
        std::optional<QString>(u"Bearer kept-for-later"_s));
}

QTEST_GUILESS_MAIN(SecretKeychainTest)
#include "SecretKeychainTest.moc"
