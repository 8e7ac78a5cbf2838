#include "model/BackoffPolicy.h"
#include "model/HttpSyntax.h"
#include "model/ResponseKeyPath.h"
#include "model/SecretReference.h"
#include "templating/VariableName.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The small syntax rules of the model, each a pure function.
class ModelRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void headerNamesAreTokens_data();
    void headerNamesAreTokens();
    void headerValuesStayOnOneLine();
    void encodedUrlsAreWhatQUrlMakes();
    void responseKeyPaths_data();
    void responseKeyPaths();
    void secretReferences();
    void variableNames_data();
    void variableNames();
    void backoffGrowsAndIsCapped();
    void jitterOnlyShortensWaits();
};

void ModelRulesTest::headerNamesAreTokens_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"Authorization"_s << true;
    QTest::newRow("dashes digits") << u"X-Api-Key-2"_s << true;
    QTest::newRow("all tchar symbols") << u"!#$%&'*+-.^_`|~"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"X Api"_s << false;
    QTest::newRow("colon") << u"Host:"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("brackets") << u"a[0]"_s << false;
    QTest::newRow("non-ascii") << u"Grüße"_s << false;
    QTest::newRow("tab") << u"X\tY"_s << false;
}

void ModelRulesTest::headerNamesAreTokens()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(HttpSyntax::isToken(name), valid);
}

// encodedHttpUrl skips parsing for URLs it recognises as already encoded:
// whatever it decides, the result must be QUrl's, character by character.
void ModelRulesTest::encodedUrlsAreWhatQUrlMakes()
{
    const auto reference = [](const QString& url) {
        const QUrl parsed(url, QUrl::TolerantMode);
        return HttpSyntax::isHttpUrl(parsed) ? QString::fromUtf8(parsed.toEncoded()) : QString();
    };
    QStringList urls = { u"http://127.0.0.1:8787/crm/v2/contacts/0035e/calls"_s,
        u"https://hooks.staging.example/a/b?x=1&y=%2F#top"_s, u"http://host"_s,
        u"HTTP://Host.Example/"_s, u"http://127.1/"_s, u"http://010.0.0.1/"_s, u"http://h:080/"_s,
        u"http://h:65536/"_s, u"http://h:0/"_s, u"http://1.2.3.4.5/"_s, u"http://256.1.1.1/"_s,
        u"http://a.1/"_s, u"http://ab--cd.example/"_s,
        u"http://"_s + QString(63, u'a') + u".example/"_s,
        u"http://"_s + QString(64, u'a') + u".example/"_s, u"http://h:/"_s, u"http://user@h/"_s,
        u"http://[::1]:80/"_s, u"http://xn--bcher-kva.example/"_s, u"http://bücher.example/"_s,
        u"http://a..b/"_s, u"http://-a.b/"_s, u"http://h/a b"_s, u"http://h/%7e%7E%41"_s,
        u"http://h/#a#b"_s, u"ftp://h/"_s, u"http:///path"_s, u"http://h/x%"_s, u"http://h/x%2"_s,
        u"http://h/x%zz"_s };
    // Every printable ASCII character and a few others in every part.
    for (char16_t c = 0x20; c < 0x7f; ++c) {
        const QString one(QChar { c });
        for (const QString& shape : { u"http://h%1st/p"_s, u"http://host:8%1/p"_s,
                 u"http://host/p%1x"_s, u"http://host/p?q=%1x"_s, u"http://host/p#f%1x"_s })
            urls.append(shape.arg(one));
    }
    for (const QString& other : { u"é"_s, u"\t"_s, u"€"_s })
        urls.append(u"http://host/p"_s + other);
    // Every percent-escape, in both cases.
    for (int byte = 0; byte < 256; ++byte) {
        const QString hex = u"%1"_s.arg(byte, 2, 16, QChar(u'0'));
        urls.append(u"http://host/p%"_s + hex.toUpper());
        urls.append(u"http://host/p?q=%"_s + hex.toLower());
        urls.append(u"http://host/p#f%"_s + hex.toUpper());
    }
    for (const QString& url : std::as_const(urls))
        QCOMPARE(HttpSyntax::encodedHttpUrl(url), reference(url));
}

void ModelRulesTest::headerValuesStayOnOneLine()
{
    QCOMPARE(HttpSyntax::forbiddenHeaderValueCharacter(u"Bearer abc; q=\"x\"\tü"_s), -1);
    QCOMPARE(HttpSyntax::forbiddenHeaderValueCharacter(u"a\rb"_s), 1);
    QCOMPARE(HttpSyntax::forbiddenHeaderValueCharacter(u"ab\n"_s), 2);
    QCOMPARE(HttpSyntax::forbiddenHeaderValueCharacter(QStringView(u"a\0b", 3)), 1);
    QCOMPARE(HttpSyntax::describeCharacter(u'\n'), u"a line feed (LF)"_s);
}

