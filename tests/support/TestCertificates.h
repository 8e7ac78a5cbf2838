#pragma once

#include <QStringList>
#include <QTemporaryDir>

class QProcess;
class QSslServer;

// Certificates for TLS tests, made by openssl in a temporary folder: a test
// CA ("ca.crt") and, signed by it, "valid" and "expired" for 127.0.0.1 and
// "wrong-host" for hooks.example.com (keys "127.0.0.1" and
// "hooks.example.com"), a "self-signed" one, and client certificates for
// mutual TLS: "client" and "client-expired" (key "client.key", also as
// "client-encrypted.key" and in "client.p12", both with the passphrase
// kPassphrase).
class TestCertificates
{
public:
    static constexpr const char* kPassphrase = "s3cret";
    // Whether this process trusts the test CA, as a machine trusts its own,
    // or only a request that brings its bundle does.
    enum class Trust { Process, BundleOnly };
    enum class ClientCertificate { NotAsked, Required };

    // False with openssl's complaint in `error` when it cannot.
    bool make(QString* error, Trust trust = Trust::Process);
    QString path(const QString& fileName) const { return m_directory.filePath(fileName); }
    // Listens on 127.0.0.1 with `certificate` and the key of `key`, answering
    // each whole request with `response` (200 with "{}" unless given); false
    // when it cannot. A required client certificate must come from the test
    // CA.
    bool listen(QSslServer& server, const QString& certificate, const QString& key,
        ClientCertificate client = ClientCertificate::NotAsked,
        const QByteArray& response = QByteArrayLiteral(
            "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}")) const;

    // `openssl s_server` requiring a client certificate from the test CA, as
    // a real peer: unlike a Qt server it tells a refused client why, in a
    // TLS alert. Returns its port, 0 when it did not start.
    quint16 serveRequiringClientCertificates(QProcess& server) const;

private:
    bool openssl(const QStringList& arguments, QString* error) const;
    bool sign(const QString& name, const QString& days, const QString& host, QString* error) const;
    bool makeClientCertificates(QString* error) const;

    QTemporaryDir m_directory;
};
