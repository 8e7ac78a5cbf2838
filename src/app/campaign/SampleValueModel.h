#pragma once

#include "model/CampaignDocument.h"

#include <QAbstractTableModel>

// Every sample value previews and test sends use — the call log's (built in,
// or overridden by the campaign) and the declared fields' — editable, on a
// copy of the document applied in one step.
class SampleValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceColumn, FieldColumn, TypeColumn, ValueColumn, ColumnCount };

    explicit SampleValueModel(const CampaignDocument& document, QObject* parent = nullptr);

    const CampaignDocument& document() const { return m_document; }
    // Drops the call-log overrides: the built-in sample call again.
    void resetCallLog();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        DataSource source;
        QString field;
        FieldType type;
    };

    QJsonValue value(const Row& row, bool* overridden = nullptr) const;

    CampaignDocument m_document;
    QList<Row> m_rows;
};
