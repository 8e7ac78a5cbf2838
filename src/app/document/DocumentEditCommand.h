#pragma once

#include "model/CampaignDocument.h"

#include <QUndoCommand>

class CampaignSession;

// One undoable edit: the document before and after. Whole-document snapshots
// keep every kind of edit (a keystroke, a reordering, a data model change)
// on one simple mechanism; the document's members are implicitly shared, so
// a snapshot costs little more than the part that changed.
class DocumentEditCommand : public QUndoCommand
{
public:
    DocumentEditCommand(CampaignSession* session, const CampaignDocument& before,
        const CampaignDocument& after, const QString& text, int focusWebhook,
        const QString& mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    CampaignSession* m_session;
    CampaignDocument m_before;
    CampaignDocument m_after;
    int m_focusWebhook;
    QString m_mergeKey;
};
