#pragma once

#include "mapping/FieldDrag.h"
#include "templating/EventContext.h"
#include "templating/MappingOverview.h"

#include <QAbstractTableModel>

#include <optional>

class CampaignSession;

// The variables of the webhook being edited and what each is mapped to: one
// row for every variable its templates use and every mapping. Unmapped
// variables are highlighted, unused mappings flagged. Source and field are
// edited in place (combo boxes); dropping a palette field on a row maps that
// variable to it.
class MappingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VariableColumn,
        SourceColumn,
        FieldColumn,
        SampleColumn,
        UsedInColumn,
        ColumnCount
    };
    enum Role { SourceNameRole = Qt::UserRole + 1, UnmappedRole, UnusedRole };

    explicit MappingTableModel(CampaignSession* session, QObject* parent = nullptr);

    void setWebhookIndex(int index);
    // The event whose sample values the Sample column shows.
    void setPreviewEvent(const QString& event);
    const MappingOverview::Row* row(int index) const;
    // Maps `variable` to `reference` (creating the mapping if needed); one
    // undo step.
    void mapVariable(const QString& variable, const FieldReference& reference);
    void removeUnusedMappings();
    int unusedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;

private:
    const WebhookConfig* webhook() const;
    const VariableMapping* mappingOf(const MappingOverview::Row& row) const;
    QString sampleText(const MappingOverview::Row& row) const;
    // The preview event's context, built once per change: every Sample cell
    // reads it, and a campaign with large own samples makes building dear.
    const EventContext& context(const EventInfo& event) const;
    void sync();

    CampaignSession* m_session;
    int m_webhook = -1;
    QString m_event;
    QList<MappingOverview::Row> m_rows;
    mutable std::optional<EventContext> m_context;
};
