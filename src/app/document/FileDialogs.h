#pragma once

#include <QString>

class QWidget;

// File dialogs, with a way for tests to answer them: a name queued by
// setNextFileName() is returned instead of showing a dialog, as KeePassXC's
// GUI tests do.
namespace FileDialogs {
QString openFileName(
    QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
QString saveFileName(
    QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
void setNextFileName(const QString& fileName);
// Where a file made from the campaign `campaignName` is first offered: the
// documents folder, the name in lower case with dashes, then `suffix`.
QString suggestedPath(const QString& campaignName, const QString& suffix);
} // namespace FileDialogs
