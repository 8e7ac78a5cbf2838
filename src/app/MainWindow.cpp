#include "MainWindow.h"

#include "BurstDialog.h"
#include "CampaignDialog.h"
#include "CampaignSession.h"
#include "CurlImportDialog.h"
#include "DataSourcePanel.h"
#include "DeliveryController.h"
#include "DeliveryTracker.h"
#include "ExportDialog.h"
#include "FieldPickerDialog.h"
#include "FileDialogs.h"
#include "HelpDialog.h"
#include "HistoryPanel.h"
#include "Icons.h"
#include "InspectorPanel.h"
#include "PreferencesDialog.h"
#include "PreviewPanel.h"
#include "ProblemListModel.h"
#include "ReceiverPanel.h"
#include "RecentFiles.h"
#include "RecoveryPrompt.h"
#include "SampleDataDialog.h"
#include "SecretsDialog.h"
#include "ShortcutsDialog.h"
#include "Theme.h"
#include "WebhookEditor.h"
#include "WebhookListModel.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/Duration.h"
#include "exchange/CurlImporter.h"
#include "exchange/ProductionExport.h"
#include "history/DeliveryHistory.h"
#include "io/DocumentReader.h"
#include "model/SecretReference.h"
#include "storage/DataLocation.h"
#include "storage/Preferences.h"
#include "storage/RecoveryStore.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLockFile>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// After the first paint, when the history file is opened.
constexpr int kOpenHistoryDelayMs = 150;

constexpr int kMaxProblemsInMessage = 8;

QString campaignFileFilter()
{
    return MainWindow::tr("Webhook Studio campaigns (*.webhooks.json);;JSON files (*.json);;"
                          "All files (*)");
}

// A name like `base` that no webhook of `document` has yet.
QString uniqueWebhookName(const CampaignDocument& document, const QString& base)
{
    QString name = base;
    for (int n = 2; document.indexOfWebhook(name) >= 0; ++n)
        name = base + u' ' + QString::number(n);
    return name;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(new CampaignSession(this))
    , m_webhookModel(new WebhookListModel(m_session, this))
    , m_problemModel(new ProblemListModel(m_session, this))
    , m_editor(nullptr)
    , m_dataSources(new DataSourcePanel(m_session, this))
    , m_preview(new PreviewPanel(m_session, this))
    , m_problemStatus(new QLabel(this))
{
    m_ui->setupUi(this);
    m_editor = new WebhookEditor(m_session, m_ui->editorPage);
    m_editor->setObjectName(u"webhookEditor"_s);
    m_ui->editorPageLayout->addWidget(m_editor);

    m_session->enableAutosave(RecoveryStore::defaultDirectory());
    connect(m_session, &CampaignSession::autosaveFailed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Could not keep a recovery copy: %1").arg(error), 15000);
    });
    m_problemStatus->setObjectName(u"problemStatusLabel"_s);
    statusBar()->addPermanentWidget(m_problemStatus);
    setupSecretStorageNotice();

    setupMappingPanels();
    setupActions();
    setupDelivery();
    setupExchange();
    setupWebhookList();
    setupProblems();
    connect(m_session, &CampaignSession::changed, this, &MainWindow::onDocumentChanged);
    connect(m_session, &CampaignSession::wasReset, this, [this] {
        selectWebhook(0);
        updateTitle();
    });
    connect(m_session, &CampaignSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &CampaignSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &CampaignSession::findingsChanged, this, &MainWindow::updateProblemStatus);

    // Text fields have an undo of their own; in this window Ctrl+Z must undo
    // the document instead (see eventFilter()).
    qApp->installEventFilter(this);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 280, 700 });
    restoreWindowState();
    m_session->checkNow();
    onCurrentWebhookChanged();
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

QString MainWindow::sampleFilePath()
{
    return u":/samples/winter-renewal.webhooks.json"_s;
}

const CampaignDocument& MainWindow::document() const
{
    return m_session->document();
}

QString MainWindow::filePath() const
{
    return m_session->filePath();
}

