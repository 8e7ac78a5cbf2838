#pragma once

#include <QString>
#include <QStringList>

#include <optional>

enum class HttpMethod { Get, Post, Put, Delete };

QString httpMethodName(HttpMethod method);
std::optional<HttpMethod> httpMethodFromName(QStringView name);
QStringList httpMethodNames();

// POST and PUT carry the body template (or the event envelope when it is empty);
// GET and DELETE normally do not.
bool httpMethodExpectsBody(HttpMethod method);
