#include "MainWindow.h"

#include "campaign/CampaignController.h"
#include "campaign/EnvironmentSwitch.h"
#include "delivery/DeliveryActions.h"
#include "delivery/DeliveryController.h"
#include "document/CampaignSession.h"
#include "document/DocumentController.h"
#include "editor/PreviewPanel.h"
#include "editor/WebhookEditor.h"
#include "exchange/ExchangeController.h"
#include "help/AboutBox.h"
#include "help/HelpDialog.h"
#include "help/ShortcutsDialog.h"
#include "history/HistoryPanel.h"
#include "mapping/DataSourcePanel.h"
#include "mapping/FieldPickerDialog.h"
#include "problems/ProblemsController.h"
#include "receiver/ReceiverPanel.h"
#include "secrets/SecretPrompt.h"
#include "secrets/SecretStorageNotice.h"
#include "settings/PreferencesDialog.h"
#include "storage/Preferences.h"
#include "storage/RecoveryStore.h"
#include "ui_MainWindow.h"
#include "webhooks/WebhookListController.h"
#include "webhooks/WebhookListModel.h"
#include "widgets/Icons.h"
#include "widgets/PanelDock.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QKeyEvent>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// After the first paint, when the history file is opened.
constexpr int kOpenHistoryDelayMs = 150;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(new CampaignSession(this))
{
    // The list's model follows a change of the document before the views
    // that show the current webhook.
    auto* webhookModel = new WebhookListModel(m_session, this);
    m_dataSources = new DataSourcePanel(m_session, this);
    m_preview = new PreviewPanel(m_session, this);
    m_ui->setupUi(this);
    m_editor = new WebhookEditor(m_session, m_ui->editorPage);
    m_editor->setObjectName(u"webhookEditor"_s);
    m_ui->editorPageLayout->addWidget(m_editor);

    m_session->enableAutosave(RecoveryStore::defaultDirectory());
    connect(m_session, &CampaignSession::autosaveFailed, this, [this](const QString& error) {
        showStatus(tr("Could not keep a recovery copy: %1").arg(error), 15000);
    });
    m_secrets = new SecretPrompt(m_session, this);
    m_documents = new DocumentController(m_session, this,
        { m_ui->newAction, m_ui->openAction, m_ui->openSampleAction, m_ui->saveAction,
            m_ui->saveAsAction, m_ui->recentFilesMenu });
    connect(m_documents, &DocumentController::statusMessage, this, &MainWindow::showStatus);

    setupMappingPanels();
    setupShortcutsAndIcons();
    setupUndo();
    setupHelpAndSettings();
    setupDelivery();
    m_webhooks = new WebhookListController(m_session, webhookModel, m_ui->webhookListView,
        { m_ui->addWebhookAction, m_ui->duplicateWebhookAction, m_ui->renameWebhookAction,
            m_ui->toggleWebhookAction, m_ui->moveWebhookUpAction, m_ui->moveWebhookDownAction,
            m_ui->deleteWebhookAction, m_ui->emptyAddWebhookButton },
        this);
    connect(
        m_webhooks, &WebhookListController::currentWebhookChanged, this, &MainWindow::showWebhook);
    connect(m_webhooks, &WebhookListController::webhookAdded, m_editor, &WebhookEditor::focusUrl);
    connect(m_webhooks, &WebhookListController::statusMessage, this, &MainWindow::showStatus);

    // The exchange imports into the list and guards the open file.
    m_exchange = new ExchangeController(m_session, m_webhooks, m_documents, m_secrets, m_preview,
        { m_ui->exportProductionAction, m_ui->exportCurlAction, m_ui->exportPostmanAction,
            m_ui->exportOpenApiAction, m_ui->importCurlAction, m_ui->importProductionAction },
        this);
    connect(m_exchange, &ExchangeController::statusMessage, this, &MainWindow::showStatus);
    connect(m_editor, &WebhookEditor::curlPasted, m_exchange, &ExchangeController::applyPastedCurl);

    m_problems = new ProblemsController(
        m_session, m_ui->problemsView, m_ui->problemsDock, m_ui->nextProblemAction, this);
    statusBar()->addPermanentWidget(m_problems->statusLabel());
    connect(m_problems, &ProblemsController::statusMessage, this, &MainWindow::showStatus);
    connect(m_problems, &ProblemsController::dataModelProblemActivated, m_campaign,
        &CampaignController::editCampaign);
    connect(m_problems, &ProblemsController::webhookFindingActivated, this,
        [this](const CampaignChecker::Finding& finding) {
            m_webhooks->selectWebhook(finding.webhookIndex);
            m_editor->showProblem(finding);
        });
    auto* secretNotice = new SecretStorageNotice(m_session->keychain(), this);
    statusBar()->addPermanentWidget(secretNotice);
    connect(secretNotice, &SecretStorageNotice::statusMessage, this, &MainWindow::showStatus);

    connect(m_session, &CampaignSession::wasReset, this, &MainWindow::updateTitle);
    connect(m_session, &CampaignSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &CampaignSession::filePathChanged, this, &MainWindow::updateTitle);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 280, 700 });
    restoreWindowState();
    m_session->checkNow();
    showWebhook(m_webhooks->currentWebhook());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The session outlives m_ui while QWidget deletes the children; its
    // signals must not reach this half-destroyed window.
    qApp->removeEventFilter(this);
    m_session->undoStack()->disconnect(this);
    m_session->disconnect(this);
}

