#include "MainWindow.h"

#include "RecentFiles.h"
#include "SummaryHtml.h"
#include "WebhookListModel.h"
#include "io/DocumentReader.h"
#include "ui_MainWindow.h"
#include "validation/DocumentValidator.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxProblemsInMessage = 8;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_webhookModel(new WebhookListModel(this))
{
    m_ui->setupUi(this);
    m_ui->webhookListView->setModel(m_webhookModel);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 260, 900 });

    m_ui->openAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);
    connect(m_ui->openSampleAction, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->recentFilesMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentFilesMenu);
    connect(m_ui->webhookListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::showSelectedWebhook);

    const SummaryHtml html(palette());
    m_ui->webhookDetailsBrowser->setHtml(html.welcomePage());
    m_ui->campaignDetailsBrowser->setHtml(html.welcomePage());
    restoreWindowState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::sampleFilePath()
{
    return u":/samples/winter-renewal.webhooks.json"_s;
}

bool MainWindow::openFile(const QString& filePath)
{
    if (!load(filePath, filePath))
        return false;
    RecentFiles::add(filePath);
    return true;
}

bool MainWindow::openSample()
{
    // The sample opens as an untitled copy: the bundled file is read-only.
    return load(sampleFilePath(), QString());
}

void MainWindow::openAtStart(const QStringList& files)
{
    QSettings settings;
    const bool firstStart = !settings.value(u"firstStartDone"_s, false).toBool();
    settings.setValue(u"firstStartDone"_s, true);
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

bool MainWindow::load(const QString& sourcePath, const QString& filePath)
{
    const LoadResult result = DocumentReader::readFile(sourcePath);
    if (!result.document) {
        showLoadError(sourcePath, result.problems);
        return false;
    }
    m_problems = result.problems + DocumentValidator::validate(*result.document);
    setDocument(*result.document, filePath);
    return true;
}

void MainWindow::setDocument(const CampaignDocument& document, const QString& filePath)
{
    m_document = document;
    m_filePath = filePath;
    m_webhookModel->setWebhooks(m_document.webhooks);

    const QString shownName = filePath.isEmpty() ? tr("%1 (sample)").arg(m_document.name)
                                                 : QFileInfo(filePath).fileName();
    setWindowTitle(tr("%1 — Webhook Studio").arg(shownName));
    setWindowFilePath(filePath);

    m_ui->campaignDetailsBrowser->setHtml(SummaryHtml(palette()).campaignPage(m_document));
    if (m_webhookModel->rowCount() > 0)
        m_ui->webhookListView->setCurrentIndex(m_webhookModel->index(0));
    else
        showSelectedWebhook();
    updateStatus();
}

QList<Problem> MainWindow::problemsOfWebhook(int row) const
{
    const QString prefix = u"$.webhooks["_s + QString::number(row) + u']';
    QList<Problem> result;
    for (const Problem& problem : m_problems) {
        if (problem.path == prefix || problem.path.startsWith(prefix + u'.')
            || problem.path.startsWith(prefix + u'['))
            result.append(problem);
    }
    return result;
}

void MainWindow::showSelectedWebhook()
{
    const QModelIndex current = m_ui->webhookListView->currentIndex();
    const WebhookConfig* webhook = m_webhookModel->webhook(current);
    const SummaryHtml html(palette());
    if (!webhook) {
        m_ui->webhookDetailsBrowser->setHtml(
            m_document.webhooks.isEmpty() ? html.welcomePage() : QString());
        return;
    }
    m_ui->webhookDetailsBrowser->setHtml(
        html.webhookPage(*webhook, problemsOfWebhook(current.row())));
    m_ui->detailsTabWidget->setCurrentWidget(m_ui->webhookTab);
}

void MainWindow::showLoadError(const QString& filePath, const QList<Problem>& problems)
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
        QMessageBox::Ok, this);
    box->setObjectName(u"loadErrorMessageBox"_s);
    box->setInformativeText(lines.join(u'\n'));
    if (allLines.size() > lines.size())
        box->setDetailedText(allLines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal and non-blocking, so the event loop (and tests) keep running.
    box->open();
}

void MainWindow::chooseFileToOpen()
{
    const QString startDir = m_filePath.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_filePath).absolutePath();
    const QString filePath = QFileDialog::getOpenFileName(this, tr("Open Campaign"), startDir,
        tr("Webhook Studio campaigns (*.webhooks.json);;JSON files (*.json);;All files (*)"));
    if (!filePath.isEmpty())
        openFile(filePath);
}

void MainWindow::populateRecentFilesMenu()
{
    QMenu* menu = m_ui->recentFilesMenu;
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Webhook Studio"),
        tr("<h3>Webhook Studio %1</h3>"
           "<p>Design, test and export the webhooks of AI voice-calling campaigns.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qVersion())));
}

void MainWindow::updateStatus()
{
    if (m_document.webhooks.isEmpty() && m_filePath.isEmpty() && m_document.name.isEmpty()) {
        statusBar()->showMessage(tr("No campaign open."));
        return;
    }
    const auto errors = std::count_if(m_problems.cbegin(), m_problems.cend(),
        [](const Problem& problem) { return problem.isError(); });
    const auto warnings = m_problems.size() - errors;
    statusBar()->showMessage(
        tr("%n webhook(s)", nullptr, static_cast<int>(m_document.webhooks.size())) + u" · "_s
        + tr("%n error(s)", nullptr, static_cast<int>(errors)) + u", "_s
        + tr("%n warning(s)", nullptr, static_cast<int>(warnings)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_ui->mainSplitter->saveState());
    event->accept();
}
