#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class InspectorPanel;
}
class AttemptListModel;
class DeliveryTracker;
class HeaderListModel;
class LargeTextView;
class QComboBox;
class QStringListModel;
struct AttemptRecord;
struct DeliveryReplay;
struct SentRequest;

// One delivery, attempt by attempt: the timeline, the list of attempts, and
// for the selected one the request as sent, the response, the timings and
// the verdict with every reason. Follows a running delivery live.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget* parent = nullptr);
    ~InspectorPanel() override;

    void setTracker(DeliveryTracker* tracker);
    DeliveryTracker* tracker() const { return m_tracker; }
    // 1-based; the inspector follows the newest attempt until the user
    // picks one.
    void selectAttempt(int number);
    int selectedAttempt() const { return m_selected; }
    // The request of the selected attempt as a curl command (secrets as
    // currently shown).
    QString curlCommand() const;

signals:
    void redeliverRequested(const DeliveryReplay& replay);

private:
    void onTrackerChanged();
    void onAttemptRowChanged();
    void showAttempt(bool force);
    void showRequest(const SentRequest& request);
    void showResponse(const AttemptRecord* attempt);
    void showTiming(const AttemptRecord* attempt);
    void showVerdict(const AttemptRecord* attempt);
    void updateTitle();
    void updateButtons();
    void updateMatches();
    void copyCurl();
    const AttemptRecord* selectedRecord() const;
    const SentRequest* selectedRequest() const;
    static void fillModes(QComboBox* combo);
    static void connectModes(QComboBox* combo, LargeTextView* view);
    static void syncMode(QComboBox* combo, const LargeTextView* view);

    std::unique_ptr<Ui::InspectorPanel> m_ui;
    QPointer<DeliveryTracker> m_tracker;
    AttemptListModel* m_attempts;
    HeaderListModel* m_requestHeaders;
    HeaderListModel* m_responseHeaders;
    QStringListModel* m_reasons;
    int m_selected = 0;
    bool m_followLatest = true;
    // What the body views hold, so live updates do not reset them.
    int m_shownAttempt = -1;
    bool m_shownFinished = false;
};