void MainWindow::showStatus(const QString& message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::setupShortcutsAndIcons()
{
    Ui::MainWindow* ui = m_ui.get();
    const struct
    {
        QAction* action;
        QKeySequence shortcut;
        const char* icon;
    } actions[] = {
        { ui->newAction, QKeySequence::New, "document-new" },
        { ui->openAction, QKeySequence::Open, "document-open" },
        { ui->saveAction, QKeySequence::Save, "document-save" },
        { ui->saveAsAction, QKeySequence::SaveAs, "document-save-as" },
        { ui->quitAction, QKeySequence::Quit, nullptr },
        { ui->undoAction, QKeySequence::Undo, "edit-undo" },
        { ui->redoAction, QKeySequence::Redo, "edit-redo" },
        { ui->addWebhookAction, QKeySequence(u"Ctrl+Shift+N"_s), "list-add" },
        { ui->duplicateWebhookAction, QKeySequence(u"Ctrl+D"_s), "edit-copy" },
        { ui->renameWebhookAction, QKeySequence(u"F2"_s), nullptr },
        { ui->toggleWebhookAction, QKeySequence(u"Ctrl+E"_s), nullptr },
        { ui->moveWebhookUpAction, QKeySequence(u"Ctrl+Shift+Up"_s), "go-up" },
        { ui->moveWebhookDownAction, QKeySequence(u"Ctrl+Shift+Down"_s), "go-down" },
        { ui->deleteWebhookAction, QKeySequence(u"Ctrl+Del"_s), "list-remove" },
        { ui->campaignAction, QKeySequence(u"Ctrl+Shift+D"_s), "campaign" },
        { ui->formatBodyAction, QKeySequence(u"Ctrl+Shift+F"_s), "format-json" },
        { ui->nextProblemAction, QKeySequence(u"F8"_s), "problems" },
        { ui->sendAction, QKeySequence(u"Ctrl+Return"_s), "send" },
        { ui->cancelDeliveryAction, QKeySequence(u"Ctrl+."_s), "process-stop" },
        { ui->burstAction, QKeySequence(u"Ctrl+Shift+Return"_s), "burst" },
        { ui->exportProductionAction, QKeySequence(u"Ctrl+Shift+E"_s), nullptr },
        { ui->preferencesAction, QKeySequence(u"Ctrl+,"_s), nullptr },
        { ui->userGuideAction, QKeySequence::HelpContents, nullptr },
        { ui->shortcutsAction, QKeySequence(u"Ctrl+F1"_s), nullptr },
    };
    for (const auto& [action, shortcut, icon] : actions) {
        action->setShortcut(shortcut);
        if (icon)
            action->setIcon(Icons::get(QString::fromLatin1(icon)));
    }
    ui->redoAction->setShortcuts({ QKeySequence::Redo, QKeySequence(u"Ctrl+Shift+Z"_s) });
    ui->viewMenu->addAction(ui->problemsDock->toggleViewAction());
    ui->problemsDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));

    const std::pair<QToolButton*, QAction*> buttons[] = {
        { ui->addWebhookButton, ui->addWebhookAction },
        { ui->duplicateWebhookButton, ui->duplicateWebhookAction },
        { ui->moveWebhookUpButton, ui->moveWebhookUpAction },
        { ui->moveWebhookDownButton, ui->moveWebhookDownAction },
        { ui->deleteWebhookButton, ui->deleteWebhookAction },
    };
    for (const auto& [button, action] : buttons)
        button->setDefaultAction(action);
    ui->mainToolBar->setIconSize(QSize(20, 20));
}

