#include "delivery/DeliveryActions.h"

#include "delivery/BurstDialog.h"
#include "delivery/DeliveryController.h"
#include "delivery/DeliveryTracker.h"
#include "delivery/Duration.h"
#include "delivery/InspectorPanel.h"
#include "document/CampaignSession.h"
#include "editor/PreviewPanel.h"
#include "history/HistoryPanel.h"
#include "secrets/SecretPrompt.h"
#include "widgets/PanelDock.h"

#include <QAction>
#include <QComboBox>
#include <QMainWindow>
#include <QMessageBox>

using namespace Qt::StringLiterals;

DeliveryActions::DeliveryActions(CampaignSession* session, DeliveryController* deliveries,
    SecretPrompt* secrets, PreviewPanel* preview, HistoryPanel* history, PanelDock* inspectorDock,
    const Actions& actions, QMainWindow* window)
    : QObject(window)
    , m_session(session)
    , m_deliveries(deliveries)
    , m_secrets(secrets)
    , m_preview(preview)
    , m_inspectorDock(inspectorDock)
    , m_actions(actions)
    , m_window(window)
    , m_eventComboBox(new QComboBox(window))
{
    m_eventComboBox->setObjectName(u"sendEventComboBox"_s);
    m_eventComboBox->setAccessibleName(tr("Event to send"));
    m_eventComboBox->setToolTip(tr("The event a test send renders (the preview shows it)"));
    m_eventComboBox->setModel(m_preview->eventModel());
    m_eventComboBox->setCurrentText(m_preview->eventName());
    connect(m_eventComboBox, &QComboBox::currentTextChanged, m_preview, &PreviewPanel::setEvent);
    connect(m_preview, &PreviewPanel::eventChanged, m_eventComboBox, &QComboBox::setCurrentText);

    connect(actions.send, &QAction::triggered, this, &DeliveryActions::sendTestEvent);
    connect(actions.cancel, &QAction::triggered, m_deliveries, &DeliveryController::cancel);
    connect(actions.burst, &QAction::triggered, this, &DeliveryActions::sendBurst);
    connect(history, &HistoryPanel::entrySelected, this, &DeliveryActions::showHistoryEntry);
    connect(
        history, &HistoryPanel::redeliverRequested, this, &DeliveryActions::redeliverFromHistory);
    connect(m_deliveries, &DeliveryController::deliveryStarted, this,
        &DeliveryActions::onDeliveryStarted);
    connect(m_deliveries, &DeliveryController::deliveryFinished, this,
        &DeliveryActions::onDeliveryFinished);
    connect(m_inspectorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            inspector();
    });
}

InspectorPanel* DeliveryActions::inspector()
{
    if (!m_inspector) {
        m_inspector = new InspectorPanel(m_window);
        m_inspector->setObjectName(u"inspectorPanel"_s);
        connect(
            m_inspector, &InspectorPanel::redeliverRequested, this, &DeliveryActions::redeliver);
        m_inspectorDock->setPanel(m_inspector);
    }
    return m_inspector;
}

void DeliveryActions::showInspector()
{
    m_inspectorDock->show();
    m_inspectorDock->raise();
    // Room for the bodies, while the editor keeps the larger part.
    const int wanted = m_window->height() * 9 / 20;
    if (m_inspectorDock->height() < wanted)
        m_window->resizeDocks({ m_inspectorDock }, { wanted }, Qt::Vertical);
}

void DeliveryActions::setCurrentWebhook(int index)
{
    m_webhookIndex = index;
    updateActions();
}

void DeliveryActions::sendTestEvent()
{
    const int index = m_webhookIndex;
    if (index < 0 || m_deliveries->isSending())
        return;
    m_secrets->withSecrets(index, SecretsDialog::Purpose::Send, [this, index] {
        if (m_deliveries->isSending())
            return;
        const DeliveryController::Outcome outcome
            = m_deliveries->send(index, m_preview->eventName());
        showSendOutcome(outcome.problems, outcome.tracker != nullptr);
    });
}

void DeliveryActions::redeliver(const DeliveryReplay& replay)
{
    const DeliveryController::Outcome outcome = m_deliveries->redeliver(replay);
    showSendOutcome(outcome.problems, outcome.tracker != nullptr);
}

void DeliveryActions::showSendOutcome(const QList<Problem>& problems, bool sent)
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
        emit statusMessage(lines.join(u' '), 10000);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Nothing Was Sent"),
        tr("The request cannot be sent yet:"), QMessageBox::Ok, m_window);
    box.setObjectName(u"sendErrorMessageBox"_s);
    box.setInformativeText(lines.join(u'\n'));
    box.exec();
}

void DeliveryActions::showHistoryEntry(qint64 id)
{
    if (m_inspector && m_inspector->tracker() && m_inspector->tracker()->historyId() == id)
        return;
    const std::optional<HistoryEntry> entry = m_deliveries->history()->entry(id);
    if (!entry) {
        emit statusMessage(m_deliveries->history()->errorString(), 10000);
        return;
    }
    auto* tracker = new DeliveryTracker(*entry, this);
    inspector()->setTracker(tracker);
    showInspector();
    if (m_historyTracker)
        m_historyTracker->deleteLater();
    m_historyTracker = tracker;
}

void DeliveryActions::redeliverFromHistory(qint64 id)
{
    const std::optional<HistoryEntry> entry = m_deliveries->history()->entry(id);
    if (!entry || !entry->replay) {
        emit statusMessage(
            tr("This delivery cannot be sent again: its request was not kept."), 10000);
        return;
    }
    redeliver(*entry->replay);
}

void DeliveryActions::sendBurst()
{
    const int index = m_webhookIndex;
    if (index < 0)
        return;
    m_secrets->withSecrets(index, SecretsDialog::Purpose::Send, [this, index] {
        BurstDialog dialog(m_deliveries, index, m_session->document().webhooks.at(index).name,
            m_preview->eventName(), m_window);
        dialog.setObjectName(u"burstDialog"_s);
        dialog.exec();
    });
}

void DeliveryActions::onDeliveryStarted(DeliveryTracker* tracker)
{
    inspector()->setTracker(tracker);
    showInspector();
    emit statusMessage(
        tr("Sending %1 with \"%2\"…").arg(tracker->record().event, tracker->record().webhookName),
        0);
    updateActions();
}

void DeliveryActions::onDeliveryFinished(DeliveryTracker* tracker)
{
    const DeliveryRecord& record = tracker->record();
    emit statusMessage(record.delivered() ? tr("Delivered %1 on attempt %2 after %3.")
                                                .arg(record.event)
                                                .arg(record.attempts.size())
                                                .arg(Duration::text(record.totalMs))
                                          : tr("Not delivered: %1").arg(record.verdict.summary()),
        15000);
    updateActions();
}

void DeliveryActions::updateActions()
{
    const bool sending = m_deliveries->isSending();
    m_actions.send->setEnabled(m_webhookIndex >= 0 && !sending);
    m_actions.burst->setEnabled(m_webhookIndex >= 0);
    m_actions.cancel->setEnabled(sending);
}
