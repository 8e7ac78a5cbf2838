#include "webhooks/WebhookListController.h"

#include "document/CampaignSession.h"
#include "storage/Preferences.h"
#include "webhooks/WebhookListModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QListView>

using namespace Qt::StringLiterals;

namespace {
// A name like `base` that no webhook of `document` has yet.
QString uniqueWebhookName(const CampaignDocument& document, const QString& base)
{
    QString name = base;
    for (int n = 2; document.indexOfWebhook(name) >= 0; ++n)
        name = base + u' ' + QString::number(n);
    return name;
}
} // namespace

WebhookListController::WebhookListController(CampaignSession* session, WebhookListModel* model,
    QListView* view, const Actions& actions, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_model(model)
    , m_actions(actions)
{
    m_view->setModel(m_model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &WebhookListController::announceCurrent);

    connect(actions.add, &QAction::triggered, this, &WebhookListController::addWebhook);
    connect(actions.addFirst, &QAbstractButton::clicked, this, &WebhookListController::addWebhook);
    connect(actions.duplicate, &QAction::triggered, this, &WebhookListController::duplicateWebhook);
    connect(actions.remove, &QAction::triggered, this, &WebhookListController::deleteWebhook);
    connect(actions.rename, &QAction::triggered, this, &WebhookListController::renameWebhook);
    connect(actions.toggle, &QAction::triggered, this, &WebhookListController::toggleWebhook);
    connect(actions.moveUp, &QAction::triggered, this, [this] { moveWebhook(-1); });
    connect(actions.moveDown, &QAction::triggered, this, [this] { moveWebhook(1); });

    // F2 renames and Delete deletes the selected webhook while the list has
    // the focus; elsewhere they keep their usual meaning (F2 edits a table
    // cell, Delete deletes text).
    actions.rename->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(actions.rename);
    auto* deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &WebhookListController::deleteWebhook);
    m_view->addAction(deleteKey);

    connect(m_session, &CampaignSession::changed, this, &WebhookListController::onDocumentChanged);
    connect(m_session, &CampaignSession::wasReset, this, [this] { selectWebhook(0); });
}

int WebhookListController::currentWebhook() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void WebhookListController::selectWebhook(int index)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_view->setCurrentIndex({});
        announceCurrent();
        return;
    }
    const QModelIndex target = m_model->index(qBound(0, index, rows - 1));
    // Each webhook shown costs a render of the preview and a pass over the
    // field palette: announce it once, whether or not the list's current row
    // moves.
    if (target == m_view->currentIndex())
        announceCurrent();
    else
        m_view->setCurrentIndex(target);
}

void WebhookListController::announceCurrent()
{
    m_shown = currentWebhook();
    updateActions();
    emit currentWebhookChanged(m_shown);
}

void WebhookListController::onDocumentChanged(int focusWebhook)
{
    // After an undo, redo or a change of the list, show the webhook the change
    // was about (or keep the current one where it now is).
    const int target = focusWebhook >= 0 ? focusWebhook : currentWebhook();
    if (target != currentWebhook() || !m_view->currentIndex().isValid())
        selectWebhook(target);
    else if (m_shown != target)
        announceCurrent();
    updateActions();
}

void WebhookListController::updateActions()
{
    const int index = currentWebhook();
    const int count = m_model->rowCount();
    const bool selected = index >= 0;
    m_actions.duplicate->setEnabled(selected);
    m_actions.remove->setEnabled(selected);
    m_actions.rename->setEnabled(selected);
    m_actions.toggle->setEnabled(selected);
    m_actions.moveUp->setEnabled(selected && index > 0);
    m_actions.moveDown->setEnabled(selected && index < count - 1);
}

void WebhookListController::addWebhook()
{
    WebhookConfig webhook;
    webhook.name = tr("New webhook");
    webhook.delivery = Preferences::newWebhookDelivery();
    insertWebhook(webhook, tr("Add Webhook"));
    emit webhookAdded();
}

void WebhookListController::insertWebhook(WebhookConfig webhook, const QString& undoText)
{
    const int index = currentWebhook() + 1 > 0 ? currentWebhook() + 1 : m_model->rowCount();
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

void WebhookListController::duplicateWebhook()
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

void WebhookListController::deleteWebhook()
{
    const int index = currentWebhook();
    if (index < 0)
        return;
    const QString name = m_session->document().webhooks.at(index).name;
    m_session->edit(
        tr("Delete Webhook"),
        [&](CampaignDocument& document) { document.webhooks.removeAt(index); },
        qMin(index, int(m_session->document().webhooks.size()) - 2));
    emit statusMessage(
        tr("Deleted \"%1\". Undo brings it back (%2).")
            .arg(name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        5000);
}

void WebhookListController::moveWebhook(int offset)
{
    const int index = currentWebhook();
    const int target = index + offset;
    if (index < 0 || target < 0 || target >= m_session->document().webhooks.size())
        return;
    m_session->edit(
        tr("Move Webhook"),
        [&](CampaignDocument& document) { document.webhooks.move(index, target); }, target);
    selectWebhook(target);
}

void WebhookListController::renameWebhook()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_view->setFocus();
    m_view->edit(current);
}

void WebhookListController::toggleWebhook()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const bool enabled = current.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_model->setData(current, enabled ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}
