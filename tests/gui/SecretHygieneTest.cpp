#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "delivery/DeliveryController.h"
#include "document/CampaignSession.h"
#include "document/FileDialogs.h"
#include "editor/HeaderTableModel.h"
#include "history/DeliveryHistory.h"
#include "receiver/LocalReceiver.h"
#include "storage/Preferences.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
// Every message Qt or the app logs during the test, to search for secrets.
QStringList& loggedMessages()
{
    static QStringList messages;
    return messages;
}

QMutex& logMutex()
{
    static QMutex mutex;
    return mutex;
}

QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker locker(&logMutex());
        loggedMessages().append(message);
    }
    previousHandler(type, context, message);
}

// The forms a secret could take on disk or in a log.
QList<QByteArray> formsOf(const QString& secret)
{
    const QByteArray bytes = secret.toUtf8();
    return { bytes, bytes.toBase64(), bytes.toPercentEncoding(), secret.toUtf8().toHex() };
}
} // namespace

// Issue #8's promise: after a session that used secrets — typed into the
// document, asked for by a send, used to sign — no secret value is left in
// the saved document, any export, the history database, the settings or
// the log. Everything is driven through the window.
class SecretHygieneTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noSecretValueIsLeftAnywhere();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        return findWidget<T>(m_window.get(), name);
    }
    void answerSecretsDialog(const QString& name, const QString& value);
    void exportTo(const char* action, const QString& path);
    // Every file under `directory` holding a form of a secret, as "file: secret".
    QStringList leaksUnder(const QString& directory) const;

    QTemporaryDir m_files;
    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_secrets;
};

void SecretHygieneTest::initTestCase()
{
    QVERIFY(m_files.isValid() && m_data.isValid());
    QSettings().clear();
    qputenv("WEBHOOKSTUDIO_DATA_DIR", QFile::encodeName(m_data.path()));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    Preferences::setReceiverPort(probe.serverPort());
    previousHandler = qInstallMessageHandler(captureMessage);
}

void SecretHygieneTest::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void SecretHygieneTest::answerSecretsDialog(const QString& name, const QString& value)
{
    interactWithNextDialog(
        [name, value](QDialog* dialog) {
            auto* field = dialog->findChild<QLineEdit*>(u"secretEdit_"_s + name);
            QVERIFY2(field, qPrintable(name));
            typeInto(field, value);
            dialog->accept();
        },
        u"secretsDialog"_s);
}

void SecretHygieneTest::exportTo(const char* action, const QString& path)
{
    bool saved = false;
    interactWithNextDialog(
        [&](QDialog* dialog) {
            // Every webhook and event (the curl export starts with the
            // selected one).
            findWidget<QComboBox>(dialog, "exportWebhookComboBox")->setCurrentIndex(0);
            findWidget<QComboBox>(dialog, "exportEventComboBox")->setCurrentIndex(0);
            FileDialogs::setNextFileName(path);
            QTest::mouseClick(findWidget<QPushButton>(dialog, "saveExportButton"), Qt::LeftButton);
            saved = true;
        },
        u"exportDialog"_s);
    m_window->findChild<QAction*>(QString::fromLatin1(action))->trigger();
    QTRY_VERIFY(saved);
    QVERIFY2(QFile::exists(path), qPrintable(path));
}

QStringList SecretHygieneTest::leaksUnder(const QString& directory) const
{
    QStringList leaks;
    QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QString& secret : m_secrets) {
            for (const QByteArray& form : formsOf(secret)) {
                if (content.contains(form))
                    leaks.append(path + u": "_s + secret);
            }
        }
    }
    return leaks;
}