void MainWindow::setupActions()
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

    connect(ui->newAction, &QAction::triggered, this, &MainWindow::newCampaign);
    connect(ui->openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);
    connect(ui->openSampleAction, &QAction::triggered, this, &MainWindow::openSample);
    connect(ui->saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(ui->saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);
    connect(ui->userGuideAction, &QAction::triggered, this, [this] {
        HelpDialog dialog(this);
        dialog.setObjectName(u"helpDialog"_s);
        dialog.exec();
    });
    connect(ui->shortcutsAction, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_ui->menuBar, this);
        dialog.setObjectName(u"shortcutsDialog"_s);
        dialog.exec();
    });
    connect(ui->recentFilesMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentFilesMenu);

    QUndoStack* stack = m_session->undoStack();
    connect(ui->undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(ui->redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, ui->undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, ui->redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_ui->undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_ui->redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    ui->undoAction->setEnabled(false);
    ui->redoAction->setEnabled(false);

    connect(ui->addWebhookAction, &QAction::triggered, this, &MainWindow::addWebhook);
    connect(ui->emptyAddWebhookButton, &QPushButton::clicked, this, &MainWindow::addWebhook);
    connect(ui->duplicateWebhookAction, &QAction::triggered, this, &MainWindow::duplicateWebhook);
    connect(ui->deleteWebhookAction, &QAction::triggered, this, &MainWindow::deleteWebhook);
    connect(ui->renameWebhookAction, &QAction::triggered, this, &MainWindow::renameWebhook);
    connect(ui->toggleWebhookAction, &QAction::triggered, this, &MainWindow::toggleWebhook);
    connect(ui->moveWebhookUpAction, &QAction::triggered, this, [this] { moveWebhook(-1); });
    connect(ui->moveWebhookDownAction, &QAction::triggered, this, [this] { moveWebhook(1); });
    connect(ui->campaignAction, &QAction::triggered, this, [this] { editCampaign(); });
    connect(ui->formatBodyAction, &QAction::triggered, m_editor, &WebhookEditor::formatBody);
    connect(ui->nextProblemAction, &QAction::triggered, this, &MainWindow::showNextProblem);

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

    auto* sampleData = new QAction(tr("&Sample Data…"), this);
    sampleData->setObjectName(u"sampleDataAction"_s);
    sampleData->setToolTip(tr("The values previews and test sends use"));
    connect(sampleData, &QAction::triggered, this, &MainWindow::editSampleData);
    m_ui->campaignMenu->addAction(sampleData);
}

QDockWidget* MainWindow::addPanelDock(QWidget* panel, const QString& title,
    const QString& objectName, Qt::DockWidgetArea area, const QKeySequence& toggleShortcut)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    // A panel scrolls rather than making the window taller than the screen
    // when its dock is made small.
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(objectName + u"ScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    if (panel)
        scroll->setWidget(panel);
    dock->setWidget(scroll);
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

    // The inspector shares the bottom with the problems; the receiver and the
    // history sit beside the preview, so a delivery picked in the history
    // shows in the inspector next to it.
    m_inspectorDock = addPanelDock(nullptr, tr("Inspector"), u"inspectorDock"_s,
        Qt::BottomDockWidgetArea, QKeySequence(u"Ctrl+Shift+T"_s));
    connect(m_inspectorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            inspector();
    });
    QDockWidget* historyDock = addPanelDock(m_historyPanel, tr("History"), u"historyDock"_s,
        Qt::RightDockWidgetArea, QKeySequence(u"Ctrl+Shift+H"_s));
    QDockWidget* receiverDock = addPanelDock(m_receiverPanel, tr("Receiver"), u"receiverDock"_s,
        Qt::RightDockWidgetArea, QKeySequence(u"Ctrl+Shift+L"_s));
    tabifyDockWidget(m_ui->problemsDock, m_inspectorDock);
    tabifyDockWidget(findChild<QDockWidget*>(u"previewDock"_s), receiverDock);
    tabifyDockWidget(receiverDock, historyDock);
    findChild<QDockWidget*>(u"previewDock"_s)->raise();
    m_ui->problemsDock->raise();

    m_sendEventComboBox = new QComboBox(this);
    m_sendEventComboBox->setObjectName(u"sendEventComboBox"_s);
    m_sendEventComboBox->setAccessibleName(tr("Event to send"));
    m_sendEventComboBox->setToolTip(tr("The event a test send renders (the preview shows it)"));
    m_sendEventComboBox->setModel(m_preview->eventModel());
    m_sendEventComboBox->setCurrentText(m_preview->eventName());
    m_ui->mainToolBar->addWidget(m_sendEventComboBox);
    m_ui->mainToolBar->addAction(m_ui->sendAction);
    m_ui->mainToolBar->addAction(m_ui->cancelDeliveryAction);
    connect(
        m_sendEventComboBox, &QComboBox::currentTextChanged, m_preview, &PreviewPanel::setEvent);
    connect(
        m_preview, &PreviewPanel::eventChanged, m_sendEventComboBox, &QComboBox::setCurrentText);

    connect(m_ui->sendAction, &QAction::triggered, this, &MainWindow::sendTestEvent);
    connect(
        m_ui->cancelDeliveryAction, &QAction::triggered, m_deliveries, &DeliveryController::cancel);
    connect(m_ui->burstAction, &QAction::triggered, this, &MainWindow::sendBurst);
    connect(m_historyPanel, &HistoryPanel::entrySelected, this, &MainWindow::showHistoryEntry);
    connect(
        m_historyPanel, &HistoryPanel::redeliverRequested, this, &MainWindow::redeliverFromHistory);
    connect(
        m_deliveries, &DeliveryController::deliveryStarted, this, [this](DeliveryTracker* tracker) {
            inspector()->setTracker(tracker);
            showInspector();
            statusBar()->showMessage(
                tr("Sending %1 with \"%2\"…")
                    .arg(tracker->record().event, tracker->record().webhookName));
            updateSendActions();
        });
    connect(
        m_deliveries, &DeliveryController::deliveryFinished, this, &MainWindow::onDeliveryFinished);
    connect(
        m_deliveries, &DeliveryController::historyOpened, m_historyPanel, &HistoryPanel::reload);
    // The sample campaign sends to {{local_receiver}}: have one running.
    m_receiverPanel->start(true);
}

