// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// Decides whether a TLS client's certificate chain is an X.509-SVID this workspace issued to an
// agent that may still act: it chains to the workspace root through the current intermediate or
// the one before it, is valid now and for client authentication, names one SPIFFE ID of this trust
// domain, is the very certificate on record under its serial, is not revoked, and its agent is
// active. The TLS layer only proves the client holds the key.
class ClientCertificateVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificateVerifier)

public:
    explicit ClientCertificateVerifier(Workspace& workspace)
        : m_workspace(workspace)
    {
    }

    struct Identity
    {
        QString spiffeId;
        QString agentName;
        QString serialHex;
    };
    // The leaf first, then whatever intermediates the client sent (read, but not trusted); PEM or
    // DER each.
    Result<Identity> verify(const QList<QByteArray>& chain) const;

private:
    Workspace& m_workspace;
};
