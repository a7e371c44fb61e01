// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// base64url without padding (RFC 7515 §2). Decoding is strict: padding, whitespace and
// characters outside the URL-safe alphabet are refused, so one token has one spelling.
namespace Base64Url {
QByteArray encode(QByteArrayView data);
std::optional<QByteArray> decode(QByteArrayView text);
} // namespace Base64Url
