#pragma once

#include <QStringList>
#include <QTemporaryDir>

class QSslServer;

// Certificates for TLS tests, made by openssl in a temporary folder: a test
// CA and, signed by it, "valid" and "expired" for 127.0.0.1 and "wrong-host"
// for hooks.example.com (keys "127.0.0.1" and "hooks.example.com"), and a
// "self-signed" one. make() also has this process trust the CA, as a machine
// trusts its own.
class TestCertificates
{
public:
    // False with openssl's complaint in `error` when it cannot.
    bool make(QString* error);
    // Listens on 127.0.0.1 with `certificate` and the key of `key`, answering
    // 200 with "{}" to a request whose body is "{}"; false when it cannot.
    bool listen(QSslServer& server, const QString& certificate, const QString& key) const;

private:
    bool openssl(const QStringList& arguments, QString* error) const;
    bool sign(const QString& name, const QString& days, const QString& host, QString* error) const;

    QTemporaryDir m_directory;
};
