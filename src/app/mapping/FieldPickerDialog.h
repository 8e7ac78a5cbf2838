#pragma once

#include "mapping/FieldDrag.h"

#include <QDialog>

class CampaignSession;
class DataSourcePanel;

// The keyboard way to map a field: a searchable list of the fields; Enter
// inserts the chosen one where the cursor is, as a drop would.
class FieldPickerDialog : public QDialog
{
    Q_OBJECT

public:
    FieldPickerDialog(CampaignSession* session, int webhookIndex, QWidget* parent = nullptr);

    std::optional<FieldReference> chosenField() const { return m_chosen; }

private:
    DataSourcePanel* m_panel;
    std::optional<FieldReference> m_chosen;
};
