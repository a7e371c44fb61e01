// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One change to the workspace, as the audit trail keeps it. The canonical JSON of the entry
// (everything here but the hash and the signature, with the payload by its digest) is what is
// hashed into the chain and what the operator signs.
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime at;
    QString operatorName;
    QString action;     // dotted, such as agent.created, request.approved, token.minted
    QString objectType; // agent, owner, operator, request, grant, credential, settings
    QString objectId;
    QByteArray payload;    // canonical JSON of the details
    QString payloadDigest; // hex SHA-256 of the payload
    QString previousHash;  // the entry before's entryHash; 64 zeros for the first
    QString entryHash;     // hex SHA-256 of canonical()
    QString keyId;         // the signing key's RFC 7638 thumbprint; empty when unsigned
    QByteArray signature;  // Ed25519 over canonical(), standard base64; empty when unsigned

    // The signed bytes; trustDomain names the workspace so entries cannot move between them.
    QByteArray canonical(const QString& trustDomain) const;
};
