#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPanel;
}
class DeliveryHistory;
class HistoryModel;

// Every delivery sent from the app or the CLI, newest first, filtered by
// webhook, event and verdict. Selecting one opens it in the inspector.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(DeliveryHistory* history, QWidget* parent = nullptr);
    ~HistoryPanel() override;

    // Reads the history again (the CLI may have added deliveries).
    void refresh();
    // The same, and the webhooks and events the filters offer.
    void reload();
    // Selects the delivery `id` if the filters show it.
    void select(qint64 id);
    qint64 selectedId() const;

signals:
    void entrySelected(qint64 id);
    void redeliverRequested(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refillFilters();
    void clearHistory();
    void onCurrentChanged();

    std::unique_ptr<Ui::HistoryPanel> m_ui;
    DeliveryHistory* m_history;
    HistoryModel* m_model;
};
