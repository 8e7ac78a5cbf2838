#pragma once

#include "mapping/FieldDrag.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DataSourcePanel;
}
class CampaignSession;
class DataSourceModel;
class QSortFilterProxyModel;

// The palette of data sources and fields, with a filter. Fields drag onto the
// editor's templates; activating one (double-click, Enter) asks to insert it.
class DataSourcePanel : public QWidget
{
    Q_OBJECT

public:
    explicit DataSourcePanel(CampaignSession* session, QWidget* parent = nullptr);
    ~DataSourcePanel() override;

    void setWebhookIndex(int index);
    DataSourceModel* model() const { return m_model; }
    // The field the tree's current row is, if it is a field.
    std::optional<FieldReference> currentField() const;
    void focusFilter();

signals:
    void fieldActivated(const FieldReference& field);

private:
    // Wide enough for the longest name, worked out once per change of the
    // fields: ResizeToContents measured every row at each of the tree's
    // ~20 layouts while the window starts (7 % of the start's work).
    void fitNameColumn();

    std::unique_ptr<Ui::DataSourcePanel> m_ui;
    DataSourceModel* m_model;
    QSortFilterProxyModel* m_filter;
};
