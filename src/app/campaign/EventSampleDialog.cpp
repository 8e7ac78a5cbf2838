#include "campaign/EventSampleDialog.h"

#include "catalog/EventCatalog.h"
#include "io/EventPayload.h"
#include "ui_EventSampleDialog.h"

#include <QFontDatabase>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
// A body of up to 1 MiB is parsed again after a pause in typing, not on
// every key.
constexpr int kCheckDelayMs = 150;
} // namespace

EventSampleDialog::EventSampleDialog(const QString& event, const QString& origin,
    const QString& text, EventChoice choice, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EventSampleDialog>())
    , m_origin(origin.isEmpty() ? tr("pasted") : origin)
    , m_eventChosen(choice == EventChoice::Keep)
{
    m_ui->setupUi(this);
    m_ui->samplePayloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->sampleEventComboBox->addItems(EventCatalog::names());
    m_ui->sampleEventComboBox->setCurrentText(event);
    m_ui->samplePayloadEdit->setPlainText(text);
    check();
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &EventSampleDialog::check);
    connect(
        m_ui->sampleEventComboBox, &QComboBox::activated, this, [this] { m_eventChosen = true; });
    connect(m_ui->samplePayloadEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_origin = tr("pasted");
        // Nothing stale can be taken while the check waits.
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_checkTimer.start();
    });
}

EventSampleDialog::~EventSampleDialog() = default;

std::optional<EventSample> EventSampleDialog::sample() const
{
    if (!m_payload)
        return std::nullopt;
    return EventPayload::sample(m_ui->sampleEventComboBox->currentText(), m_origin, *m_payload);
}

void EventSampleDialog::check()
{
    const QString text = m_ui->samplePayloadEdit->toPlainText();
    const EventPayload::ReadResult read
        = text.isEmpty() ? EventPayload::ReadResult() : EventPayload::read(text.toUtf8());
    m_payload = read.payload;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_payload.has_value());
    if (!m_payload) {
        m_ui->samplePayloadStatusLabel->setText(read.error);
        return;
    }
    const QString named = EventPayload::eventName(*m_payload, EventCatalog::names());
    if (!named.isEmpty() && !m_eventChosen)
        m_ui->sampleEventComboBox->setCurrentText(named);
    QString status = tr("%n field(s) to map.", nullptr, int(read.fieldCount));
    if (!read.redacted.isEmpty()) {
        status += u' '
            + tr("Redacted, as they look like secrets: %1.").arg(read.redacted.join(u", "_s));
    }
    m_ui->samplePayloadStatusLabel->setText(status);
}