InspectorPanel* MainWindow::inspector()
{
    if (!m_inspector) {
        m_inspector = new InspectorPanel(this);
        m_inspector->setObjectName(u"inspectorPanel"_s);
        connect(m_inspector, &InspectorPanel::redeliverRequested, this, &MainWindow::redeliver);
        // The dock has held its (empty) scroll area from the start.
        qobject_cast<QScrollArea*>(m_inspectorDock->widget())->setWidget(m_inspector);
    }
    return m_inspector;
}

void MainWindow::showInspector()
{
    m_inspectorDock->show();
    m_inspectorDock->raise();
    // Room for the bodies, while the editor keeps the larger part.
    const int wanted = height() * 9 / 20;
    if (m_inspectorDock->height() < wanted)
        resizeDocks({ m_inspectorDock }, { wanted }, Qt::Vertical);
}

void MainWindow::withSecrets(
    int webhookIndex, SecretsDialog::Purpose purpose, const std::function<void()>& proceed)
{
    const auto missing = [this, webhookIndex, purpose] {
        const WebhookConfig& webhook = document().webhooks.at(webhookIndex);
        QStringList names = DeliveryPreparer::missingSecrets(webhook, m_session->secrets());
        // An export keeps header secrets as variables; only signing needs a value.
        if (purpose == SecretsDialog::Purpose::Export) {
            const QString signing = SecretReference::name(webhook.signing.secret);
            names = webhook.signing.isEnabled() && names.contains(signing) ? QStringList { signing }
                                                                           : QStringList();
        }
        return names;
    };
    if (missing().isEmpty()) {
        proceed();
        return;
    }
    const QString webhookId = document().webhooks.at(webhookIndex).id;
    m_session->fetchSecrets(missing(), [=] {
        // The document may have changed while the keychain answered.
        if (webhookIndex >= document().webhooks.size()
            || document().webhooks.at(webhookIndex).id != webhookId) {
            return;
        }
        const QStringList stillMissing = missing();
        if (!stillMissing.isEmpty()) {
            SecretsDialog dialog(purpose, document().webhooks.at(webhookIndex).name, stillMissing,
                m_session->keychain()->unavailableReason(), this);
            dialog.setObjectName(u"secretsDialog"_s);
            if (dialog.exec() == QDialog::Accepted) {
                const QHash<QString, QString> values = dialog.values();
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    m_session->keepSecret(it.key(), it.value());
            } else if (purpose == SecretsDialog::Purpose::Send) {
                return;
            }
            // Without the secret an export still shows what it can, and why.
        }
        proceed();
    });
}

