// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonValue>

// The JSON Canonicalization Scheme (RFC 8785): the exact bytes that get signed or hashed.
// Object members are sorted by their UTF-16 code units, no whitespace, strings escaped
// minimally, numbers written as ECMAScript writes a double.
namespace CanonicalJson {
QByteArray serialize(const QJsonValue& value);
// ECMAScript Number::toString for a finite double (RFC 8785 §3.2.2.3).
QByteArray number(double value);
// A JSON string as RFC 8785 writes it, quotes included: for building canonical text directly.
QByteArray string(const QString& text);
} // namespace CanonicalJson
