#pragma once

#include <QAbstractTableModel>
#include <QList>

// The headers of a request or a response, for the inspector: name and value,
// with secret values masked until they are revealed.
class HeaderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    struct Header
    {
        QString name;
        QString value;
        bool secret = false;
    };

    explicit HeaderListModel(QObject* parent = nullptr);

    void setHeaders(const QList<Header>& headers);
    void setSecretsRevealed(bool revealed);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Header> m_headers;
    bool m_revealed = false;
};
