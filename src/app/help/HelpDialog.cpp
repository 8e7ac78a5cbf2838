#include "help/HelpDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Webhook Studio User Guide"));
    m_browser->setObjectName(u"helpBrowser"_s);
    // Documents link to each other inside the app; web links open outside.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(userGuideUrl(), QTextDocument::MarkdownResource);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setObjectName(u"helpBackButton"_s);
    back->setEnabled(false);
    auto* home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpDialog::fitImages);
    m_browser->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 700);
}

bool HelpDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The page's width is known once the browser's viewport has its size.
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

void HelpDialog::fitImages()
{
    QTextDocument* document = m_browser->document();
    const qreal page = m_browser->viewport()->width() - 2 * document->documentMargin() - 8;
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid())
                continue;
            const QSize natural = naturalSize(format.name());
            if (natural.isEmpty())
                continue;
            const qreal width = qMin<qreal>(natural.width(), qMax<qreal>(page, 100));
            format.setWidth(width);
            format.setHeight(width * natural.height() / natural.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

QSize HelpDialog::naturalSize(const QString& image)
{
    // Decoding a screenshot takes milliseconds; resizing the dialog asks for
    // every picture's size many times.
    auto it = m_naturalSizes.constFind(image);
    if (it == m_naturalSizes.cend()) {
        const QVariant resource
            = m_browser->document()->resource(QTextDocument::ImageResource, QUrl(image));
        it = m_naturalSizes.insert(image,
            resource.canConvert<QImage>() ? resource.value<QImage>().size()
                                          : QImage::fromData(resource.toByteArray()).size());
    }
    return *it;
}

QUrl HelpDialog::userGuideUrl()
{
    return QUrl(u"qrc:/docs/user-guide.md"_s);
}
