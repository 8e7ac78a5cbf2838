#pragma once

#include "SecretResolver.h"
#include "model/TlsFiles.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

#include <optional>

class QSslConfiguration;

// What HTTPS requests go out with beyond the system's defaults: more CAs to
// trust (an internal CA's bundle, PEM), and a client certificate with its key
// for servers that ask for one (mutual TLS): a PEM certificate with its key
// (in the same file or in one of its own, encrypted or not), or a PKCS#12
// file holding both. Loaded once, before anything is sent, so a wrong
// passphrase or an empty bundle is said at once and names the file.
class TlsOptions
{
    Q_DECLARE_TR_FUNCTIONS(TlsOptions)

public:
    using Files = TlsFiles;

    // None: the system's CAs, no client certificate.
    TlsOptions() = default;
    // Nullopt with the reason in `error`, naming the file.
    static std::optional<TlsOptions> load(const Files& files, QString* error);
    // An environment's files: relative paths from `baseDirectory` (the
    // campaign file's), the passphrase's ${NAME} from `secrets`.
    static std::optional<TlsOptions> loadFor(const TlsFiles& files, const QString& baseDirectory,
        const SecretResolver& secrets, QString* error);

    bool isEmpty() const { return m_caCertificates.isEmpty() && !m_client; }
    const QList<QSslCertificate>& caCertificates() const { return m_caCertificates; }
    // Null without a client certificate.
    QSslCertificate clientCertificate() const;
    // Adds the CAs to those already trusted and presents the certificate.
    void apply(QSslConfiguration& configuration) const;

    // "CN=hooks.example.com, issued by CN=Example CA, valid 2026-01-01 to
    // 2026-12-31": a certificate as a failure names it.
    static QString describe(const QSslCertificate& certificate);

private:
    bool loadBundle(const QString& path, QString* error);
    bool loadPkcs12(const QString& path, const QString& passphrase, QString* error);
    bool loadPem(const Files& files, QString* error);

    // What the client presents. Optional, not default-constructed members: a
    // QSslCertificate or QSslKey, even a null one, loads the TLS backend
    // (OpenSSL, ~10 ms), and every HTTP client holds a TlsOptions from the
    // start; most never send over TLS.
    struct ClientIdentity
    {
        QSslCertificate certificate;
        QSslKey key;
        QList<QSslCertificate> chain;
    };

    QList<QSslCertificate> m_caCertificates;
    std::optional<ClientIdentity> m_client;
};
