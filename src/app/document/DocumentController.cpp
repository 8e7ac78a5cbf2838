#include "document/DocumentController.h"

#include "document/CampaignSession.h"
#include "document/FileDialogs.h"
#include "document/RecentFiles.h"
#include "document/RecoveryPrompt.h"
#include "io/DocumentReader.h"
#include "storage/RecoveryStore.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxProblemsInMessage = 8;

QString campaignFileFilter()
{
    return DocumentController::tr("Webhook Studio campaigns (*.webhooks.json);;JSON files "
                                  "(*.json);;All files (*)");
}
} // namespace

DocumentController::DocumentController(
    CampaignSession* session, QWidget* window, const Actions& actions)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(actions.newCampaign, &QAction::triggered, this, &DocumentController::newCampaign);
    connect(actions.open, &QAction::triggered, this, &DocumentController::chooseFileToOpen);
    connect(actions.openSample, &QAction::triggered, this, &DocumentController::openSample);
    connect(actions.save, &QAction::triggered, this, &DocumentController::save);
    connect(actions.saveAs, &QAction::triggered, this, &DocumentController::saveAs);
    connect(actions.recentFiles, &QMenu::aboutToShow, this,
        [this, menu = actions.recentFiles] { populateRecentFilesMenu(menu); });
    window->installEventFilter(this);
}

QString DocumentController::sampleFilePath()
{
    return u":/samples/winter-renewal.webhooks.json"_s;
}

void DocumentController::newCampaign()
{
    if (!maybeSave())
        return;
    CampaignDocument document;
    document.name = tr("New campaign");
    m_session->reset(document, QString());
}

bool DocumentController::openFile(const QString& filePath)
{
    if (!maybeSave())
        return false;
    if (!load(filePath, filePath))
        return false;
    RecentFiles::add(filePath);
    return true;
}

bool DocumentController::openSample()
{
    // The sample opens as an untitled copy: the bundled file is read-only.
    return maybeSave() && load(sampleFilePath(), QString());
}

void DocumentController::openAtStart(const QStringList& files)
{
    QSettings settings;
    const bool firstStart = !settings.value(u"firstStartDone"_s, false).toBool();
    if (firstStart) // writing it again would rewrite the settings file each start
        settings.setValue(u"firstStartDone"_s, true);
    if (offerRecovery())
        return;
    if (!files.isEmpty()) {
        openFile(files.first());
        return;
    }
    if (firstStart) {
        openSample();
        return;
    }
    const QStringList recent = RecentFiles::files();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        openFile(recent.first());
}

bool DocumentController::offerRecovery()
{
    const QString directory = RecoveryStore::defaultDirectory();
    // The newest readable copy no other window is offering; the rest wait
    // for the next start.
    for (const RecoveryStore::Orphan& orphan : RecoveryStore::orphans(directory)) {
        const std::unique_ptr<QLockFile> claim = RecoveryStore::claim(orphan);
        if (!claim)
            continue;
        const LoadResult loaded = DocumentReader::readFile(orphan.documentPath);
        if (!loaded.document) {
            // Kept, not deleted: it may still be someone's work.
            emit statusMessage(
                tr("Unsaved work from an earlier session could not be read; it is kept in %1.")
                    .arg(QDir::toNativeSeparators(directory)),
                15000);
            continue;
        }
        const QString name = orphan.originalPath.isEmpty()
            ? loaded.document->name
            : QFileInfo(orphan.originalPath).fileName();
        switch (RecoveryPrompt::ask(m_window, orphan, name)) {
        case RecoveryPrompt::Choice::Recover: {
            const QString error = m_session->recover(*loaded.document, orphan.originalPath);
            // The old copy goes only once this window holds its own.
            if (error.isEmpty())
                RecoveryStore::discard(directory, orphan);
            emit statusMessage(error.isEmpty()
                    ? tr("Recovered the unsaved changes to \"%1\". Save to keep them.").arg(name)
                    : tr("Recovered the unsaved changes to \"%1\"; the earlier copy is kept, as "
                         "a new one could not be written: %2")
                          .arg(name, error),
                15000);
            return true;
        }
        case RecoveryPrompt::Choice::Discard:
            RecoveryStore::discard(directory, orphan);
            return false;
        case RecoveryPrompt::Choice::Later:
            return false;
        }
    }
    return false;
}

