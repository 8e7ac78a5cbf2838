#include "campaign/EnvironmentSwitch.h"

#include "document/CampaignSession.h"

using namespace Qt::StringLiterals;

namespace {
// Marks the entry that opens the editor rather than choosing an environment.
const QString kEditEntry = u"edit"_s;
} // namespace

EnvironmentSwitch::EnvironmentSwitch(CampaignSession* session, QWidget* parent)
    : QComboBox(parent)
    , m_session(session)
{
    setObjectName(u"environmentComboBox"_s);
    setAccessibleName(tr("Environment"));
    setToolTip(tr("The environment {{variables}} resolve from in previews, sends and exports"));
    // Wide enough for usual names; the toolbar must keep room for Send.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(11);
    refill();
    connect(session, &CampaignSession::changed, this, &EnvironmentSwitch::refill);
    connect(session, &CampaignSession::wasReset, this, &EnvironmentSwitch::refill);
    connect(session, &CampaignSession::activeEnvironmentChanged, this, &EnvironmentSwitch::refill);
    connect(this, qOverload<int>(&QComboBox::activated), this, &EnvironmentSwitch::choose);
}

void EnvironmentSwitch::refill()
{
    const QStringList names = m_session->document().environmentNames();
    const QSignalBlocker blocker(this);
    clear();
    if (names.isEmpty())
        addItem(tr("No environment"));
    for (const QString& name : names)
        addItem(name, name);
    insertSeparator(count());
    addItem(tr("Edit Environments…"), kEditEntry);
    setCurrentIndex(names.isEmpty() ? 0 : int(names.indexOf(m_session->activeEnvironment())));
}

void EnvironmentSwitch::choose(int index)
{
    const QString name = itemData(index).toString();
    if (name == kEditEntry) {
        // The switch keeps showing the environment in use.
        refill();
        emit editRequested();
        return;
    }
    if (!name.isEmpty())
        m_session->setActiveEnvironment(name);
}
