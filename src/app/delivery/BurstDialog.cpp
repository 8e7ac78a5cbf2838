#include "delivery/BurstDialog.h"

#include "delivery/DeliveryController.h"
#include "ui_BurstDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

BurstDialog::BurstDialog(DeliveryController* controller, int webhookIndex,
    const QString& webhookName, const QString& event, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BurstDialog>())
    , m_controller(controller)
    , m_webhookIndex(webhookIndex)
    , m_event(event)
{
    m_ui->setupUi(this);
    m_ui->burstIntroLabel->setText(
        tr("Send %1 with \"%2\" many times, each a new event with its own id, to see how the "
           "endpoint holds up. Bursts are summed up here and not kept in the history.")
            .arg(event, webhookName));
    m_startButton = m_ui->burstButtonBox->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"burstStartButton"_s);
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &BurstDialog::start);
    connect(m_ui->burstButtonBox, &QDialogButtonBox::rejected, this, &BurstDialog::reject);
    m_ui->burstProgressBar->setMaximum(m_ui->countSpinBox->value());
}

BurstDialog::~BurstDialog()
{
    if (m_burst)
        m_burst->cancel();
}

void BurstDialog::start()
{
    QList<Problem> problems;
    const int count = m_ui->countSpinBox->value();
    DeliveryBurst* burst = m_controller->startBurst(
        m_webhookIndex, m_event, count, m_ui->concurrencySpinBox->value(), &problems);
    if (!burst) {
        QStringList messages;
        for (const Problem& problem : problems) {
            if (problem.isError())
                messages.append(problem.message);
        }
        m_ui->burstSummaryLabel->setText(
            tr("Nothing was sent: %1").arg(messages.join(u' ')).toHtmlEscaped());
        return;
    }
    m_burst = burst;
    connect(burst, &DeliveryBurst::progress, this, &BurstDialog::onProgress);
    connect(burst, &DeliveryBurst::finished, this, &BurstDialog::onFinished);
    m_ui->burstProgressBar->setMaximum(count);
    m_ui->burstProgressBar->setValue(0);
    m_ui->burstSummaryLabel->setText(tr("Sending…"));
    m_startButton->setEnabled(false);
    m_ui->countSpinBox->setEnabled(false);
    m_ui->concurrencySpinBox->setEnabled(false);
    m_ui->burstButtonBox->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    burst->start();
}

void BurstDialog::onProgress(int done, int total)
{
    m_ui->burstProgressBar->setMaximum(total);
    m_ui->burstProgressBar->setValue(done);
}

void BurstDialog::onFinished(const DeliveryBurst::Summary& summary)
{
    const int concurrency = m_ui->concurrencySpinBox->value();
    const double rate = summary.total > 0 ? 100.0 * summary.delivered / summary.total : 0;
    m_ui->burstSummaryLabel->setText(tr("Success rate %1 %.").arg(QString::number(rate, 'f', 1))
        + u'\n' + summary.describe(concurrency));
    m_burst->deleteLater();
    m_burst = nullptr;
    m_startButton->setEnabled(true);
    m_ui->countSpinBox->setEnabled(true);
    m_ui->concurrencySpinBox->setEnabled(true);
    m_ui->burstButtonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
}

void BurstDialog::reject()
{
    // While a burst runs, the button cancels it; the summary then shows
    // what was done so far.
    if (m_burst) {
        m_burst->cancel();
        return;
    }
    QDialog::reject();
}
