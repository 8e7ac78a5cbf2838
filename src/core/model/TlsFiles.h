#pragma once

#include <QString>

#include <tuple>

// The files HTTPS requests of an environment go out with: more CAs to trust
// (a PEM bundle), and a client certificate for mutual TLS (PEM with its key
// in the same file or in `key`, or PKCS#12). Relative paths are relative to
// the campaign file. In a document the passphrase is a ${NAME} reference.
struct TlsFiles
{
    QString caBundle;
    QString certificate;
    // Empty: the key is in the certificate's file (PEM) or it is PKCS#12.
    QString key;
    QString passphrase;

    bool isEmpty() const { return caBundle.isEmpty() && certificate.isEmpty(); }

    friend bool operator==(const TlsFiles& a, const TlsFiles& b)
    {
        return std::tie(a.caBundle, a.certificate, a.key, a.passphrase)
            == std::tie(b.caBundle, b.certificate, b.key, b.passphrase);
    }
    friend bool operator!=(const TlsFiles& a, const TlsFiles& b) { return !(a == b); }
};
