#pragma once

#include "model/CampaignDocument.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SampleDataDialog;
}
class SampleValueModel;

// Edits the sample values previews and test sends use, with a reset of the
// call log to the built-in sample call, and the own event payloads: real
// bodies pasted or imported as the sample of their event. Applied as one
// undo step.
class SampleDataDialog : public QDialog
{
    Q_OBJECT

public:
    // `previewEvent` is offered first for a new own payload that does not
    // name its event; files are looked for in `directory`.
    SampleDataDialog(const CampaignDocument& document, const QString& previewEvent,
        const QString& directory, QWidget* parent = nullptr);
    ~SampleDataDialog() override;

    CampaignDocument document() const;

private:
    // Takes a body through the EventSampleDialog; `editedRow` is the own
    // payload it replaces, or -1 for a new one.
    void addPayload(
        const QString& event, const QString& origin, const QString& text, int editedRow = -1);
    // Asks before a new sample replaces the one `event` has.
    bool confirmReplacing(const QString& event);
    void pastePayload();
    void importPayload();
    void editPayload();
    void removePayload();
    void listPayloads(const QString& current);
    void showPayload();
    int currentPayload() const;

    std::unique_ptr<Ui::SampleDataDialog> m_ui;
    SampleValueModel* m_model;
    // The own payloads as edited (callLog is the value model's).
    SampleData m_payloads;
    QString m_previewEvent;
    QString m_directory;
};
