#pragma once

#include "model/EnvironmentVariable.h"

#include <QAbstractTableModel>

// The variables of one environment being edited in the campaign dialog:
// name, value, whether it is secret, description. A secret's value is never
// shown; typing replaces it.
class EnvironmentVariableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, SecretColumn, DescriptionColumn, ColumnCount };

    explicit EnvironmentVariableModel(QObject* parent = nullptr);

    void setVariables(const QList<EnvironmentVariable>& variables);
    const QList<EnvironmentVariable>& variables() const { return m_variables; }
    // Appends a variable with a name not used yet and returns its row.
    int addVariable();
    void removeVariable(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant valueData(const EnvironmentVariable& variable, int role) const;

    QList<EnvironmentVariable> m_variables;
};
