#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>

enum class SigningScheme { None, StandardWebhooks };

QString signingSchemeName(SigningScheme scheme);
std::optional<SigningScheme> signingSchemeFromName(QStringView name);
QStringList signingSchemeNames();

// Optional request signing. The secret is always a ${NAME} reference; the
// whsec_ value itself never enters the document.
struct SigningConfig
{
    SigningScheme scheme = SigningScheme::None;
    QString secret;

    bool isEnabled() const { return scheme != SigningScheme::None; }

    friend bool operator==(const SigningConfig& a, const SigningConfig& b)
    {
        return std::tie(a.scheme, a.secret) == std::tie(b.scheme, b.secret);
    }
    friend bool operator!=(const SigningConfig& a, const SigningConfig& b) { return !(a == b); }
};