void MainWindow::setupSecretStorageNotice()
{
    auto* label = new QLabel(tr("Secrets: this session only"), this);
    label->setObjectName(u"secretStorageLabel"_s);
    label->hide();
    statusBar()->addPermanentWidget(label);
    connect(m_session->keychain(), &SecretKeychain::becameUnavailable, this,
        [this, label](const QString& reason) {
            const QString notice = tr("No system keychain is available (%1). Secret values are "
                                      "kept in memory until you quit, and asked for again next "
                                      "time.")
                                       .arg(reason);
            label->setToolTip(notice);
            label->show();
            statusBar()->showMessage(notice, 15000);
        });
}

void MainWindow::sendTestEvent()
{
    const int index = currentWebhook();
    if (index < 0 || m_deliveries->isSending())
        return;
    withSecrets(index, SecretsDialog::Purpose::Send, [this, index] {
        if (m_deliveries->isSending())
            return;
        const DeliveryController::Outcome outcome
            = m_deliveries->send(index, m_preview->eventName());
        showSendOutcome(outcome.problems, outcome.tracker != nullptr);
    });
}

void MainWindow::redeliver(const DeliveryReplay& replay)
{
    const DeliveryController::Outcome outcome = m_deliveries->redeliver(replay);
    showSendOutcome(outcome.problems, outcome.tracker != nullptr);
}

void MainWindow::showSendOutcome(const QList<Problem>& problems, bool sent)
{
    QStringList lines;
    for (const Problem& problem : problems) {
        if (problem.isError() || sent)
            lines.append(problem.message);
    }
    if (lines.isEmpty())
        return;
    if (sent) {
        // Warnings (a secret sent as its reference) do not stop a send.
        statusBar()->showMessage(lines.join(u' '), 10000);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Nothing Was Sent"),
        tr("The request cannot be sent yet:"), QMessageBox::Ok, this);
    box.setObjectName(u"sendErrorMessageBox"_s);
    box.setInformativeText(lines.join(u'\n'));
    box.exec();
}

void MainWindow::showHistoryEntry(qint64 id)
{
    if (m_inspector && m_inspector->tracker() && m_inspector->tracker()->historyId() == id)
        return;
    const std::optional<HistoryEntry> entry = m_deliveries->history()->entry(id);
    if (!entry) {
        statusBar()->showMessage(m_deliveries->history()->errorString(), 10000);
        return;
    }
    auto* tracker = new DeliveryTracker(*entry, this);
    inspector()->setTracker(tracker);
    showInspector();
    if (m_historyTracker)
        m_historyTracker->deleteLater();
    m_historyTracker = tracker;
}

void MainWindow::redeliverFromHistory(qint64 id)
{
    const std::optional<HistoryEntry> entry = m_deliveries->history()->entry(id);
    if (!entry || !entry->replay) {
        statusBar()->showMessage(tr("This delivery cannot be sent again: its request was not "
                                    "kept."),
            10000);
        return;
    }
    redeliver(*entry->replay);
}

void MainWindow::sendBurst()
{
    const int index = currentWebhook();
    if (index < 0)
        return;
    withSecrets(index, SecretsDialog::Purpose::Send, [this, index] {
        BurstDialog dialog(
            m_deliveries, index, document().webhooks.at(index).name, m_preview->eventName(), this);
        dialog.setObjectName(u"burstDialog"_s);
        dialog.exec();
    });
}

void MainWindow::onDeliveryFinished(DeliveryTracker* tracker)
{
    const DeliveryRecord& record = tracker->record();
    statusBar()->showMessage(record.delivered()
            ? tr("Delivered %1 on attempt %2 after %3.")
                  .arg(record.event)
                  .arg(record.attempts.size())
                  .arg(Duration::text(record.totalMs))
            : tr("Not delivered: %1").arg(record.verdict.summary()),
        15000);
    updateSendActions();
}

void MainWindow::updateSendActions()
{
    const bool sending = m_deliveries && m_deliveries->isSending();
    m_ui->sendAction->setEnabled(currentWebhook() >= 0 && !sending);
    m_ui->burstAction->setEnabled(currentWebhook() >= 0);
    m_ui->cancelDeliveryAction->setEnabled(sending);
}

