#include "TestPaths.h"
#include "catalog/EventCatalog.h"
#include "delivery/Delivery.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/HttpClient.h"
#include "delivery/MemorySecretStore.h"
#include "exchange/CurlImporter.h"
#include "exchange/ShellWords.h"
#include "io/DocumentReader.h"
#include "receiver/LocalReceiver.h"
#include "validation/DocumentValidator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Headers one side adds by itself that the other does not: curl's defaults
// and Qt's. They say nothing about the import.
const QSet<QByteArray> kTransportHeaders { "host", "content-length", "connection",
    "accept-encoding", "accept-language", "expect" };

// Whether a header is one the sender adds by itself: the transport's, or a
// default value (curl's Accept: */*, each side's own User-Agent).
bool isDefault(const QByteArray& name, const QByteArray& value)
{
    const QByteArray lower = name.toLower();
    return kTransportHeaders.contains(lower) || (lower == "accept" && value == "*/*")
        || (lower == "user-agent"
            && (value.startsWith("curl/") || value.startsWith("WebhookStudio/")));
}

QString readCommand(const QString& path, quint16 port)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll())
        .trimmed()
        .replace(u"HOST"_s, u"127.0.0.1:"_s + QString::number(port));
}

QString describe(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}
} // namespace

// curl commands → webhooks. For every command in tests/data/curl/ the
// imported webhook, sent by the engine, and the command, run by the real
// curl, must reach the local receiver as the same request.
class CurlImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitsShellWords_data();
    void splitsShellWords();
    void reportsUnclosedQuotes();
    void sendsWhatCurlSends_data();
    void sendsWhatCurlSends();
    void windowsCopiesImportLikeTheirBashTwins();
    void mapsOptionsToSettings();
    void refusesWhatItCannotImport_data();
    void refusesWhatItCannotImport();
    void warnsAboutWhatItIgnores();
    void recognisesPastedCommands();

private:
    ReceivedRequest sendWithEngine(const WebhookConfig& webhook);
    ReceivedRequest sendWithCurl(const QString& command);

    LocalReceiver m_receiver;
    HttpClient m_client;
    CampaignDocument m_document;
    QString m_bash;
};

void CurlImportTest::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is needed (Debian: curl)");
    m_bash = QStandardPaths::findExecutable(u"bash"_s);
    QVERIFY(!m_bash.isEmpty());
    QVERIFY(m_receiver.start() > 0);
    m_document = *DocumentReader::readFile(TestPaths::sampleFile()).document;
}

void CurlImportTest::splitsShellWords_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("style");
    QTest::addColumn<QStringList>("words");
    const int posix = int(ShellWords::Style::Posix);
    const int cmd = int(ShellWords::Style::WindowsCmd);
    QTest::newRow("plain") << u"curl -s  http://x"_s << posix
                           << QStringList { u"curl"_s, u"-s"_s, u"http://x"_s };
    QTest::newRow("single quotes")
        << u"a 'b c' 'd\"e'"_s << posix << QStringList { u"a"_s, u"b c"_s, u"d\"e"_s };
    QTest::newRow("double quotes")
        << uR"(a "b \"c\" \$d \\ \x")"_s << posix << QStringList { u"a"_s, uR"(b "c" $d \ \x)"_s };
    QTest::newRow("ansi-c") << uR"(a $'t\tn\nq\'x\x41\101\u00e9')"_s << posix
                            << QStringList { u"a"_s, u"t\tn\nq'xAAé"_s };
    QTest::newRow("ansi-c utf-8 bytes")
        << uR"($'Zo\xc3\xab')"_s << posix << QStringList { u"Zoë"_s };
    QTest::newRow("continuation") << u"a \\\n  b\\\n c"_s << posix
                                  << QStringList { u"a"_s, u"b"_s, u"c"_s };
    QTest::newRow("glued quotes") << u"-H'X: '\"y\"z"_s << posix << QStringList { u"-HX: yz"_s };
    QTest::newRow("empty word") << u"a '' b"_s << posix
                                << QStringList { u"a"_s, QString(), u"b"_s };
    QTest::newRow("comment") << u"a # b c\nd"_s << posix << QStringList { u"a"_s, u"d"_s };
    QTest::newRow("cmd carets")
        << u"curl ^\"http://x/?a=1^&b=2^\" ^\r\n -d ^\"^{^\\^\"k^\\^\":1^}^\""_s << cmd
        << QStringList { u"curl"_s, u"http://x/?a=1&b=2"_s, u"-d"_s, u"{\"k\":1}"_s };
    QTest::newRow("cmd backslashes")
        << uR"(a "b\\" "c\\\"d" e\f)"_s << cmd
        << QStringList { u"a"_s, uR"(b\)"_s, uR"(c\"d)"_s, uR"(e\f)"_s };
}