void ModelRulesTest::responseKeyPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QString>("error");
    QTest::newRow("one key") << u"ok"_s << QStringList { u"ok"_s } << QString();
    QTest::newRow("nested") << u"data.ok"_s << QStringList { u"data"_s, u"ok"_s } << QString();
    QTest::newRow("array index") << u"items.0.ok"_s << QStringList { u"items"_s, u"0"_s, u"ok"_s }
                                 << QString();
    QTest::newRow("dashes and unicode")
        << u"résultat.is-ok"_s << QStringList { u"résultat"_s, u"is-ok"_s } << QString();
    QTest::newRow("empty") << QString() << QStringList() << u"is empty"_s;
    QTest::newRow("leading dot") << u".ok"_s << QStringList() << u"Segment 1"_s;
    QTest::newRow("trailing dot") << u"ok."_s << QStringList() << u"Segment 2"_s;
    QTest::newRow("double dot") << u"a..b"_s << QStringList() << u"Segment 2"_s;
    QTest::newRow("space") << u"a.b c"_s << QStringList() << u"\"b c\""_s;
}

void ModelRulesTest::responseKeyPaths()
{
    QFETCH(QString, text);
    QFETCH(QStringList, segments);
    QFETCH(QString, error);
    const ResponseKeyPath path(text);
    QCOMPARE(path.isValid(), error.isEmpty());
    if (error.isEmpty())
        QCOMPARE(path.segments(), segments);
    else
        QVERIFY2(path.error().contains(error), qPrintable(path.error()));
}

void ModelRulesTest::secretReferences()
{
    QVERIFY(SecretReference::isReference(u"${CRM_TOKEN}"_s));
    QVERIFY(SecretReference::isReference(u"${_x1}"_s));
    QVERIFY(!SecretReference::isReference(u"Bearer ${CRM_TOKEN}"_s));
    QVERIFY(!SecretReference::isReference(u"${1X}"_s));
    QVERIFY(!SecretReference::isReference(u"${}"_s));
    QVERIFY(!SecretReference::isReference(u"{{token}}"_s));
    QCOMPARE(SecretReference::name(u"${CRM_TOKEN}"_s), u"CRM_TOKEN"_s);
    QCOMPARE(SecretReference::name(u"plain"_s), QString());
    QCOMPARE(SecretReference::make(u"A"_s), u"${A}"_s);
    QCOMPARE(SecretReference::deriveName(u"crm-sync"_s, u"Authorization"_s),
        u"CRM_SYNC_AUTHORIZATION"_s);
    QCOMPARE(
        SecretReference::deriveName(u"Zoë's hook"_s, u"x-api-key"_s), u"ZO_S_HOOK_X_API_KEY"_s);
    QCOMPARE(SecretReference::deriveName(u"2nd"_s, QString()), u"SECRET_2ND"_s);
    QCOMPARE(SecretReference::deriveName(QString(), QString()), u"SECRET_"_s);
}

void ModelRulesTest::variableNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"first_name"_s << true;
    QTest::newRow("underscore first") << u"_x"_s << true;
    QTest::newRow("dotted") << u"contact.first_name"_s << true;
    QTest::newRow("digits later") << u"v2"_s << true;
    QTest::newRow("digit first") << u"2v"_s << false;
    QTest::newRow("dot first") << u".x"_s << false;
    QTest::newRow("space") << u"first name"_s << false;
    QTest::newRow("dash") << u"first-name"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("non-ascii") << u"prénom"_s << false;
}

void ModelRulesTest::variableNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(VariableName::isValid(name), valid);
}

void ModelRulesTest::backoffGrowsAndIsCapped()
{
    BackoffPolicy backoff;
    backoff.initialDelaySeconds = 1;
    backoff.multiplier = 2;
    backoff.maxDelaySeconds = 5;
    QCOMPARE(backoff.nominalDelaySeconds(0), 0.0);
    QCOMPARE(backoff.nominalDelaySeconds(1), 1.0);
    QCOMPARE(backoff.nominalDelaySeconds(2), 2.0);
    QCOMPARE(backoff.nominalDelaySeconds(3), 4.0);
    QCOMPARE(backoff.nominalDelaySeconds(4), 5.0);
    QCOMPARE(backoff.nominalDelaySeconds(10), 5.0);
}

void ModelRulesTest::jitterOnlyShortensWaits()
{
    BackoffPolicy backoff;
    backoff.initialDelaySeconds = 4;
    backoff.jitter = 0.25;
    QCOMPARE(backoff.jitteredDelaySeconds(1, 0.0), 4.0);
    QCOMPARE(backoff.jitteredDelaySeconds(1, 0.5), 3.5);
    QVERIFY(backoff.jitteredDelaySeconds(1, 0.999999) > 3.0);
    backoff.jitter = 5; // out of range values are clamped, never negative waits
    QCOMPARE(backoff.jitteredDelaySeconds(1, 1.0), 0.0);
}

QTEST_GUILESS_MAIN(ModelRulesTest)
#include "ModelRulesTest.moc"
