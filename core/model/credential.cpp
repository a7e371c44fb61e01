// SPDX-License-Identifier: Apache-2.0
#include "credential.h"

namespace CredentialKinds {

QString key(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::X509Svid:
        return QStringLiteral("x509-svid");
    case CredentialKind::Jwt:
        return QStringLiteral("jwt");
    case CredentialKind::StaticApiKey:
        return QStringLiteral("static-api-key");
    case CredentialKind::OAuthClient:
        return QStringLiteral("oauth-client");
    }
    Q_UNREACHABLE();
}

std::optional<CredentialKind> fromKey(const QString& text)
{
    for (CredentialKind kind : {CredentialKind::X509Svid,
                                CredentialKind::Jwt,
                                CredentialKind::StaticApiKey,
                                CredentialKind::OAuthClient}) {
        if (key(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace CredentialKinds