void CurlImportTest::splitsShellWords()
{
    QFETCH(QString, line);
    QFETCH(int, style);
    QFETCH(QStringList, words);
    const ShellWords::Result result = ShellWords::split(line, ShellWords::Style(style));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.words, words);
}

void CurlImportTest::reportsUnclosedQuotes()
{
    const ShellWords::Result single
        = ShellWords::split(u"curl 'http://x"_s, ShellWords::Style::Posix);
    QVERIFY(single.words.isEmpty());
    QCOMPARE(single.error, u"A single quote is never closed."_s);
    QCOMPARE(single.errorPosition, 5);
    const CurlImporter::Result imported = CurlImporter::import(u"curl -d \"{\\\"a\\\":1}"_s);
    QVERIFY(!imported.webhook);
    QCOMPARE(imported.problems.first().path, u"command"_s);
    QVERIFY(imported.problems.first().message.contains(u"double quote is never closed"_s));
}

ReceivedRequest CurlImportTest::sendWithEngine(const WebhookConfig& webhook)
{
    const EventContext context
        = EventContext::build(m_document, *EventCatalog::find(u"call.ended"_s), {});
    const MemorySecretStore secrets;
    const DeliveryPreparer::Result prepared
        = DeliveryPreparer::prepare(RequestTemplate(webhook), context, secrets, JsonPath(), {});
    if (!prepared.plan) {
        qWarning("%s", qPrintable(describe(prepared.problems)));
        return {};
    }
    const int before = m_receiver.receivedCount();
    Delivery delivery(&m_client, *prepared.plan);
    delivery.start();
    if (!QTest::qWaitFor([&] { return delivery.isFinished(); }, 20000))
        return {};
    return m_receiver.receivedCount() > before ? m_receiver.requests().last() : ReceivedRequest();
}

ReceivedRequest CurlImportTest::sendWithCurl(const QString& command)
{
    const int before = m_receiver.receivedCount();
    QProcess bash;
    QString line = command;
    if (line.startsWith(u"$ "_s))
        line = line.mid(2);
    bash.start(m_bash, { u"-c"_s, line + u" -s -o /dev/null"_s });
    // The receiver answers on this thread: keep the event loop running.
    if (!QTest::qWaitFor([&] { return bash.state() == QProcess::NotRunning; }, 20000))
        return {};
    return m_receiver.receivedCount() > before ? m_receiver.requests().last() : ReceivedRequest();
}

