#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Secrets enter a document only as ${NAME} references. These helpers recognise
// and build them, so the writer, the validator and (later) the keychain agree
// on one syntax.
namespace SecretReference {
bool isReference(const QString& value);
// NAME of a ${NAME} reference, or an empty string.
QString name(const QString& value);
QString make(const QString& name);
// Finds ${NAME} inside text; the first capture is NAME.
const QRegularExpression& embeddedPattern();
// The NAMEs of every ${NAME} inside `text`, in order, without repeats.
QStringList namesIn(const QString& text);
// `text` with every ${NAME} inside it replaced by `lookup(NAME)`; nothing
// when a lookup has no value.
std::optional<QString> expand(
    const QString& text, const std::function<std::optional<QString>(const QString&)>& lookup);
// An environment-style name such as CRM_SYNC_AUTHORIZATION from free text.
QString deriveName(const QString& webhookId, const QString& purpose);
} // namespace SecretReference
