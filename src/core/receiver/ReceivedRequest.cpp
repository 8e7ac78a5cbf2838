#include "ReceivedRequest.h"

#include "model/HttpHeaders.h"

#include <QCoreApplication>

QByteArray ReceivedRequest::header(const QByteArray& name) const
{
    return HttpHeaders::value(headers, name);
}

QString ReceivedRequest::signatureText() const
{
    switch (signature) {
    case Signature::Valid:
        return QCoreApplication::translate("ReceivedRequest", "signature valid");
    case Signature::Invalid:
        return QCoreApplication::translate("ReceivedRequest", "signature INVALID: %1")
            .arg(signatureReason);
    case Signature::NotChecked:
        break;
    }
    return {};
}
