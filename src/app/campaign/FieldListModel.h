#pragma once

#include "model/FieldDefinition.h"

#include <QAbstractTableModel>

// One list of declared fields (contact fields, outcomes, ...) being edited in
// the data model dialog: name, type, sample value, description.
class FieldListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SampleColumn, DescriptionColumn, ColumnCount };

    explicit FieldListModel(QObject* parent = nullptr);

    void setFields(const QList<FieldDefinition>& fields);
    const QList<FieldDefinition>& fields() const { return m_fields; }
    // Appends a field with a name not used yet and returns its row.
    int addField();
    void removeField(int row);

    // A sample typed as text, read as the type says: numbers and booleans
    // parsed, objects as JSON; what does not parse stays text (the
    // validator then flags it).
    static QJsonValue sampleFromText(const QString& text, FieldType type);
    static QString sampleToText(const QJsonValue& value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<FieldDefinition> m_fields;
};
