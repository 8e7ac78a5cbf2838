#pragma once

#include "model/FieldDefinition.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FieldListEditor;
}
class FieldListModel;

// A table of declared fields with Add and Remove, one per data source in the
// campaign dialog.
class FieldListEditor : public QWidget
{
    Q_OBJECT

public:
    FieldListEditor(
        const QString& hint, const QList<FieldDefinition>& fields, QWidget* parent = nullptr);
    ~FieldListEditor() override;

    QList<FieldDefinition> fields() const;
    FieldListModel* model() const { return m_model; }

private:
    std::unique_ptr<Ui::FieldListEditor> m_ui;
    FieldListModel* m_model;
};
