#include "settings/PreferencesDialog.h"

#include "i18n/Translations.h"
#include "model/Limits.h"
#include "settings/Theme.h"
#include "storage/Preferences.h"
#include "ui_PreferencesDialog.h"

#include <QHash>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    // Each language by its own name, as a person who reads only it finds it
    // (Qt's names carry a country: "American English", "español de España").
    const QHash<QString, QString> names { { u"de"_s, u"Deutsch"_s }, { u"en"_s, u"English"_s },
        { u"es"_s, u"Español"_s } };
    for (const QString& language : Translations::availableLanguages()) {
        m_ui->languageComboBox->addItem(
            names.value(language, QLocale(language).nativeLanguageName()), language);
    }
    m_ui->themeComboBox->addItem(tr("System"), Theme::name(Theme::Mode::System));
    m_ui->themeComboBox->addItem(tr("Light"), Theme::name(Theme::Mode::Light));
    m_ui->themeComboBox->addItem(tr("Dark"), Theme::name(Theme::Mode::Dark));

    m_ui->defaultTimeoutSpinBox->setRange(Limits::kMinTimeoutSeconds, Limits::kMaxTimeoutSeconds);
    m_ui->defaultRetrySpinBox->setRange(Limits::kMinRetryLimit, Limits::kMaxRetryLimit);
    m_ui->defaultTotalTimeoutSpinBox->setRange(
        Limits::kMinTimeoutSeconds, Limits::kMaxTotalTimeoutSeconds);
    m_ui->bodyCapSpinBox->setRange(1, Preferences::kMaxBodyCapMiB);
    m_ui->retentionSpinBox->setRange(
        Preferences::kMinHistoryRetention, Preferences::kMaxHistoryRetention);
    m_ui->receiverPortSpinBox->setRange(0, 65535);
    m_ui->proxyModeComboBox->addItem(tr("System (http_proxy, https_proxy, no_proxy)"), u"system"_s);
    m_ui->proxyModeComboBox->addItem(tr("None: always direct"), u"none"_s);
    m_ui->proxyModeComboBox->addItem(tr("Manual"), u"manual"_s);
    connect(m_ui->proxyModeComboBox, &QComboBox::currentIndexChanged, this,
        &PreferencesDialog::updateProxyFields);

    connect(m_ui->preferencesButtonBox->button(QDialogButtonBox::RestoreDefaults),
        &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load()
{
    m_ui->languageComboBox->setCurrentIndex(
        qMax(0, m_ui->languageComboBox->findData(Preferences::language())));
    m_ui->themeComboBox->setCurrentIndex(
        qMax(0, m_ui->themeComboBox->findData(Preferences::theme())));
    const DeliveryPolicy delivery = Preferences::newWebhookDelivery();
    m_ui->defaultTimeoutSpinBox->setValue(delivery.timeoutSeconds);
    m_ui->defaultRetrySpinBox->setValue(delivery.retryLimit);
    m_ui->defaultTotalTimeoutSpinBox->setValue(delivery.totalTimeoutSeconds);
    m_ui->bodyCapSpinBox->setValue(Preferences::responseBodyCapMiB());
    m_ui->retentionSpinBox->setValue(Preferences::historyRetention());
    m_ui->receiverPortSpinBox->setValue(Preferences::receiverPort());
    m_ui->proxyModeComboBox->setCurrentIndex(
        qMax(0, m_ui->proxyModeComboBox->findData(Preferences::proxyMode())));
    m_ui->proxyUrlLineEdit->setText(Preferences::manualProxy());
    m_ui->noProxyLineEdit->setText(Preferences::noProxy());
    updateProxyFields();
}

void PreferencesDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyModeComboBox->currentData().toString() == u"manual"_s;
    for (QWidget* field : { static_cast<QWidget*>(m_ui->proxyUrlLineEdit),
             static_cast<QWidget*>(m_ui->proxyPasswordLineEdit),
             static_cast<QWidget*>(m_ui->noProxyLineEdit) })
        field->setEnabled(manual);
}

bool PreferencesDialog::checkProxy()
{
    if (m_ui->proxyModeComboBox->currentData().toString() != u"manual"_s)
        return true;
    QString error;
    if (ProxyConfig::parseProxy(m_ui->proxyUrlLineEdit->text().trimmed(), &error))
        return true;
    QMessageBox::warning(this, tr("Preferences"), tr("Proxy address: %1").arg(error));
    m_ui->proxyUrlLineEdit->setFocus();
    m_ui->proxyUrlLineEdit->selectAll();
    return false;
}

QString PreferencesDialog::proxyPassword() const
{
    return m_ui->proxyPasswordLineEdit->text();
}

void PreferencesDialog::restoreDefaults()
{
    // Shown, not stored: Cancel still keeps what was there.
    m_ui->languageComboBox->setCurrentIndex(0);
    m_ui->themeComboBox->setCurrentIndex(0);
    const DeliveryPolicy defaults;
    m_ui->defaultTimeoutSpinBox->setValue(defaults.timeoutSeconds);
    m_ui->defaultRetrySpinBox->setValue(defaults.retryLimit);
    m_ui->defaultTotalTimeoutSpinBox->setValue(defaults.totalTimeoutSeconds);
    m_ui->bodyCapSpinBox->setValue(Preferences::kDefaultBodyCapMiB);
    m_ui->retentionSpinBox->setValue(Preferences::kDefaultHistoryRetention);
    m_ui->receiverPortSpinBox->setValue(Preferences::kDefaultReceiverPort);
    m_ui->proxyModeComboBox->setCurrentIndex(0);
    m_ui->proxyUrlLineEdit->clear();
    m_ui->proxyPasswordLineEdit->clear();
    m_ui->noProxyLineEdit->clear();
}

void PreferencesDialog::accept()
{
    if (!checkProxy())
        return;
    Preferences::setLanguage(m_ui->languageComboBox->currentData().toString());
    const QString theme = m_ui->themeComboBox->currentData().toString();
    if (theme != Preferences::theme()) {
        Preferences::setTheme(theme);
        Theme::apply(Theme::fromName(theme));
    }
    DeliveryPolicy delivery;
    delivery.timeoutSeconds = m_ui->defaultTimeoutSpinBox->value();
    delivery.retryLimit = m_ui->defaultRetrySpinBox->value();
    // Never shorter than one attempt, which validation would flag.
    delivery.totalTimeoutSeconds
        = qMax(m_ui->defaultTotalTimeoutSpinBox->value(), delivery.timeoutSeconds);
    Preferences::setNewWebhookDelivery(delivery);
    Preferences::setResponseBodyCapMiB(m_ui->bodyCapSpinBox->value());
    Preferences::setHistoryRetention(m_ui->retentionSpinBox->value());
    Preferences::setReceiverPort(quint16(m_ui->receiverPortSpinBox->value()));
    Preferences::setProxyMode(m_ui->proxyModeComboBox->currentData().toString());
    // A password typed into the address goes to the keychain, not the
    // settings file.
    QUrl proxy(m_ui->proxyUrlLineEdit->text().trimmed());
    if (!proxy.password().isEmpty() && m_ui->proxyPasswordLineEdit->text().isEmpty())
        m_ui->proxyPasswordLineEdit->setText(proxy.password(QUrl::FullyDecoded));
    proxy.setPassword(QString());
    Preferences::setManualProxy(proxy.toString());
    Preferences::setNoProxy(m_ui->noProxyLineEdit->text().trimmed());
    QDialog::accept();
}
