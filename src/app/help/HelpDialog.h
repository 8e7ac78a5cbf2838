#pragma once

#include <QDialog>
#include <QHash>
#include <QSize>

class QTextBrowser;

// Help › User Guide: the user guide and the documents it links to, embedded
// in the app (it works offline), with back and forward like a browser.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    static QUrl userGuideUrl();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Screenshots are wider than the window: each is shown at most as wide
    // as the page, keeping its proportions.
    void fitImages();
    QSize naturalSize(const QString& image);

    QTextBrowser* m_browser;
    QHash<QString, QSize> m_naturalSizes;
};
