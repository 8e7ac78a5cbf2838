#pragma once

#include <QLocale>
#include <QString>

// Installs the application's translations (embedded under :/i18n) and Qt's
// own for `locale`. English is a translation too: it supplies the plural
// forms ("1 file", "2 files") that the source strings leave open.
class Translations
{
public:
    // Returns the language actually installed ("en" when `locale` has no
    // translation of ours).
    static QString install(const QLocale& locale);
    static QStringList availableLanguages();
};
