#pragma once

#include <QString>

// Secrets enter a document only as ${NAME} references. These helpers recognise
// and build them, so the writer, the validator and (later) the keychain agree
// on one syntax.
namespace SecretReference {
bool isReference(const QString& value);
// NAME of a ${NAME} reference, or an empty string.
QString name(const QString& value);
QString make(const QString& name);
// An environment-style name such as CRM_SYNC_AUTHORIZATION from free text.
QString deriveName(const QString& webhookId, const QString& purpose);
} // namespace SecretReference