void MainWindow::setupUndo()
{
    QUndoStack* stack = m_session->undoStack();
    connect(m_ui->undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_ui->redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_ui->undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_ui->redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_ui->undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_ui->redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_ui->undoAction->setEnabled(false);
    m_ui->redoAction->setEnabled(false);
    // Text fields have an undo of their own; in this window Ctrl+Z must undo
    // the document instead (see eventFilter()).
    qApp->installEventFilter(this);
}

void MainWindow::setupHelpAndSettings()
{
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this,
        [this] { AboutBox::exec(m_session->keychain(), this); });
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);
    connect(m_ui->userGuideAction, &QAction::triggered, this, [this] {
        HelpDialog dialog(this);
        dialog.setObjectName(u"helpDialog"_s);
        dialog.exec();
    });
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_ui->menuBar, this);
        dialog.setObjectName(u"shortcutsDialog"_s);
        dialog.exec();
    });
    connect(m_ui->formatBodyAction, &QAction::triggered, m_editor, &WebhookEditor::formatBody);
}

void MainWindow::setupMappingPanels()
{
    // The palette of fields sits under the webhook list, where the eye looks
    // for what to drag; the preview of the request follows on the right.
    auto* leftSplitter = new QSplitter(Qt::Vertical, m_ui->mainSplitter);
    leftSplitter->setObjectName(u"leftSplitter"_s);
    leftSplitter->setChildrenCollapsible(false);
    m_ui->mainSplitter->insertWidget(0, leftSplitter);
    leftSplitter->addWidget(m_ui->webhookListPanel);
    m_dataSources->setObjectName(u"dataSourcePanel"_s);
    leftSplitter->addWidget(m_dataSources);
    leftSplitter->setSizes({ 200, 460 });

    auto* previewDock = new QDockWidget(tr("Preview"), this);
    previewDock->setObjectName(u"previewDock"_s);
    previewDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_preview->setObjectName(u"previewPanel"_s);
    previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, previewDock);
    m_ui->viewMenu->addAction(previewDock->toggleViewAction());
    previewDock->toggleViewAction()->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));

    connect(m_preview, &PreviewPanel::eventChanged, m_editor, &WebhookEditor::setPreviewEvent);
    connect(m_dataSources, &DataSourcePanel::fieldActivated, m_editor,
        &WebhookEditor::insertFieldAtFocus);

    auto* insertField = new QAction(tr("&Insert Field…"), this);
    insertField->setObjectName(u"insertFieldAction"_s);
    insertField->setShortcut(QKeySequence(u"Ctrl+Shift+I"_s));
    insertField->setToolTip(tr("Insert a mapped field where the cursor is"));
    connect(insertField, &QAction::triggered, this, &MainWindow::chooseFieldToInsert);
    m_ui->webhookMenu->insertAction(m_ui->webhookMenu->actions().value(4), insertField);

    m_campaign = new CampaignController(m_session, m_ui->campaignAction, this);
    m_campaign->setPreviewEvent(m_preview->eventName());
    connect(
        m_preview, &PreviewPanel::eventChanged, m_campaign, &CampaignController::setPreviewEvent);
    m_ui->campaignMenu->addAction(m_campaign->environmentsAction());
    m_ui->campaignMenu->addAction(m_campaign->sampleDataAction());
}

PanelDock* MainWindow::addPanelDock(QWidget* panel, const QString& title, const QString& objectName,
    Qt::DockWidgetArea area, const QKeySequence& toggleShortcut)
{
    auto* dock = new PanelDock(title, objectName, this);
    if (panel)
        dock->setPanel(panel);
    addDockWidget(area, dock);
    m_ui->viewMenu->addAction(dock->toggleViewAction());
    dock->toggleViewAction()->setShortcut(toggleShortcut);
    return dock;
}