void SecretHygieneTest::noSecretValueIsLeftAnywhere()
{
    const QString crmToken = u"Bearer canary-crm-3M1kq"_s;
    const QString helpdeskToken = u"Bearer canary-helpdesk-7Q2vx"_s;
    const QString typedKey = u"canary-typed-ops-key-5Tz"_s;
    const QString signingKey = u"canary-signing-key-8Hq2xW"_s;
    const QString signingSecret = u"whsec_"_s + QString::fromLatin1(signingKey.toUtf8().toBase64());
    m_secrets = { crmToken, helpdeskToken, typedKey, signingSecret, signingKey };

    m_window = openSampleWindow();
    // No keychain in the test run: the user is told values stay in memory.
    QTRY_VERIFY(widget<QLabel>("secretStorageLabel")->isVisible());

    // A secret typed straight into a header, and a signing secret typed in.
    clickWebhook(m_window.get(), 1);
    editCell(widget<QTableView>("headersTableView"), 0, HeaderTableModel::ValueColumn, typedKey);
    QCOMPARE(m_window->document().webhooks.at(1).headers.first().value, typedKey);
    clickWebhook(m_window.get(), 3);
    widget<QTabWidget>("editorTabWidget")->setCurrentWidget(widget<QWidget>("deliveryTab"));
    auto* signing = widget<QLineEdit>("signingSecretLineEdit");
    signing->setFocus();
    signing->selectAll();
    QTest::keyClicks(signing, signingSecret);
    QCOMPARE(m_window->document().webhooks.at(3).signing.secret, signingSecret);

    // One attempt each: whether the receiver's answer counts as success does
    // not matter here.
    for (int index = 0; index < m_window->document().webhooks.size(); ++index) {
        m_window->session()->editWebhook(
            index, u"policy"_s, [](WebhookConfig& webhook) { webhook.delivery.retryLimit = 0; });
    }

    // Sends that use every secret; two of them are asked for.
    answerSecretsDialog(u"CRM_API_TOKEN"_s, crmToken);
    QVERIFY(sendAndWait(m_window.get(), 0, u"call.ended"_s));
    QVERIFY(sendAndWait(m_window.get(), 1, u"campaign.started"_s));
    answerSecretsDialog(u"HELPDESK_TOKEN"_s, helpdeskToken);
    QVERIFY(sendAndWait(m_window.get(), 3, u"call.failed"_s));
    // They really went out, so the checks below can fail.
    const QList<ReceivedRequest> received = m_window->deliveries()->receiver()->requests();
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(0).header("Authorization"), crmToken.toUtf8());
    QCOMPARE(received.at(1).header("X-Api-Key"), typedKey.toUtf8());
    QCOMPARE(received.at(2).header("Authorization"), helpdeskToken.toUtf8());
    QVERIFY(!received.at(2).header("webhook-signature").isEmpty());
    QCOMPARE(m_window->deliveries()->history()->list().size(), 3);

    // Every export, while typed-in values are still in the document.
    exportTo("exportProductionAction", m_files.filePath(u"campaign.production.json"_s));
    exportTo("exportCurlAction", m_files.filePath(u"campaign.curl.sh"_s));
    exportTo("exportPostmanAction", m_files.filePath(u"campaign.postman_collection.json"_s));

    // Saved; then the app is closed, so the history is flushed.
    FileDialogs::setNextFileName(m_files.filePath(u"campaign.webhooks.json"_s));
    QVERIFY(m_window->save());
    QCOMPARE(m_window->document().webhooks.at(1).headers.first().value,
        u"${CAMPAIGN_STATUS_PING_X_API_KEY}"_s);
    m_window->close();
    m_window.reset();
    QSettings().sync();

    // Where the app writes: the files chosen, its data folder, its settings
    // and the standard locations (test-mode copies of the user's).
    QStringList places
        = { m_files.path(), m_data.path(), QFileInfo(QSettings().fileName()).absolutePath() };
    for (const auto location : { QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
             QStandardPaths::CacheLocation }) {
        places.append(QStandardPaths::writableLocation(location));
    }
    places.removeDuplicates();
    QStringList leaks;
    for (const QString& place : std::as_const(places))
        leaks += leaksUnder(place);
    const QMutexLocker locker(&logMutex());
    for (const QString& message : std::as_const(loggedMessages())) {
        for (const QString& secret : std::as_const(m_secrets)) {
            if (message.contains(secret))
                leaks.append(u"log: "_s + message);
        }
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    // And the checks looked where the work went.
    QVERIFY(QFile::exists(QDir(m_data.path()).filePath(u"history.sqlite"_s)));
    QVERIFY(QFile::exists(m_files.filePath(u"campaign.webhooks.json"_s)));
}

QTEST_MAIN(SecretHygieneTest)
#include "SecretHygieneTest.moc"
