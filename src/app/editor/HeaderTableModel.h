#pragma once

#include "mapping/FieldDrag.h"

#include <QAbstractTableModel>

class CampaignSession;
struct HeaderEntry;

// The headers of the webhook being edited: enabled, name, value, secret. A
// secret value is masked until revealed. Every change is an undo step.
class HeaderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EnabledColumn, NameColumn, ValueColumn, SecretColumn, ColumnCount };

    explicit HeaderTableModel(CampaignSession* session, QObject* parent = nullptr);

    void setWebhookIndex(int index);
    int webhookIndex() const { return m_webhook; }
    void setSecretsRevealed(bool revealed);
    bool secretsRevealed() const { return m_revealed; }

    // Edits of the list itself; each is one undo step.
    void addHeader(const QString& name = {}, const QString& value = {});
    void removeHeader(int row);
    void moveHeader(int row, int offset);

    static QStringList commonHeaderNames();

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

signals:
    // A palette field was dropped on the value of the header at `row`.
    void fieldDropped(int row, const FieldReference& field);

private:
    const QList<HeaderEntry>* headers() const;
    void sync();
    QString shownValue(const HeaderEntry& header) const;

    CampaignSession* m_session;
    int m_webhook = -1;
    int m_rows = 0;
    bool m_revealed = false;
};