void MainWindow::chooseFieldToInsert()
{
    if (currentWebhook() < 0)
        return;
    FieldPickerDialog picker(m_session, currentWebhook(), this);
    if (picker.exec() == QDialog::Accepted && picker.chosenField())
        m_editor->insertFieldAtFocus(*picker.chosenField());
}

void MainWindow::editSampleData()
{
    SampleDataDialog dialog(document(), this);
    dialog.setObjectName(u"sampleDataDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CampaignDocument changed = dialog.document();
    m_session->edit(tr("Edit Sample Data"), [&](CampaignDocument& document) {
        document.sampleData = changed.sampleData;
        document.dataModel = changed.dataModel;
    });
}

void MainWindow::setupWebhookList()
{
    m_ui->webhookListView->setModel(m_webhookModel);
    connect(m_ui->webhookListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onCurrentWebhookChanged);
    // F2 renames and Delete deletes the selected webhook while the list has
    // the focus; elsewhere they keep their usual meaning (F2 edits a table
    // cell, Delete deletes text).
    m_ui->renameWebhookAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->webhookListView->addAction(m_ui->renameWebhookAction);
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &MainWindow::deleteWebhook);
    m_ui->webhookListView->addAction(deleteKey);
}

void MainWindow::setupProblems()
{
    m_ui->problemsView->setModel(m_problemModel);
    m_ui->problemsView->header()->setSectionResizeMode(
        ProblemListModel::MessageColumn, QHeaderView::Stretch);
    m_ui->problemsView->header()->setSectionResizeMode(
        ProblemListModel::LocationColumn, QHeaderView::ResizeToContents);
    m_ui->problemsView->header()->setStretchLastSection(false);
    connect(m_ui->problemsView, &QTreeView::activated, this, &MainWindow::activateProblem);
    updateProblemStatus();
}

