#pragma once

#include "validation/Problem.h"

#include <QObject>
#include <QStringList>

class CampaignSession;
class QAction;
class QMenu;
class QMimeData;
class QWidget;

// The life of the open campaign file: New, Open, Open Sample, Save, Save As,
// the recent files, the work an earlier session left unsaved, and campaign
// files dropped on the window. Whatever replaces the open campaign asks about
// unsaved changes first and leaves the campaign as it was when it fails.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction* newCampaign;
        QAction* open;
        QAction* openSample;
        QAction* save;
        QAction* saveAs;
        QMenu* recentFiles;
    };

    // `window` is the parent of every dialog, and the target of file drops.
    DocumentController(CampaignSession* session, QWidget* window, const Actions& actions);

    // Loads `filePath` and shows it (after asking about unsaved changes). On
    // failure the open campaign stays as it was, a message lists the
    // problems, and false is returned.
    bool openFile(const QString& filePath);
    bool openSample();
    // What to show at start: work an earlier session left unsaved, if the user
    // takes it back; else the first of `files` (the command line), else the
    // sample on the very first start, else the most recent file that exists.
    void openAtStart(const QStringList& files);
    void newCampaign();
    bool save();
    bool saveAs();
    // Asks whether to save unsaved changes; false when the user cancels (or
    // the save fails), so whatever was about to replace the campaign stops.
    bool maybeSave();
    // A window-modal message that `filePath` could not be opened and why.
    void showLoadError(const QString& filePath, const QList<Problem>& problems);

    static QString sampleFilePath();

signals:
    void statusMessage(const QString& message, int timeoutMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool load(const QString& sourcePath, const QString& filePath);
    // Offers back the work an earlier session left unsaved; true when it
    // was taken.
    bool offerRecovery();
    bool saveTo(const QString& filePath);
    void chooseFileToOpen();
    void populateRecentFilesMenu(QMenu* menu);
    static QStringList droppedCampaignFiles(const QMimeData* mime);

    CampaignSession* m_session;
    QWidget* m_window;
};
