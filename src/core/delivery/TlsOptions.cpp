#include "TlsOptions.h"

#include "model/SecretReference.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace {
// `cannotRead` says which file it is, with %1 for its path and %2 for why.
std::optional<QByteArray> readFile(const QString& path, const QString& cannotRead, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = cannotRead.arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool isPkcs12(const QString& path, const QByteArray& data)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"p12"_s || suffix == u"pfx"_s || !data.contains("-----BEGIN");
}
} // namespace

std::optional<TlsOptions> TlsOptions::loadFor(const TlsFiles& files, const QString& baseDirectory,
    const SecretResolver& secrets, QString* error)
{
    const QDir base(baseDirectory);
    const auto located = [&base](const QString& path) {
        return path.isEmpty() ? path : QDir::cleanPath(base.absoluteFilePath(path));
    };
    Files resolved { located(files.caBundle), located(files.certificate), located(files.key),
        files.passphrase };
    if (!files.passphrase.isEmpty()) {
        const std::optional<QString> passphrase = SecretReference::expand(
            files.passphrase, [&secrets](const QString& name) { return secrets.value(name); });
        if (!passphrase) {
            const QString name = SecretReference::namesIn(files.passphrase).value(0);
            *error = tr("The passphrase %1 of the client certificate has no value: %2.")
                         .arg(files.passphrase, secrets.hint(name));
            return std::nullopt;
        }
        resolved.passphrase = *passphrase;
    }
    return load(resolved, error);
}

std::optional<TlsOptions> TlsOptions::load(const Files& files, QString* error)
{
    TlsOptions options;
    if (!files.caBundle.isEmpty() && !options.loadBundle(files.caBundle, error))
        return std::nullopt;
    if (!files.certificate.isEmpty() && !options.loadPem(files, error))
        return std::nullopt;
    if (files.certificate.isEmpty() && !files.key.isEmpty()) {
        *error = tr("The key %1 was given without its certificate.").arg(files.key);
        return std::nullopt;
    }
    return options;
}

bool TlsOptions::loadBundle(const QString& path, QString* error)
{
    const std::optional<QByteArray> data
        = readFile(path, tr("Cannot read the CA bundle %1: %2."), error);
    if (!data)
        return false;
    m_caCertificates = QSslCertificate::fromData(*data, QSsl::Pem);
    if (m_caCertificates.isEmpty()) {
        *error = tr("The CA bundle %1 holds no PEM certificate.").arg(path);
        return false;
    }
    return true;
}

bool TlsOptions::loadPkcs12(const QString& path, const QString& passphrase, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the client certificate %1: %2.").arg(path, file.errorString());
        return false;
    }
    ClientIdentity client;
    if (!QSslCertificate::importPkcs12(
            &file, &client.key, &client.certificate, &client.chain, passphrase.toUtf8())) {
        *error = passphrase.isEmpty()
            ? tr("The PKCS#12 file %1 cannot be read: it needs a passphrase, or it is damaged.")
                  .arg(path)
            : tr("The PKCS#12 file %1 cannot be read: the passphrase is wrong, or the file is "
                 "damaged.")
                  .arg(path);
        return false;
    }
    m_client = std::move(client);
    return true;
}

bool TlsOptions::loadPem(const Files& files, QString* error)
{
    const std::optional<QByteArray> data
        = readFile(files.certificate, tr("Cannot read the client certificate %1: %2."), error);
    if (!data)
        return false;
    if (isPkcs12(files.certificate, *data))
        return loadPkcs12(files.certificate, files.passphrase, error);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(*data, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = tr("The client certificate %1 holds no PEM certificate.").arg(files.certificate);
        return false;
    }
    ClientIdentity client { certificates.first(), QSslKey(), certificates.mid(1) };

    const QString keyPath = files.key.isEmpty() ? files.certificate : files.key;
    std::optional<QByteArray> keyData = files.key.isEmpty()
        ? data
        : readFile(files.key, tr("Cannot read the client key %1: %2."), error);
    if (!keyData)
        return false;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        client.key
            = QSslKey(*keyData, algorithm, QSsl::Pem, QSsl::PrivateKey, files.passphrase.toUtf8());
        if (!client.key.isNull()) {
            m_client = std::move(client);
            return true;
        }
    }
    *error = keyData->contains("ENCRYPTED")
        ? tr("The private key in %1 cannot be read: the passphrase is wrong or missing.")
              .arg(keyPath)
        : tr("%1 holds no PEM private key for the client certificate.").arg(keyPath);
    return false;
}

void TlsOptions::apply(QSslConfiguration& configuration) const
{
    if (!m_caCertificates.isEmpty())
        configuration.addCaCertificates(m_caCertificates);
    if (m_client) {
        configuration.setLocalCertificateChain(
            QList<QSslCertificate> { m_client->certificate } + m_client->chain);
        configuration.setPrivateKey(m_client->key);
    }
}

QSslCertificate TlsOptions::clientCertificate() const
{
    return m_client ? m_client->certificate : QSslCertificate();
}

QString TlsOptions::describe(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return QString();
    const auto name = [](const QSslCertificate& c, bool issuer) -> QString {
        const QStringList names = issuer ? c.issuerInfo(QSslCertificate::CommonName)
                                         : c.subjectInfo(QSslCertificate::CommonName);
        return u"CN="_s + names.value(0, tr("(none)"));
    };
    return tr("%1, issued by %2, valid %3 to %4")
        .arg(name(certificate, false), name(certificate, true),
            certificate.effectiveDate().toUTC().toString(u"yyyy-MM-dd"_s),
            certificate.expiryDate().toUTC().toString(u"yyyy-MM-dd"_s));
}
