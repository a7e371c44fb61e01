// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// SPIFFE IDs for agents: spiffe://<trust-domain>/agent/<name>. The rules are the SPIFFE
// specification's, narrowed so that a name is also a safe DNS label, file name and URI segment.
class SpiffeId final
{
    Q_DECLARE_TR_FUNCTIONS(SpiffeId)

public:
    static constexpr int kMaxTrustDomainLength = 255;
    static constexpr int kMaxAgentNameLength = 63;

    static Status validateTrustDomain(const QString& trustDomain);
    static Status validateAgentName(const QString& name);
    static QString forAgent(const QString& trustDomain, const QString& name);
    // The agent name inside a SPIFFE ID of this trust domain, or an empty string.
    static QString agentName(const QString& trustDomain, const QString& spiffeId);
};