bool DocumentController::load(const QString& sourcePath, const QString& filePath)
{
    const LoadResult result = DocumentReader::readFile(sourcePath);
    if (!result.document) {
        showLoadError(sourcePath, result.problems);
        return false;
    }
    m_session->reset(*result.document, filePath);
    return true;
}

bool DocumentController::save()
{
    if (m_session->filePath().isEmpty())
        return saveAs();
    return saveTo(m_session->filePath());
}

bool DocumentController::saveAs()
{
    QString suggested = m_session->filePath();
    if (suggested.isEmpty()) {
        suggested = FileDialogs::suggestedPath(
            m_session->document().name, CampaignDocument::fileSuffix());
    }
    QString filePath
        = FileDialogs::saveFileName(m_window, tr("Save Campaign"), suggested, campaignFileFilter());
    if (filePath.isEmpty())
        return false;
    if (!filePath.endsWith(u".json"_s))
        filePath += CampaignDocument::fileSuffix();
    return saveTo(filePath);
}

bool DocumentController::saveTo(const QString& filePath)
{
    const QString error = m_session->save(filePath);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Cannot Save"), error);
        return false;
    }
    RecentFiles::add(filePath);
    emit statusMessage(tr("Saved %1.").arg(QFileInfo(filePath).fileName()), 4000);
    return true;
}

bool DocumentController::maybeSave()
{
    if (!m_session->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
        tr("\"%1\" has changes that are not saved.").arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(u"unsavedChangesMessageBox"_s);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void DocumentController::showLoadError(const QString& filePath, const QList<Problem>& problems)
{
    QStringList lines;
    QStringList allLines;
    for (const Problem& problem : problems) {
        if (!problem.isError())
            continue;
        allLines.append(problem.toString());
        if (lines.size() < kMaxProblemsInMessage)
            lines.append(problem.toString());
    }
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Campaign"),
        tr("\"%1\" could not be opened. The current campaign is unchanged.")
            .arg(QFileInfo(filePath).fileName()),
        QMessageBox::Ok, m_window);
    box->setObjectName(u"loadErrorMessageBox"_s);
    box->setInformativeText(lines.join(u'\n'));
    if (allLines.size() > lines.size())
        box->setDetailedText(allLines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal and non-blocking, so the event loop (and tests) keep running.
    box->open();
}

void DocumentController::chooseFileToOpen()
{
    const QString startDir = m_session->filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_session->filePath()).absolutePath();
    const QString filePath
        = FileDialogs::openFileName(m_window, tr("Open Campaign"), startDir, campaignFileFilter());
    if (!filePath.isEmpty())
        openFile(filePath);
}

void DocumentController::populateRecentFilesMenu(QMenu* menu)
{
    menu->clear();
    const QStringList files = RecentFiles::files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        // &1 … &9 as keyboard accelerators, as desktop applications do.
        const QString prefix = i < 9 ? u"&"_s + QString::number(i + 1) + u"  "_s : QString();
        QAction* action = menu->addAction(prefix + QFileInfo(file).fileName());
        action->setToolTip(file);
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] {
            if (!QFileInfo::exists(file))
                RecentFiles::remove(file);
            openFile(file);
        });
    }
    if (files.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear Menu"), this, [] { RecentFiles::clear(); });
}

QStringList DocumentController::droppedCampaignFiles(const QMimeData* mime)
{
    QStringList files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".json"_s))
            files.append(url.toLocalFile());
    }
    return files;
}

bool DocumentController::eventFilter(QObject* watched, QEvent* event)
{
    // Campaign files dropped anywhere on the window open like File › Open.
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto* drag = static_cast<QDragEnterEvent*>(event);
        if (droppedCampaignFiles(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList files = droppedCampaignFiles(drop->mimeData());
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        openFile(files.first());
        return true;
    }
    return false;
}
