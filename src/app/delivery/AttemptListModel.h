#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class DeliveryTracker;

// The attempts of the delivery the inspector shows, the one in flight last:
// number, status, duration and verdict.
class AttemptListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, StatusColumn, TimeColumn, VerdictColumn, ColumnCount };

    explicit AttemptListModel(QObject* parent = nullptr);

    void setTracker(DeliveryTracker* tracker);
    // The attempt number of a row, and the row of an attempt number.
    int attemptNumber(int row) const;
    int rowOf(int number) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void sync();
    bool hasInFlightRow() const;

    QPointer<DeliveryTracker> m_tracker;
    int m_rows = 0;
};
