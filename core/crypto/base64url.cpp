// SPDX-License-Identifier: Apache-2.0
#include "base64url.h"

namespace Base64Url {

QByteArray encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    // A length of 1 mod 4 cannot come from any byte string.
    if (text.size() % 4 == 1) {
        return std::nullopt;
    }
    for (const char c : text) {
        const bool urlSafe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                             c == '-' || c == '_';
        if (!urlSafe) {
            return std::nullopt;
        }
    }
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    // Unused low bits in the last character must be zero: otherwise two texts decode alike.
    if (encode(decoded.decoded) != text) {
        return std::nullopt;
    }
    return decoded.decoded;
}

} // namespace Base64Url
