// SPDX-License-Identifier: Apache-2.0
#include "opensslhandle.h"

#include <openssl/err.h>

#include <QStringList>

namespace OpenSsl {

QString takeErrors()
{
    QStringList messages;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        messages << QString::fromLatin1(buffer);
    }
    return messages.join(QStringLiteral("; "));
}

} // namespace OpenSsl
