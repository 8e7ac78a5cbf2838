#pragma once

#include "text/TextLineIndex.h"
#include "widgets/BackgroundTextPreparer.h"
#include "widgets/BackgroundTextSearch.h"

#include <QAbstractScrollArea>

// A read-only view of a body of any size: raw text, indented JSON with
// colours, or hex. It draws only the rows on screen from a row index, and
// leaves the slow work — indexing, indenting, searching a 50 MB body — to a
// worker thread, so the window never waits for it. Small bodies are prepared
// at once, so they show without a flicker.
class LargeTextView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Mode { Pretty, Raw, Hex };
    Q_ENUM(Mode)

    // Bodies up to this size are prepared on the spot.
    static constexpr qsizetype kSynchronousBytes = 256 * 1024;

    explicit LargeTextView(QWidget* parent = nullptr);
    ~LargeTextView() override;

    // Shows `bytes`; `json` offers the indented view (the default for JSON).
    void setContent(const QByteArray& bytes, bool json);
    void clear();
    const QByteArray& content() const { return m_raw; }
    bool isJson() const { return m_json; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // True while the text for the current mode is being prepared.
    bool isBusy() const { return m_busy; }
    // What the view is doing or why it shows raw text instead of indented.
    QString statusText() const { return m_status; }

    // The text on display (indented JSON or raw bytes) and its rows; in hex
    // mode, the raw bytes.
    const QByteArray& displayedText() const;
    qsizetype rowCount() const;
    QString rowText(qsizetype row) const;
    qsizetype firstVisibleRow() const;

    // Search: every match of `text` (ignoring ASCII case) in the displayed
    // text, found on a worker thread; the current one is selected.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search.needle(); }
    void findNext();
    void findPrevious();
    int matchCount() const { return m_search.matchCount(); }
    // 0-based, -1 when there is none.
    int currentMatch() const { return m_search.currentMatch(); }
    // True when there were more matches than are kept.
    bool matchesCapped() const { return m_search.isCapped(); }

    QString selectedText() const;
    void selectAll();
    void copy() const;

signals:
    // The text for the current mode is on screen.
    void ready();
    void statusChanged(const QString& status);
    void searchFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void startPreparing();
    void applyPrepared(const BackgroundTextPreparer::Prepared& prepared);
    void startSearch();
    void showMatches();
    void setStatus(const QString& status);
    void updateScrollBars();
    void scrollToOffset(qsizetype offset);
    void selectMatch(int match);

    qsizetype textRowCount() const;
    qsizetype rowStart(qsizetype row) const;
    qsizetype rowEnd(qsizetype row) const;
    QString hexRow(qsizetype row) const;
    int lineHeight() const;
    int gutterWidth() const;
    QPoint textOrigin() const;
    qsizetype offsetAt(const QPoint& position) const;
    int xOfOffset(qsizetype row, qsizetype offset) const;
    void paintRow(QPainter& painter, qsizetype row, int y) const;
    void paintHighlights(QPainter& painter, qsizetype row, int y) const;

    QByteArray m_raw;
    bool m_json = false;
    Mode m_mode = Mode::Raw;
    QByteArray m_text; // the indented text in Pretty mode
    TextLineIndex m_index;
    bool m_pretty = false; // m_text holds indented JSON
    bool m_busy = false;
    QString m_status;

    BackgroundTextSearch m_search { kSynchronousBytes };
    BackgroundTextPreparer m_preparer { kSynchronousBytes };

    qsizetype m_anchor = -1;
    qsizetype m_cursor = -1;
};
