#include "document/DocumentEditCommand.h"

#include "document/CampaignSession.h"

namespace {
// All mergeable edits share one id; mergeWith() compares their keys.
constexpr int kMergeableId = 0x57e6;
} // namespace

DocumentEditCommand::DocumentEditCommand(CampaignSession* session, const CampaignDocument& before,
    const CampaignDocument& after, const QString& text, int focusWebhook, const QString& mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(before)
    , m_after(after)
    , m_focusWebhook(focusWebhook)
    , m_mergeKey(mergeKey)
{ }

void DocumentEditCommand::undo()
{
    m_session->apply(m_before, m_focusWebhook);
}

void DocumentEditCommand::redo()
{
    m_session->apply(m_after, m_focusWebhook);
}

int DocumentEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool DocumentEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const DocumentEditCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing back to where it started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}
