#pragma once

#include "model/DataSource.h"

#include <QObject>

#include <functional>

class CampaignDialog;
class CampaignSession;
struct CampaignDocument;
class QAction;
class QWidget;

// The Campaign menu: the campaign's name and data model (contact fields,
// agent outcomes, dynamic variables, post-call outcomes), its environments
// and the sample values previews and test sends use, each edited in a dialog
// and applied as one undo step.
class CampaignController : public QObject
{
    Q_OBJECT

public:
    // Connects `editCampaign` and adds the Sample Data action after it.
    CampaignController(CampaignSession* session, QAction* editCampaign, QWidget* window);

    QAction* sampleDataAction() const { return m_sampleDataAction; }
    QAction* environmentsAction() const { return m_environmentsAction; }

    // Opens the campaign dialog, on the page of `source` when it is one of
    // the declared kinds of field.
    void editCampaign(DataSource source = DataSource::DefaultValue);
    void editSampleData();
    // Opens the campaign dialog on its Environments tab.
    void editEnvironments();
    // Offers `body` (a request the receiver caught) as an event's own
    // sample, in a dialog that shows what it gives.
    void useAsSample(const QByteArray& body, const QString& origin);
    // The event the preview shows: offered first for a new own sample.
    void setPreviewEvent(const QString& event) { m_previewEvent = event; }

private:
    void runDialog(const std::function<void(CampaignDialog&)>& open);
    // Secrets typed into environments go to the keychain now; the document
    // (its undo steps, its recovery copy) keeps their references only.
    void keepEnvironmentSecrets(CampaignDocument& document);
    // Where the campaign file is: file dialogs start there.
    QString documentDirectory() const;

    CampaignSession* m_session;
    QWidget* m_window;
    QAction* m_sampleDataAction;
    QAction* m_environmentsAction;
    QString m_previewEvent;
};