void MainWindow::setupDelivery()
{
    m_deliveries = new DeliveryController(m_session, DeliveryHistory::defaultPath(), this);
    m_historyPanel = new HistoryPanel(m_deliveries->history(), this);
    m_historyPanel->setObjectName(u"historyPanel"_s);
    m_receiverPanel = new ReceiverPanel(m_deliveries, this);
    m_receiverPanel->setObjectName(u"receiverPanel"_s);
    connect(m_receiverPanel, &ReceiverPanel::useAsSampleRequested, m_campaign,
        &CampaignController::useAsSample);

    // The inspector shares the bottom with the problems; the receiver and the
    // history sit beside the preview, so a delivery picked in the history
    // shows in the inspector next to it.
    m_inspectorDock = addPanelDock(nullptr, tr("Inspector"), u"inspectorDock"_s,
        Qt::BottomDockWidgetArea, QKeySequence(u"Ctrl+Shift+T"_s));
    PanelDock* historyDock = addPanelDock(m_historyPanel, tr("History"), u"historyDock"_s,
        Qt::RightDockWidgetArea, QKeySequence(u"Ctrl+Shift+H"_s));
    PanelDock* receiverDock = addPanelDock(m_receiverPanel, tr("Receiver"), u"receiverDock"_s,
        Qt::RightDockWidgetArea, QKeySequence(u"Ctrl+Shift+L"_s));
    auto* previewDock = findChild<QDockWidget*>(u"previewDock"_s);
    tabifyDockWidget(m_ui->problemsDock, m_inspectorDock);
    tabifyDockWidget(previewDock, receiverDock);
    tabifyDockWidget(receiverDock, historyDock);
    previewDock->raise();
    m_ui->problemsDock->raise();

    m_deliveryActions = new DeliveryActions(m_session, m_deliveries, m_secrets, m_preview,
        m_historyPanel, m_inspectorDock,
        { m_ui->sendAction, m_ui->cancelDeliveryAction, m_ui->burstAction }, this);
    auto* environmentSwitch = new EnvironmentSwitch(m_session, this);
    connect(environmentSwitch, &EnvironmentSwitch::editRequested, m_campaign,
        &CampaignController::editEnvironments);
    m_ui->mainToolBar->addWidget(environmentSwitch);
    m_ui->mainToolBar->addWidget(m_deliveryActions->eventComboBox());
    m_ui->mainToolBar->addAction(m_ui->sendAction);
    m_ui->mainToolBar->addAction(m_ui->cancelDeliveryAction);
    connect(m_deliveryActions, &DeliveryActions::statusMessage, this, &MainWindow::showStatus);
    connect(
        m_deliveries, &DeliveryController::historyOpened, m_historyPanel, &HistoryPanel::reload);
    // The sample campaign sends to {{local_receiver}}: have one running.
    m_receiverPanel->start(true);
}

void MainWindow::showWebhook(int index)
{
    if (m_editor->webhookIndex() != index)
        m_editor->setWebhookIndex(index);
    m_dataSources->setWebhookIndex(index);
    m_preview->setWebhookIndex(index);
    m_ui->editorStack->setCurrentWidget(index >= 0 ? m_ui->editorPage : m_ui->emptyPage);
    m_ui->formatBodyAction->setEnabled(index >= 0);
    m_deliveryActions->setCurrentWebhook(index);
}

void MainWindow::chooseFieldToInsert()
{
    const int index = currentWebhook();
    if (index < 0)
        return;
    FieldPickerDialog picker(m_session, index, this);
    if (picker.exec() == QDialog::Accepted && picker.chosenField())
        m_editor->insertFieldAtFocus(*picker.chosenField());
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setObjectName(u"preferencesDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_deliveries->history()->setRetention(Preferences::historyRetention());
    if (!dialog.proxyPassword().isEmpty())
        m_session->keepSecret(Preferences::proxyPasswordSecret(), dialog.proxyPassword());
    m_receiverPanel->usePreferredPort();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Webhook Studio").arg(m_session->displayName()));
    setWindowFilePath(m_session->filePath());
    setWindowModified(m_session->isModified());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    auto* key = static_cast<QKeyEvent*>(event);
    if (!widget || widget->window() != this
        || !(key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination()
                == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)))
        return false;
    // Not overriding lets the Undo and Redo actions take the key.
    event->ignore();
    return true;
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    m_dockSized = restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Opening the history (SQLite, WAL recovery) waits until the window is
    // on screen; openHistory() does nothing once it is open.
    QTimer::singleShot(kOpenHistoryDelayMs, m_deliveries, &DeliveryController::openHistory);
    // Until the user sizes it, the bottom docks (problems, inspector,
    // history) leave most of the height to the editor; a dock can only be
    // sized once the window has its layout.
    if (!m_dockSized) {
        m_dockSized = true;
        resizeDocks({ m_ui->problemsDock }, { 250 }, Qt::Vertical);
        resizeDocks({ findChild<QDockWidget*>(u"previewDock"_s) }, { 420 }, Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_ui->mainSplitter->saveState());
    m_deliveries->cancel();
    event->accept();
}