void CurlImportTest::sendsWhatCurlSends_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(TestPaths::dataFile(u"curl"_s));
    const QStringList files = dir.entryList({ u"*.sh"_s }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 40);
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void CurlImportTest::sendsWhatCurlSends()
{
    QFETCH(QString, path);
    const QString command = readCommand(path, m_receiver.port());
    const CurlImporter::Result imported = CurlImporter::import(command);
    QVERIFY2(imported.webhook, qPrintable(describe(imported.problems)));
    // The webhook is one a document may hold.
    CampaignDocument document = m_document;
    WebhookConfig webhook = *imported.webhook;
    webhook.events = { u"call.ended"_s };
    document.webhooks = { webhook };
    for (const Problem& problem : DocumentValidator::validate(document))
        QVERIFY2(!problem.isError(), qPrintable(problem.toString()));

    const ReceivedRequest ours = sendWithEngine(webhook);
    const ReceivedRequest theirs = sendWithCurl(command);
    QVERIFY2(!ours.method.isEmpty(), "the engine's request did not arrive");
    QVERIFY2(!theirs.method.isEmpty(), "curl's request did not arrive");
    QCOMPARE(ours.method, theirs.method == u"HEAD"_s ? u"GET"_s : theirs.method);
    QCOMPARE(ours.path, theirs.path);
    QCOMPARE(ours.query, theirs.query);
    QCOMPARE(ours.body, theirs.body);
    for (const auto& [name, value] : theirs.headers) {
        if (isDefault(name, value))
            continue;
        QVERIFY2(ours.header(name) == value,
            qPrintable(u"%1: curl sent \"%2\", the engine \"%3\""_s.arg(QString::fromLatin1(name),
                QString::fromUtf8(value), QString::fromUtf8(ours.header(name)))));
    }
    // Presence by name: an empty value (curl's -H 'X-Empty;') counts.
    for (const auto& [name, value] : ours.headers) {
        const bool curlSentIt = std::any_of(
            theirs.headers.begin(), theirs.headers.end(), [&name = name](const auto& header) {
                return header.first.compare(name, Qt::CaseInsensitive) == 0;
            });
        QVERIFY2(isDefault(name, value) || curlSentIt, name.constData());
    }
}

void CurlImportTest::windowsCopiesImportLikeTheirBashTwins()
{
    const QDir dir(TestPaths::dataFile(u"curl"_s));
    const QStringList copies = dir.entryList({ u"*.cmd"_s }, QDir::Files, QDir::Name);
    QVERIFY(!copies.isEmpty());
    for (const QString& name : copies) {
        const QString cmd = readCommand(dir.filePath(name), m_receiver.port());
        QCOMPARE(ShellWords::guessStyle(cmd), ShellWords::Style::WindowsCmd);
        const QString twin
            = readCommand(dir.filePath(name.chopped(4) + u".sh"_s), m_receiver.port());
        const CurlImporter::Result fromCmd = CurlImporter::import(cmd);
        const CurlImporter::Result fromBash = CurlImporter::import(twin);
        QVERIFY2(fromCmd.webhook, qPrintable(describe(fromCmd.problems)));
        QVERIFY(fromBash.webhook);
        QCOMPARE(*fromCmd.webhook, *fromBash.webhook);
    }
}

void CurlImportTest::mapsOptionsToSettings()
{
    const CurlImporter::Result result = CurlImporter::import(
        u"curl -k --max-time 7 --retry 2 -u ops:pa:ss -H 'X-Api-Key: k1' https://hooks.example.com/in"_s);
    QVERIFY(result.webhook);
    const WebhookConfig& webhook = *result.webhook;
    QCOMPARE(webhook.method, HttpMethod::Get);
    QCOMPARE(webhook.url, u"https://hooks.example.com/in"_s);
    QCOMPARE(webhook.name, u"hooks.example.com/in"_s);
    QVERIFY(webhook.delivery.allowInsecureTls);
    QCOMPARE(webhook.delivery.timeoutSeconds, 7.0);
    QCOMPARE(webhook.delivery.retryLimit, 2);
    QVERIFY(webhook.delivery.totalTimeoutSeconds >= 21.0);
    QCOMPARE(webhook.headers.size(), 2);
    // Credentials are secrets, so saving turns them into ${NAME} references.
    QCOMPARE(webhook.headers.at(0).name, u"X-Api-Key"_s);
    QVERIFY(webhook.headers.at(0).secret);
    QCOMPARE(webhook.headers.at(1).value, u"Basic b3BzOnBhOnNz"_s);
    QVERIFY(webhook.headers.at(1).secret);

    // Literal braces stay literal.
    const CurlImporter::Result braces = CurlImporter::import(
        u"curl http://x/{{a}} -d '{\"t\":\"{{b}}\"}' -H 'Content-Type: application/json'"_s);
    QVERIFY(braces.webhook);
    QCOMPARE(braces.webhook->url, u"http://x/\\{{a}}"_s);
    QCOMPARE(braces.webhook->body, u"{\"t\":\"\\{{b}}\"}"_s);
    QCOMPARE(braces.webhook->contentType, BodyContentType::Json);
}

