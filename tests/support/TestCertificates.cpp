#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QStringList kEcKey
    = { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s };

// Whether `received` holds a whole request: its head and as many body bytes
// as its Content-Length says.
bool requestIsWhole(const QByteArray& received)
{
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    qint64 length = 0;
    for (const QByteArray& line : received.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return received.size() - headEnd - 4 >= length;
}
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
    // A server's certificate names its host; a client's says it is one.
    const QByteArray extension = host.startsWith(u"client"_s)
        ? QByteArray("extendedKeyUsage=clientAuth")
        : QByteArray("subjectAltName=") + (host.front().isDigit() ? "IP:" : "DNS:")
            + host.toLatin1();
    QFile extensions(m_directory.filePath(name + u".ext"_s));
    if (!extensions.open(QIODevice::WriteOnly)) {
        *error = extensions.errorString();
        return false;
    }
    extensions.write(extension + "\n");
    extensions.close();
    return openssl({ u"x509"_s, u"-req"_s, u"-in"_s, host + u".csr"_s, u"-CA"_s, u"ca.crt"_s,
                       u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, days,
                       u"-extfile"_s, name + u".ext"_s, u"-out"_s, name + u".crt"_s },
        error);
}

bool TestCertificates::makeClientCertificates(QString* error) const
{
    const QString passphrase = u"pass:"_s + QString::fromLatin1(kPassphrase);
    return openssl(QStringList { u"req"_s, u"-new"_s } + kEcKey
                   + QStringList { u"-keyout"_s, u"client.key"_s, u"-out"_s, u"client.csr"_s,
                       u"-subj"_s, u"/CN=Webhook Studio client"_s },
               error)
        && sign(u"client"_s, u"2"_s, u"client"_s, error)
        && sign(u"client-expired"_s, u"-1"_s, u"client"_s, error)
        && openssl({ u"pkcs12"_s, u"-export"_s, u"-in"_s, u"client.crt"_s, u"-inkey"_s,
                       u"client.key"_s, u"-out"_s, u"client.p12"_s, u"-passout"_s, passphrase },
            error)
        && openssl({ u"pkey"_s, u"-in"_s, u"client.key"_s, u"-aes256"_s, u"-passout"_s, passphrase,
                       u"-out"_s, u"client-encrypted.key"_s },
            error);
}

bool TestCertificates::make(QString* error, Trust trust)
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
            error)
        || !makeClientCertificates(error)) {
        return false;
    }
    if (trust == Trust::BundleOnly)
        return true;
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificates(m_directory.filePath(u"ca.crt"_s));
    QSslConfiguration::setDefaultConfiguration(trusting);
    return true;
}

bool TestCertificates::listen(QSslServer& server, const QString& certificate, const QString& key,
    ClientCertificate client, const QByteArray& response) const
{
    QFile certificateFile(m_directory.filePath(certificate + u".crt"_s));
    QFile keyFile(m_directory.filePath(key + u".key"_s));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    if (client == ClientCertificate::Required) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        configuration.setCaCertificates(QSslCertificate::fromPath(path(u"ca.crt"_s)));
    }
    server.setSslConfiguration(configuration);
    QObject::connect(
        &server, &QSslServer::pendingConnectionAvailable, &server, [&server, response] {
            QTcpSocket* socket = server.nextPendingConnection();
            auto received = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received, response] {
                *received += socket->readAll(); // the head and the body may come apart
                if (requestIsWhole(*received)) {
                    socket->write(response);
                    socket->disconnectFromHost();
                }
            });
        });
    return server.listen(QHostAddress::LocalHost, 0);
}

quint16 TestCertificates::serveRequiringClientCertificates(QProcess& server) const
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    server.setWorkingDirectory(m_directory.path());
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(u"openssl"_s,
        { u"s_server"_s, u"-accept"_s, u"127.0.0.1:"_s + QString::number(port), u"-cert"_s,
            u"valid.crt"_s, u"-key"_s, u"127.0.0.1.key"_s, u"-CAfile"_s, u"ca.crt"_s, u"-Verify"_s,
            u"1"_s, u"-verify_return_error"_s, u"-www"_s });
    QByteArray output;
    while (!output.contains("ACCEPT") && server.waitForReadyRead(10000))
        output += server.readAll();
    return output.contains("ACCEPT") ? port : 0;
}
