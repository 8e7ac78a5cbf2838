#include "ResponseKeyPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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

ResponseKeyPath::Lookup ResponseKeyPath::find(const QJsonValue& root) const
{
    QJsonValue current = root;
    for (int i = 0; i < m_segments.size(); ++i) {
        const QString& segment = m_segments.at(i);
        if (current.isObject() && current.toObject().contains(segment)) {
            current = current.toObject().value(segment);
            continue;
        }
        bool isIndex = false;
        const qsizetype index = segment.toLongLong(&isIndex);
        if (current.isArray() && isIndex && index >= 0 && index < current.toArray().size()) {
            current = current.toArray().at(index);
            continue;
        }
        return { false, QJsonValue(), i };
    }
    return { true, current, int(m_segments.size()) };
}