int MainWindow::currentWebhook() const
{
    const QModelIndex current = m_ui->webhookListView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::selectWebhook(int index)
{
    const int rows = m_webhookModel->rowCount();
    if (rows == 0) {
        m_ui->webhookListView->setCurrentIndex({});
        onCurrentWebhookChanged();
        return;
    }
    const QModelIndex target = m_webhookModel->index(qBound(0, index, rows - 1));
    // Each webhook shown costs a render of the preview and a pass over the
    // field palette: run onCurrentWebhookChanged() once, whether or not the
    // list's current row moves.
    if (target == m_ui->webhookListView->currentIndex())
        onCurrentWebhookChanged();
    else
        m_ui->webhookListView->setCurrentIndex(target);
}

void MainWindow::onCurrentWebhookChanged()
{
    const int index = currentWebhook();
    if (m_editor->webhookIndex() != index)
        m_editor->setWebhookIndex(index);
    m_dataSources->setWebhookIndex(index);
    m_preview->setWebhookIndex(index);
    m_ui->editorStack->setCurrentWidget(index >= 0 ? m_ui->editorPage : m_ui->emptyPage);
    updateActions();
}

void MainWindow::onDocumentChanged(int focusWebhook)
{
    // After an undo, redo or a change of the list, show the webhook the change
    // was about (or keep the current one where it now is).
    const int target = focusWebhook >= 0 ? focusWebhook : currentWebhook();
    if (target != currentWebhook() || !m_ui->webhookListView->currentIndex().isValid())
        selectWebhook(target);
    else if (m_editor->webhookIndex() != target) {
        m_editor->setWebhookIndex(target);
        m_dataSources->setWebhookIndex(target);
        m_preview->setWebhookIndex(target);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const int index = currentWebhook();
    const int count = m_webhookModel->rowCount();
    const bool selected = index >= 0;
    m_ui->duplicateWebhookAction->setEnabled(selected);
    m_ui->deleteWebhookAction->setEnabled(selected);
    m_ui->renameWebhookAction->setEnabled(selected);
    m_ui->toggleWebhookAction->setEnabled(selected);
    m_ui->moveWebhookUpAction->setEnabled(selected && index > 0);
    m_ui->moveWebhookDownAction->setEnabled(selected && index < count - 1);
    m_ui->formatBodyAction->setEnabled(selected);
    updateSendActions();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Webhook Studio").arg(m_session->displayName()));
    setWindowFilePath(m_session->filePath());
    setWindowModified(m_session->isModified());
}

void MainWindow::updateProblemStatus()
{
    const int errors = m_problemModel->errorCount();
    const int warnings = m_problemModel->warningCount();
    m_problemStatus->setText(tr("%n webhook(s)", nullptr, int(document().webhooks.size()))
        + u" · "_s + tr("%n error(s)", nullptr, errors) + u", "_s
        + tr("%n warning(s)", nullptr, warnings));
    m_ui->problemsDock->setWindowTitle(
        errors + warnings == 0 ? tr("Problems") : tr("Problems (%1)").arg(errors + warnings));
}

void MainWindow::activateProblem(const QModelIndex& index)
{
    const CampaignChecker::Finding* finding = m_problemModel->finding(index);
    if (!finding)
        return;
    if (finding->webhookIndex < 0) {
        const QString path = finding->problem.path;
        DataSource source = DataSource::DefaultValue;
        if (path.contains(u"contactFields"_s))
            source = DataSource::ContactField;
        else if (path.contains(u"agentOutcomeFields"_s))
            source = DataSource::AgentOutcomeField;
        else if (path.contains(u"dynamicVariables"_s))
            source = DataSource::DynamicVariable;
        else if (path.contains(u"postCallOutcomes"_s))
            source = DataSource::PostCallOutcome;
        editCampaign(source);
        return;
    }
    selectWebhook(finding->webhookIndex);
    m_editor->showProblem(*finding);
}

void MainWindow::showNextProblem()
{
    const int rows = m_problemModel->rowCount();
    if (rows == 0) {
        statusBar()->showMessage(tr("No problems."), 3000);
        return;
    }
    const int next = (m_ui->problemsView->currentIndex().row() + 1) % rows;
    const QModelIndex index = m_problemModel->index(next, 0);
    m_ui->problemsDock->show();
    m_ui->problemsView->setCurrentIndex(index);
    activateProblem(index);
}

void MainWindow::addWebhook()
{
    WebhookConfig webhook;
    webhook.name = tr("New webhook");
    webhook.delivery = Preferences::newWebhookDelivery();
    insertWebhook(webhook, tr("Add Webhook"));
    m_editor->findChild<QWidget*>(u"urlEdit"_s)->setFocus();
}

void MainWindow::insertWebhook(WebhookConfig webhook, const QString& undoText)
{
    const int index = currentWebhook() + 1 > 0 ? currentWebhook() + 1 : m_webhookModel->rowCount();
    m_session->edit(
        undoText,
        [&](CampaignDocument& document) {
            webhook.name = uniqueWebhookName(document, webhook.name);
            webhook.id = document.uniqueWebhookId(webhook.name);
            if (webhook.events.isEmpty())
                webhook.events = { u"call.ended"_s };
            document.webhooks.insert(index, webhook);
        },
        index);
    selectWebhook(index);
}

void MainWindow::setupExchange()
{
    const std::pair<QAction*, ExportDialog::Format> exports[] = {
        { m_ui->exportProductionAction, ExportDialog::Format::Production },
        { m_ui->exportCurlAction, ExportDialog::Format::Curl },
        { m_ui->exportPostmanAction, ExportDialog::Format::Postman },
    };
    for (const auto& [action, format] : exports)
        connect(action, &QAction::triggered, this, [this, format = format] { exportAs(format); });
    m_ui->exportProductionAction->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    connect(m_ui->importCurlAction, &QAction::triggered, this, [this] { importCurl(); });
    connect(m_ui->importProductionAction, &QAction::triggered, this,
        &MainWindow::importProductionConfig);
    connect(m_editor, &WebhookEditor::curlPasted, this, &MainWindow::applyPastedCurl);
}

void MainWindow::exportAs(ExportDialog::Format format)
{
    const int index = currentWebhook();
    if (format == ExportDialog::Format::Curl && index >= 0) {
        withSecrets(index, SecretsDialog::Purpose::Export, [this, format] { showExport(format); });
        return;
    }
    showExport(format);
}

void MainWindow::showExport(ExportDialog::Format format)
{
    ExportDialog dialog(m_session, format, this);
    dialog.setObjectName(u"exportDialog"_s);
    if (const int index = currentWebhook(); index >= 0)
        dialog.setCurlSelection(document().webhooks.at(index).name, m_preview->eventName());
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(
            tr("Exported to %1.").arg(QFileInfo(dialog.savedPath()).fileName()), 6000);
    }
}

void MainWindow::importCurl(const QString& command)
{
    CurlImportDialog dialog(this);
    dialog.setObjectName(u"curlImportDialog"_s);
    dialog.setCommand(command);
    if (dialog.exec() == QDialog::Accepted && dialog.webhook())
        insertWebhook(*dialog.webhook(), tr("Import cURL Command"));
}

void MainWindow::applyPastedCurl(const QString& command)
{
    const int index = currentWebhook();
    const CurlImporter::Result result = CurlImporter::import(command);
    if (index < 0 || !result.webhook) {
        // The dialog shows why, and lets the command be mended.
        importCurl(command);
        return;
    }
    m_session->editWebhook(index, tr("Paste cURL Command"),
        [&](WebhookConfig& webhook) { CurlImporter::applyRequest(*result.webhook, &webhook); });
    QStringList notes;
    for (const Problem& problem : result.problems)
        notes.append(problem.message);
    statusBar()->showMessage(notes.isEmpty()
            ? tr("The curl command's request is now this webhook's.")
            : tr("The curl command's request is now this webhook's. %1").arg(notes.join(u' ')),
        15000);
}

void MainWindow::importProductionConfig()
{
    if (!maybeSave())
        return;
    const QString filePath = FileDialogs::openFileName(this, tr("Import Production Config"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Production configs (*.production.json);;JSON files (*.json);;All files (*)"));
    if (filePath.isEmpty())
        return;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        showLoadError(filePath,
            { Problem::error(QString(), u"file.read"_s,
                tr("Cannot read the file: %1.").arg(file.errorString())) });
        return;
    }
    const LoadResult loaded = ProductionExport::read(file.readAll());
    if (!loaded.document) {
        showLoadError(filePath, loaded.problems);
        return;
    }
    // A new, unsaved campaign: the export itself is not a campaign file.
    m_session->reset(*loaded.document, QString());
    statusBar()->showMessage(
        tr("Imported %1. Production configs carry no sample data; save it as a campaign to keep "
           "it.")
            .arg(QFileInfo(filePath).fileName()),
        10000);
}

void MainWindow::duplicateWebhook()
{
    const int index = currentWebhook();
    if (index < 0)
        return;
    m_session->edit(
        tr("Duplicate Webhook"),
        [&](CampaignDocument& document) {
            WebhookConfig copy = document.webhooks.at(index);
            copy.name = uniqueWebhookName(document, tr("%1 (copy)").arg(copy.name));
            copy.id = document.uniqueWebhookId(copy.name);
            document.webhooks.insert(index + 1, copy);
        },
        index + 1);
    selectWebhook(index + 1);
}

void MainWindow::deleteWebhook()
{
    const int index = currentWebhook();
    if (index < 0)
        return;
    const QString name = document().webhooks.at(index).name;
    m_session->edit(
        tr("Delete Webhook"),
        [&](CampaignDocument& document) { document.webhooks.removeAt(index); },
        qMin(index, int(document().webhooks.size()) - 2));
    statusBar()->showMessage(
        tr("Deleted \"%1\". Undo brings it back (%2).")
            .arg(name, m_ui->undoAction->shortcut().toString(QKeySequence::NativeText)),
        5000);
}

void MainWindow::moveWebhook(int offset)
{
    const int index = currentWebhook();
    const int target = index + offset;
    if (index < 0 || target < 0 || target >= document().webhooks.size())
        return;
    m_session->edit(
        tr("Move Webhook"),
        [&](CampaignDocument& document) { document.webhooks.move(index, target); }, target);
    selectWebhook(target);
}

void MainWindow::renameWebhook()
{
    const QModelIndex current = m_ui->webhookListView->currentIndex();
    if (!current.isValid())
        return;
    m_ui->webhookListView->setFocus();
    m_ui->webhookListView->edit(current);
}

void MainWindow::toggleWebhook()
{
    const QModelIndex current = m_ui->webhookListView->currentIndex();
    if (!current.isValid())
        return;
    const bool enabled = current.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_webhookModel->setData(current, enabled ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void MainWindow::editCampaign(DataSource source)
{
    CampaignDialog dialog(document(), this);
    dialog.setObjectName(u"campaignDialog"_s);
    if (source != DataSource::DefaultValue)
        dialog.showSource(source);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CampaignDocument changed = dialog.applyTo(document());
    m_session->edit(tr("Edit Campaign"), [&](CampaignDocument& document) { document = changed; });
}

void MainWindow::newCampaign()
{
    if (!maybeSave())
        return;
    CampaignDocument document;
    document.name = tr("New campaign");
    m_session->reset(document, QString());
}

bool MainWindow::openFile(const QString& filePath)
{
    if (!maybeSave())
        return false;
    if (!load(filePath, filePath))
        return false;
    RecentFiles::add(filePath);
    return true;
}

bool MainWindow::openSample()
{
    // The sample opens as an untitled copy: the bundled file is read-only.
    return maybeSave() && load(sampleFilePath(), QString());
}

void MainWindow::openAtStart(const QStringList& files)
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

bool MainWindow::offerRecovery()
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
            statusBar()->showMessage(
                tr("Unsaved work from an earlier session could not be read; it is kept in %1.")
                    .arg(QDir::toNativeSeparators(directory)),
                15000);
            continue;
        }
        const QString name = orphan.originalPath.isEmpty()
            ? loaded.document->name
            : QFileInfo(orphan.originalPath).fileName();
        switch (RecoveryPrompt::ask(this, orphan, name)) {
        case RecoveryPrompt::Choice::Recover: {
            const QString error = m_session->recover(*loaded.document, orphan.originalPath);
            // The old copy goes only once this window holds its own.
            if (error.isEmpty())
                RecoveryStore::discard(directory, orphan);
            statusBar()->showMessage(error.isEmpty()
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

bool MainWindow::load(const QString& sourcePath, const QString& filePath)
{
    const LoadResult result = DocumentReader::readFile(sourcePath);
    if (!result.document) {
        showLoadError(sourcePath, result.problems);
        return false;
    }
    m_session->reset(*result.document, filePath);
    return true;
}

bool MainWindow::save()
{
    if (m_session->filePath().isEmpty())
        return saveAs();
    return saveTo(m_session->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_session->filePath();
    if (suggested.isEmpty())
        suggested = FileDialogs::suggestedPath(document().name, CampaignDocument::fileSuffix());
    QString filePath
        = FileDialogs::saveFileName(this, tr("Save Campaign"), suggested, campaignFileFilter());
    if (filePath.isEmpty())
        return false;
    if (!filePath.endsWith(u".json"_s))
        filePath += CampaignDocument::fileSuffix();
    return saveTo(filePath);
}

bool MainWindow::saveTo(const QString& filePath)
{
    const QString error = m_session->save(filePath);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot Save"), error);
        return false;
    }
    RecentFiles::add(filePath);
    statusBar()->showMessage(tr("Saved %1.").arg(QFileInfo(filePath).fileName()), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
        tr("\"%1\" has changes that are not saved.").arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
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
    const QString startDir = m_session->filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_session->filePath()).absolutePath();
    const QString filePath
        = FileDialogs::openFileName(this, tr("Open Campaign"), startDir, campaignFileFilter());
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
    const QString keychain = m_session->keychain()->isAvailable()
        ? tr("the system keychain")
        : tr("memory only (%1)").arg(m_session->keychain()->unavailableReason());
    QMessageBox box(QMessageBox::NoIcon, tr("About Webhook Studio"),
        tr("<h3>Webhook Studio %1</h3>"
           "<p>Design, test and export the webhooks of AI voice-calling campaigns.</p>")
            .arg(QStringLiteral(WEBHOOKSTUDIO_VERSION)),
        QMessageBox::Close, this);
    box.setObjectName(u"aboutMessageBox"_s);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setInformativeText(
        tr("<p>Built with Qt %1, running on Qt %2, on %3 (%4).</p>"
           "<p>Data and history: %5<br>Settings: %6<br>Secrets: %7</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                DataLocation::directory().toHtmlEscaped(), QSettings().fileName().toHtmlEscaped(),
                keychain.toHtmlEscaped()));
    box.exec();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setObjectName(u"preferencesDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_deliveries->history()->setRetention(Preferences::historyRetention());
    m_receiverPanel->usePreferredPort();
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

QStringList MainWindow::droppedCampaignFiles(const QMimeData* mime)
{
    QStringList files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".json"_s))
            files.append(url.toLocalFile());
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedCampaignFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = droppedCampaignFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(files.first());
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
    if (!maybeSave()) {
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
