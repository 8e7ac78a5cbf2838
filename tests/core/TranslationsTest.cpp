#include "i18n/Translations.h"

#include "TestPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    bool plural = false;
    bool unfinished = false;
    QStringList forms;
};

// Every message of a Qt Linguist file.
QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.plural = xml.attributes().value(u"numerus"_s) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    const QStringView type = xml.attributes().value(u"type"_s);
                    message.unfinished
                        = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
                    if (message.plural) {
                        while (xml.readNextStartElement())
                            message.forms.append(xml.readElementText());
                    } else {
                        message.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%L?[0-9]|%n"_s);
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// Keyboard mnemonics: "&Save" has one, "&&" is a literal ampersand.
int mnemonics(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression entity(u"&(amp|lt|gt|quot|nbsp|#\\d+);"_s);
    text.remove(entity);
    static const QRegularExpression mnemonic(u"&(?=\\S)"_s);
    return int(text.count(mnemonic));
}

QStringList tsFiles()
{
    const QDir directory(TestPaths::sourceDir() + u"/translations"_s);
    QStringList files = directory.entryList({ u"webhookstudio_*.ts"_s }, QDir::Files);
    for (QString& file : files)
        file = directory.filePath(file);
    return files;
}
} // namespace

// The catalogues are complete and right: every string of the sources is in
// each, translated, with its placeholders and shortcut; and the app really
// speaks the languages it offers.
class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void offersEnglishGermanAndSpanish();
    void everyMessageIsTranslatedWithItsPlaceholders_data();
    void everyMessageIsTranslatedWithItsPlaceholders();
    void everySourceStringIsInEveryCatalogue();
    void installsTheChosenLanguage();
};

void TranslationsTest::offersEnglishGermanAndSpanish()
{
    QStringList languages = Translations::availableLanguages();
    languages.sort();
    QCOMPARE(languages, QStringList({ u"de"_s, u"en"_s, u"es"_s }));
    QCOMPARE(tsFiles().size(), 3);
}

void TranslationsTest::everyMessageIsTranslatedWithItsPlaceholders_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TranslationsTest::everyMessageIsTranslatedWithItsPlaceholders()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    // English holds only the plural forms; the others everything.
    const bool english = path.endsWith(u"_en.ts"_s);
    QStringList problems;
    for (const Message& message : messages) {
        const QString where = message.context + u": \""_s + message.source.left(60) + u'"';
        if (message.unfinished) {
            problems.append(where + u": unfinished"_s);
            continue;
        }
        if (english && !message.plural)
            problems.append(where + u": English needs plural forms only"_s);
        if (message.forms.size() != (message.plural ? 2 : 1)) {
            problems.append(where + u": %1 forms"_s.arg(message.forms.size()));
            continue;
        }
        for (const QString& form : message.forms) {
            if (form.trimmed().isEmpty())
                problems.append(where + u": empty"_s);
            QStringList expected = placeholders(message.source);
            QStringList actual = placeholders(form);
            if (message.plural) {
                expected.removeAll(u"%n"_s);
                actual.removeAll(u"%n"_s);
            }
            if (expected != actual)
                problems.append(where + u": placeholders in \""_s + form + u'"');
            if (mnemonics(message.source) != mnemonics(form))
                problems.append(where + u": shortcut (&) in \""_s + form + u'"');
            if (message.source.endsWith(u"…"_s) != form.endsWith(u"…"_s))
                problems.append(where + u": the … in \""_s + form + u'"');
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::everySourceStringIsInEveryCatalogue()
{
    // lupdate over the sources, as the update_translations target runs it,
    // into a fresh file: what it finds must be in each catalogue.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString fresh = directory.filePath(u"fresh_de.ts"_s);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(WEBHOOKSTUDIO_LUPDATE),
        { u"-locations"_s, u"none"_s, u"-silent"_s,
            u"@"_s + QStringLiteral(WEBHOOKSTUDIO_TRANSLATED_SOURCES), u"-ts"_s, fresh });
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    QSet<QString> wanted;
    QSet<QString> wantedPlurals;
    for (const Message& message : readTs(fresh, &error)) {
        wanted.insert(message.context + u'\n' + message.source);
        if (message.plural)
            wantedPlurals.insert(message.context + u'\n' + message.source);
    }
    QVERIFY2(wanted.size() > 500, qPrintable(error));

    for (const QString& path : tsFiles()) {
        QSet<QString> held;
        for (const Message& message : readTs(path, &error))
            held.insert(message.context + u'\n' + message.source);
        const QSet<QString> expected = path.endsWith(u"_en.ts"_s) ? wantedPlurals : wanted;
        QStringList missing = (expected - held).values();
        QStringList stale = (held - expected).values();
        missing.sort();
        stale.sort();
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
            qPrintable(QFileInfo(path).fileName()
                + u": run cmake --build build --target update_translations\nmissing:\n"_s
                + missing.join(u"\n"_s) + u"\nno longer in the sources:\n"_s
                + stale.join(u"\n"_s)));
    }
}

void TranslationsTest::installsTheChosenLanguage()
{
    QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)), u"de"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Datei"_s);
    QCOMPARE(Translations::install(QLocale(QLocale::Spanish, QLocale::Spain)), u"es"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Archivo"_s);
    // A language without a catalogue gets English, with its plural forms.
    QCOMPARE(Translations::install(QLocale(QLocale::Japanese)), u"en"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
    QCOMPARE(QCoreApplication::translate("Delivery",
                 "Gave up after %n attempt(s): the next would start after the total timeout of "
                 "%1.",
                 nullptr, 1),
        u"Gave up after 1 attempt: the next would start after the total timeout of %1."_s);
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