void CurlImportTest::refusesWhatItCannotImport_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("form") << u"curl -F file=@a.png http://x"_s << u"-F"_s
                          << u"Multipart forms (-F) cannot be imported"_s;
    QTest::newRow("data file") << u"curl -d @body.json http://x"_s << u"-d"_s
                               << u"-d @body.json reads a file"_s;
    QTest::newRow("binary stdin") << u"curl --data-binary @- http://x"_s << u"--data-binary"_s
                                  << u"reads a file (or standard input)"_s;
    QTest::newRow("urlencode file") << u"curl --data-urlencode name@f.txt http://x"_s
                                    << u"--data-urlencode"_s << u"reads a file"_s;
    QTest::newRow("upload") << u"curl -T f.bin http://x"_s << u"-T"_s << u"reads a file"_s;
    QTest::newRow("patch") << u"curl -X PATCH http://x"_s << u"-X"_s
                           << u"Webhooks send GET, POST, PUT or DELETE; PATCH cannot"_s;
    QTest::newRow("no url") << u"curl -s"_s << u"URL"_s << u"The command has no URL."_s;
    QTest::newRow("ftp") << u"curl ftp://files.example.com/a"_s << u"URL"_s
                         << u"is not an http:// or https:// URL"_s;
    QTest::newRow("missing value") << u"curl http://x -H"_s << u"-H"_s << u"-H needs a value."_s;
    QTest::newRow("bad header") << u"curl http://x -H 'no colon'"_s << u"-H"_s
                                << u"\"no colon\" is not a header"_s;
    QTest::newRow("bad seconds") << u"curl --max-time soon http://x"_s << u"--max-time"_s
                                 << u"is not a number of seconds"_s;
    QTest::newRow("not curl") << u"wget http://x"_s << u"command"_s
                              << u"This is not a curl command"_s;
}

void CurlImportTest::refusesWhatItCannotImport()
{
    QFETCH(QString, command);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const CurlImporter::Result result = CurlImporter::import(command);
    QVERIFY(!result.webhook);
    const auto it = std::find_if(result.problems.cbegin(), result.problems.cend(),
        [](const Problem& problem) { return problem.isError(); });
    QVERIFY(it != result.problems.cend());
    QCOMPARE(it->path, path);
    QVERIFY2(it->message.contains(message), qPrintable(it->message));
}

void CurlImportTest::warnsAboutWhatItIgnores()
{
    const CurlImporter::Result result = CurlImporter::import(
        u"curl --frobnicate -Z -L -x proxy:3128 -b cookies.txt -I -u alice http://x/y z"_s);
    QVERIFY(result.webhook);
    QStringList paths;
    for (const Problem& problem : result.problems) {
        QVERIFY(!problem.isError());
        paths.append(problem.path);
    }
    QCOMPARE(paths,
        QStringList(
            { u"--frobnicate"_s, u"-Z"_s, u"-L"_s, u"-x"_s, u"-b"_s, u"-I"_s, u"-u"_s, u"URL"_s }));
    QCOMPARE(result.webhook->method, HttpMethod::Get);
    QCOMPARE(result.webhook->headers.first().value, u"Basic YWxpY2U6"_s);
}

void CurlImportTest::recognisesPastedCommands()
{
    QVERIFY(CurlImporter::looksLikeCurl(u"curl https://x"_s));
    QVERIFY(CurlImporter::looksLikeCurl(u"  $ curl -X POST https://x"_s));
    QVERIFY(CurlImporter::looksLikeCurl(u"curl.exe ^\"https://x^\""_s));
    QVERIFY(!CurlImporter::looksLikeCurl(u"https://curl.se"_s));
    QVERIFY(!CurlImporter::looksLikeCurl(u"curly"_s));
}

QTEST_GUILESS_MAIN(CurlImportTest)
#include "CurlImportTest.moc"
