// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/keypair.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// Mints short-lived, task-scoped JWTs (RFC 7519) signed as JWS with the workspace's key.
class TokenIssuer final
{
    Q_DECLARE_TR_FUNCTIONS(TokenIssuer)

public:
    static constexpr int kDefaultTtlSeconds = 15 * 60;
    static constexpr int kMaxTtlSeconds = 60 * 60; // the ceiling for any workspace setting

    struct Request
    {
        QString issuer;  // the workspace (its trust domain)
        QString subject; // the agent's SPIFFE ID
        QString audience;
        QStringList scope; // permission statements, one per entry
        QString task;
        QString actor; // RFC 8693 "act": the user the agent acts for, if any
        int ttlSeconds = kDefaultTtlSeconds;
        QDateTime now;
    };

    struct Token
    {
        QByteArray compact;
        QString jti;
        QString kid;
        QDateTime issuedAt;
        QDateTime expiresAt;
    };

    // maxTtlSeconds is the workspace's ceiling (at most kMaxTtlSeconds).
    static Result<Token> mint(const Request& request, const KeyPair& key, int maxTtlSeconds);
};
