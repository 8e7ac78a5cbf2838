#pragma once

#include <QComboBox>

class CampaignSession;

// The toolbar's environment switch: the campaign's environments, the active
// one current; choosing one makes previews, sends, bursts and exports
// resolve from it. Its last entry opens the environments for editing.
class EnvironmentSwitch : public QComboBox
{
    Q_OBJECT

public:
    EnvironmentSwitch(CampaignSession* session, QWidget* parent = nullptr);

signals:
    void editRequested();

private:
    void refill();
    void choose(int index);

    CampaignSession* m_session;
};
