#include "WebhookListModel.h"

#include "TestPaths.h"
#include "io/DocumentReader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class WebhookListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsNamesAndDetails();
};

void WebhookListModelTest::passesTheModelTester()
{
    WebhookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const LoadResult loaded = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY(loaded.document);
    model.setWebhooks(loaded.document->webhooks);
    model.setWebhooks({});
    model.setWebhooks(loaded.document->webhooks);
    QCOMPARE(model.rowCount(), 4);
}

void WebhookListModelTest::showsNamesAndDetails()
{
    WebhookListModel model;
    QList<WebhookConfig> webhooks(2);
    webhooks[0].name = u"On"_s;
    webhooks[0].url = u"https://a.example/x"_s;
    webhooks[0].events = { u"call.ended"_s };
    webhooks[1].name = u"Off"_s;
    webhooks[1].enabled = false;
    model.setWebhooks(webhooks);

    const QModelIndex on = model.index(0);
    const QModelIndex off = model.index(1);
    QCOMPARE(on.data().toString(), u"On"_s);
    QCOMPARE(on.data(WebhookListModel::MethodRole).toString(), u"POST"_s);
    QVERIFY(on.data(Qt::ToolTipRole).toString().contains(u"POST https://a.example/x"_s));
    QVERIFY(on.data(Qt::ToolTipRole).toString().contains(u"call.ended"_s));
    QVERIFY(!on.data(Qt::ForegroundRole).isValid());
    QVERIFY(off.data(Qt::ForegroundRole).isValid());
    QVERIFY(off.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(off.data(Qt::ToolTipRole).toString().contains(u"Disabled"_s));
    QVERIFY(!model.webhook(model.index(5)));
    QCOMPARE(model.webhook(off)->name, u"Off"_s);
}

QTEST_MAIN(WebhookListModelTest)
#include "WebhookListModelTest.moc"
