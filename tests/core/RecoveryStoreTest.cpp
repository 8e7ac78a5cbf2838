#include "storage/RecoveryStore.h"

#include "model/CampaignDocument.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The recovery slot a window keeps its unsaved work in: what it leaves on
// disk. (Taking over the work of a killed window: CrashSafetyTest.)
class RecoveryStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void touchesNothingUntilTheFirstWrite();
    void keepsItsWorkFromOtherWindows();

private:
    CampaignDocument document() const;

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_directory;
};

void RecoveryStoreTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_directory = m_temp->filePath(u"recovery"_s);
}

CampaignDocument RecoveryStoreTest::document() const
{
    CampaignDocument document;
    document.name = u"Unsaved work"_s;
    return document;
}

void RecoveryStoreTest::touchesNothingUntilTheFirstWrite()
{
    // Opening a window must not wait on the disk (a lock file is synced).
    {
        RecoveryStore store(m_directory);
        QVERIFY(!QDir(m_directory).exists());
        QVERIFY(!store.hasWork());
    }
    QVERIFY(!QDir(m_directory).exists());
}

void RecoveryStoreTest::keepsItsWorkFromOtherWindows()
{
    auto store = std::make_unique<RecoveryStore>(m_directory);
    QCOMPARE(store->write(document(), u"/somewhere/campaign.webhooks.json"_s), QString());
    QVERIFY(store->hasWork());
    // A second window starting now sees the work as this window's.
    QVERIFY(RecoveryStore::orphans(m_directory).isEmpty());
    store->clear();
    QVERIFY(!store->hasWork());
    QCOMPARE(store->write(document(), QString()), QString());
    store.reset(); // a normal close removes the copy and the lock
    QCOMPARE(QDir(m_directory).entryList(QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(RecoveryStoreTest)
#include "RecoveryStoreTest.moc"
