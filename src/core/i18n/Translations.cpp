#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = u":/i18n"_s;
const QString kBaseName = u"webhookstudio_"_s;

QTranslator* loadInto(const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, directory))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QString Translations::install(const QLocale& locale)
{
    // Replace what an earlier call installed: the language can change.
    static QList<QTranslator*> installed;
    for (QTranslator* translator : std::as_const(installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();

    QString language = locale.name().section(u'_', 0, 0);
    QTranslator* ours = loadInto(locale, u"webhookstudio"_s, kPrefix);
    if (!ours) {
        language = u"en"_s;
        ours = loadInto(QLocale(QLocale::English), u"webhookstudio"_s, kPrefix);
    }
    if (ours)
        installed.append(ours);
    if (QTranslator* qt
        = loadInto(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed.append(qt);
    for (QTranslator* translator : std::as_const(installed))
        QCoreApplication::installTranslator(translator);
    return language;
}

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(kPrefix).entryList({ kBaseName + u"*.qm"_s }, QDir::Files);
    for (const QString& file : files)
        languages.append(file.mid(kBaseName.size()).section(u'.', 0, 0));
    return languages;
}
