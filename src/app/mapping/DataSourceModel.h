#pragma once

#include "catalog/FieldRequirement.h"
#include "mapping/FieldDrag.h"
#include "model/FieldType.h"

#include <QAbstractItemModel>
#include <QJsonValue>

class CampaignSession;

// The palette: the data sources and their fields (the fixed call-log and
// timestamp fields, the campaign's declared ones, its environment variables,
// the paths of its own event payloads, a literal for Default Value), with
// type, description and sample in the tooltip. Fields that one
// of the webhook's events cannot provide are greyed, with the reason. Fields
// drag as FieldDrag data.
class DataSourceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SampleColumn, ColumnCount };
    enum Role { AvailableRole = Qt::UserRole + 1, SourceRole, FieldRole, SearchTextRole };

    explicit DataSourceModel(CampaignSession* session, QObject* parent = nullptr);

    void setWebhookIndex(int index);
    FieldReference reference(const QModelIndex& index) const;
    bool isField(const QModelIndex& index) const;
    QModelIndex indexOf(DataSource source, const QString& field) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Field
    {
        QString name;
        QString title;
        FieldType type;
        QString description;
        QJsonValue sample;
        FieldRequirement requirement;
        // For a field of own samples: the events whose samples have it.
        QStringList events;

        bool operator==(const Field& other) const;
    };

    QList<QList<Field>> collectFields() const;
    void describePayloadFields(QList<Field>& fields) const;
    static QString unavailableReason(const Field& field, const QStringList& events);
    void refresh();
    void emitChangedRows(const QList<QList<Field>>& before, const QStringList& eventsBefore);

    CampaignSession* m_session;
    int m_webhook = -1;
    QList<QList<Field>> m_fields; // per source, in DataSourceCatalog::sources() order
    QStringList m_events;
};
