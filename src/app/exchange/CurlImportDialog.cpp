#include "exchange/CurlImportDialog.h"

#include "exchange/CurlImporter.h"
#include "model/HttpMethod.h"
#include "ui_CurlImportDialog.h"

#include <QFontDatabase>
#include <QPushButton>

using namespace Qt::StringLiterals;

CurlImportDialog::CurlImportDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CurlImportDialog>())
{
    m_ui->setupUi(this);
    m_ui->curlCommandEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->curlImportButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add Webhook"));
    connect(m_ui->curlCommandEdit, &QPlainTextEdit::textChanged, this, &CurlImportDialog::import);
    import();
}

CurlImportDialog::~CurlImportDialog() = default;

void CurlImportDialog::setCommand(const QString& command)
{
    m_ui->curlCommandEdit->setPlainText(command);
}

void CurlImportDialog::import()
{
    const QString command = m_ui->curlCommandEdit->toPlainText();
    m_webhook.reset();
    m_ui->curlImportProblemsList->clear();
    if (command.trimmed().isEmpty()) {
        m_ui->curlImportStatusLabel->clear();
    } else {
        const CurlImporter::Result result = CurlImporter::import(command);
        m_webhook = result.webhook;
        for (const Problem& problem : result.problems)
            m_ui->curlImportProblemsList->addItem(problem.toString());
        m_ui->curlImportStatusLabel->setText(m_webhook
                ? tr("Sends %1 %2 with %n header(s) and %3.", nullptr,
                    int(m_webhook->headers.size()))
                      .arg(httpMethodName(m_webhook->method), m_webhook->url,
                          m_webhook->body.isEmpty() ? tr("no body")
                                                    : tr("a body of %n character(s)", nullptr,
                                                        int(m_webhook->body.size())))
                : tr("This command cannot be imported:"));
    }
    m_ui->curlImportProblemsList->setVisible(m_ui->curlImportProblemsList->count() > 0);
    m_ui->curlImportButtonBox->button(QDialogButtonBox::Ok)->setEnabled(m_webhook.has_value());
}
