#pragma once

#include "receiver/ReceivedRequest.h"

#include <QAbstractTableModel>

class LocalReceiver;

// The requests the local receiver got, oldest first, as they arrive; the
// same number is kept as the receiver keeps.
class ReceivedRequestModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TimeColumn,
        MethodColumn,
        PathColumn,
        SizeColumn,
        AnswerColumn,
        SignatureColumn,
        ColumnCount
    };

    explicit ReceivedRequestModel(LocalReceiver* receiver, QObject* parent = nullptr);

    const ReceivedRequest* request(int row) const;
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void append(const ReceivedRequest& request);

    LocalReceiver* m_receiver;
    QList<ReceivedRequest> m_requests;
};
