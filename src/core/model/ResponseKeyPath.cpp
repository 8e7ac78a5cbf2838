#include "ResponseKeyPath.h"

#include <QCoreApplication>

ResponseKeyPath::ResponseKeyPath(const QString& text)
{
    if (text.isEmpty()) {
        m_error = QCoreApplication::translate("ResponseKeyPath", "The response key is empty.");
        return;
    }
    m_segments = text.split(u'.');
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const QString& segment = m_segments.at(i);
        if (segment.isEmpty()) {
            m_error = QCoreApplication::translate("ResponseKeyPath",
                "Segment %1 of the response key is empty (a leading, trailing or "
                "doubled dot).")
                          .arg(i + 1);
            return;
        }
        for (QChar character : segment) {
            if (character.isSpace() || character.category() == QChar::Other_Control) {
                m_error = QCoreApplication::translate("ResponseKeyPath",
                    "Segment \"%1\" of the response key contains white space or a "
                    "control character.")
                              .arg(segment);
                return;
            }
        }
    }
}
