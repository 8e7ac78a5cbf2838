#pragma once

#include "model/CampaignDocument.h"
#include "validation/Problem.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class WebhookListModel;

// The application window: the campaign's webhooks on the left, the selected
// webhook's settings and the campaign's data model on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads `filePath` and shows it. On failure the current document stays as
    // it was, a message lists the problems, and false is returned.
    bool openFile(const QString& filePath);
    bool openSample();
    // What to show at start: the first of `files` (the command line), else the
    // sample on the very first start, else the most recent file that exists.
    void openAtStart(const QStringList& files);

    static QString sampleFilePath();

    const CampaignDocument& document() const { return m_document; }
    const QList<Problem>& problems() const { return m_problems; }
    QString filePath() const { return m_filePath; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool load(const QString& sourcePath, const QString& filePath);
    void setDocument(const CampaignDocument& document, const QString& filePath);
    void showSelectedWebhook();
    void showLoadError(const QString& filePath, const QList<Problem>& problems);
    void chooseFileToOpen();
    void populateRecentFilesMenu();
    void showAbout();
    void updateStatus();
    void restoreWindowState();
    QList<Problem> problemsOfWebhook(int row) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    WebhookListModel* m_webhookModel;
    CampaignDocument m_document;
    QList<Problem> m_problems;
    QString m_filePath;
};
