#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QStringList kEcKey
    = { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s };
} // namespace

bool TestCertificates::openssl(const QStringList& arguments, QString* error) const
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.start(u"openssl"_s, arguments);
    if (process.waitForFinished(30000) && process.exitCode() == 0)
        return true;
    *error = u"openssl "_s + arguments.join(u' ') + u": "_s
        + QString::fromLocal8Bit(process.readAllStandardError());
    return false;
}

bool TestCertificates::sign(
    const QString& name, const QString& days, const QString& host, QString* error) const
{
    const QByteArray altName = (host.front().isDigit() ? "IP:" : "DNS:") + host.toLatin1();
    QFile extensions(m_directory.filePath(name + u".ext"_s));
    if (!extensions.open(QIODevice::WriteOnly)) {
        *error = extensions.errorString();
        return false;
    }
    extensions.write("subjectAltName=" + altName + "\n");
    extensions.close();
    return openssl({ u"x509"_s, u"-req"_s, u"-in"_s, host + u".csr"_s, u"-CA"_s, u"ca.crt"_s,
                       u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, days,
                       u"-extfile"_s, name + u".ext"_s, u"-out"_s, name + u".crt"_s },
        error);
}

bool TestCertificates::make(QString* error)
{
    if (!m_directory.isValid()) {
        *error = m_directory.errorString();
        return false;
    }
    if (!openssl(QStringList { u"req"_s, u"-x509"_s } + kEcKey
                + QStringList { u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.crt"_s, u"-days"_s,
                    u"2"_s, u"-subj"_s, u"/CN=Webhook Studio Test CA"_s },
            error)) {
        return false;
    }
    // Qt matches the host against the common name too, so each name gets a
    // request of its own.
    for (const QString& host : { u"127.0.0.1"_s, u"hooks.example.com"_s }) {
        if (!openssl(QStringList { u"req"_s, u"-new"_s } + kEcKey
                    + QStringList { u"-keyout"_s, host + u".key"_s, u"-out"_s, host + u".csr"_s,
                        u"-subj"_s, u"/CN="_s + host },
                error)) {
            return false;
        }
    }
    if (!sign(u"valid"_s, u"2"_s, u"127.0.0.1"_s, error)
        || !sign(u"expired"_s, u"-1"_s, u"127.0.0.1"_s, error) // ended the day before it began
        || !sign(u"wrong-host"_s, u"2"_s, u"hooks.example.com"_s, error)
        || !openssl(QStringList { u"req"_s, u"-x509"_s } + kEcKey
                + QStringList { u"-keyout"_s, u"self-signed.key"_s, u"-out"_s, u"self-signed.crt"_s,
                    u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                    u"subjectAltName=IP:127.0.0.1"_s },
            error)) {
        return false;
    }
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificates(m_directory.filePath(u"ca.crt"_s));
    QSslConfiguration::setDefaultConfiguration(trusting);
    return true;
}

bool TestCertificates::listen(
    QSslServer& server, const QString& certificate, const QString& key) const
{
    QFile certificateFile(m_directory.filePath(certificate + u".crt"_s));
    QFile keyFile(m_directory.filePath(key + u".key"_s));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    server.setSslConfiguration(configuration);
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server] {
        QTcpSocket* socket = server.nextPendingConnection();
        auto received = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received] {
            *received += socket->readAll(); // the head and the body may come apart
            if (received->contains("\r\n\r\n{}")) {
                socket->write(
                    "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");
                socket->disconnectFromHost();
            }
        });
    });
    return server.listen(QHostAddress::LocalHost, 0);
}
