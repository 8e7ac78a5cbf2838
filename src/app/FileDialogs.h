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
} // namespace FileDialogs
