// SPDX-License-Identifier: Apache-2.0
#include "auditentry.h"

#include "crypto/canonicaljson.h"

QByteArray AuditEntry::canonical(const QString& trustDomain) const
{
    return CanonicalJson::serialize(QJsonObject{
        {QStringLiteral("action"), action},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("key_id"), keyId},
        {QStringLiteral("object"),
         QJsonObject{{QStringLiteral("id"), objectId}, {QStringLiteral("type"), objectType}}},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("payload_digest"), payloadDigest},
        {QStringLiteral("previous_hash"), previousHash},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("workspace"), trustDomain},
    });
}
