#include "campaign/SampleDataDialog.h"

#include "campaign/EventSampleDialog.h"
#include "campaign/SampleValueModel.h"
#include "document/FileDialogs.h"
#include "io/EventPayload.h"
#include "ui_SampleDataDialog.h"

#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
QString indented(const QJsonObject& payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
}
} // namespace

SampleDataDialog::SampleDataDialog(const CampaignDocument& document, const QString& previewEvent,
    const QString& directory, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SampleDataDialog>())
    , m_model(new SampleValueModel(document, this))
    , m_payloads(document.sampleData)
    , m_previewEvent(previewEvent)
    , m_directory(directory)
{
    m_ui->setupUi(this);
    m_ui->sampleValuesTableView->setModel(m_model);
    QHeaderView* header = m_ui->sampleValuesTableView->horizontalHeader();
    header->resizeSection(SampleValueModel::SourceColumn, 150);
    header->resizeSection(SampleValueModel::FieldColumn, 170);
    header->resizeSection(SampleValueModel::TypeColumn, 80);
    connect(m_ui->resetSampleDataButton, &QPushButton::clicked, m_model,
        &SampleValueModel::resetCallLog);

    m_ui->ownPayloadView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->ownPayloadsSplitter->setSizes({ 260, 480 });
    connect(m_ui->pastePayloadButton, &QPushButton::clicked, this, &SampleDataDialog::pastePayload);
    connect(
        m_ui->importPayloadButton, &QPushButton::clicked, this, &SampleDataDialog::importPayload);
    connect(m_ui->editPayloadButton, &QPushButton::clicked, this, &SampleDataDialog::editPayload);
    connect(
        m_ui->removePayloadButton, &QPushButton::clicked, this, &SampleDataDialog::removePayload);
    connect(m_ui->ownPayloadList, &QListWidget::currentRowChanged, this,
        &SampleDataDialog::showPayload);
    connect(m_ui->ownPayloadList, &QListWidget::itemDoubleClicked, this,
        &SampleDataDialog::editPayload);
    listPayloads(previewEvent);
}

SampleDataDialog::~SampleDataDialog() = default;

CampaignDocument SampleDataDialog::document() const
{
    CampaignDocument document = m_model->document();
    document.sampleData.events = m_payloads.events;
    return document;
}

// Every way in ends here: the user sees the body, its problems and the
// event it will stand for before it is taken.
void SampleDataDialog::addPayload(
    const QString& event, const QString& origin, const QString& text, int editedRow)
{
    using Choice = EventSampleDialog::EventChoice;
    EventSampleDialog dialog(
        event, origin, text, editedRow >= 0 ? Choice::Keep : Choice::FromBody, this);
    dialog.setObjectName(u"eventSampleDialog"_s);
    if (dialog.exec() != QDialog::Accepted || !dialog.sample())
        return;
    const EventSample sample = *dialog.sample();
    const bool replaces = editedRow < 0 || sample.event != m_payloads.events.at(editedRow).event;
    if (replaces && !confirmReplacing(sample.event))
        return;
    if (editedRow >= 0)
        m_payloads.events.removeAt(editedRow); // edited, or moved to another event
    m_payloads.setEvent(sample);
    listPayloads(sample.event);
}

bool SampleDataDialog::confirmReplacing(const QString& event)
{
    const EventSample* existing = m_payloads.findEvent(event);
    return !existing
        || QMessageBox::question(this, tr("Replace Own Sample"),
               tr("%1 already has an own sample (%2). Replace it?").arg(event, existing->origin))
        == QMessageBox::Yes;
}

void SampleDataDialog::pastePayload()
{
    // What the clipboard holds is offered when it looks like a body.
    const QString clipboard = QGuiApplication::clipboard()->text();
    addPayload(
        m_previewEvent, QString(), clipboard.trimmed().startsWith(u'{') ? clipboard : QString());
}

void SampleDataDialog::importPayload()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Import Event Body"), m_directory, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Event Body"),
            tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    // One byte past the limit is enough for the dialog to say it is too big.
    const QByteArray bytes = file.read(EventPayload::kMaxBytes + 1);
    addPayload(m_previewEvent, QFileInfo(path).fileName(), QString::fromUtf8(bytes));
}

void SampleDataDialog::editPayload()
{
    const int row = currentPayload();
    if (row < 0)
        return;
    const EventSample& sample = m_payloads.events.at(row);
    addPayload(sample.event, sample.origin, indented(sample.payload), row);
}

void SampleDataDialog::removePayload()
{
    const int row = currentPayload();
    if (row < 0)
        return;
    QList<EventSample>& payloads = m_payloads.events;
    payloads.removeAt(row);
    listPayloads(payloads.value(std::min<int>(row, int(payloads.size()) - 1)).event);
}

void SampleDataDialog::listPayloads(const QString& current)
{
    m_ui->ownPayloadList->clear();
    for (const EventSample& sample : m_payloads.events) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(sample.event, sample.origin), m_ui->ownPayloadList);
        item->setToolTip(tr("%n field(s) to map", nullptr, int(sample.fields.size())));
        if (sample.event == current)
            m_ui->ownPayloadList->setCurrentItem(item);
    }
    if (!m_ui->ownPayloadList->currentItem() && m_ui->ownPayloadList->count() > 0)
        m_ui->ownPayloadList->setCurrentRow(0);
    showPayload();
}

void SampleDataDialog::showPayload()
{
    const int row = currentPayload();
    m_ui->editPayloadButton->setEnabled(row >= 0);
    m_ui->removePayloadButton->setEnabled(row >= 0);
    m_ui->ownPayloadView->setPlainText(
        row < 0 ? QString() : indented(m_payloads.events.at(row).payload));
}

int SampleDataDialog::currentPayload() const
{
    const int row = m_ui->ownPayloadList->currentRow();
    return row >= 0 && row < m_payloads.events.size() ? row : -1;
}
