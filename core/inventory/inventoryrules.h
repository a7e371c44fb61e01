// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/agent.h"
#include "result.h"

#include <QCoreApplication>

// What makes an owner or an agent valid. The service enforces these on every change, and the
// console's dialogs call the same functions to validate each field as it is typed.
class InventoryRules final
{
    Q_DECLARE_TR_FUNCTIONS(InventoryRules)

public:
    static constexpr int kMaxDisplayName = 120;
    static constexpr int kMaxPurpose = 2000;
    static constexpr int kMaxFrameworkOrModel = 80;
    static constexpr int kMaxTags = 16;
    static constexpr int kMaxTagLength = 32;
    static constexpr int kMaxPrincipals = 16;
    static constexpr int kMaxPrincipalLength = 512;
    static constexpr int kMaxOwnerName = 120;
    static constexpr int kMaxEmail = 254;
    static constexpr int kMaxTeam = 80;
    static constexpr int kMaxReason = 1000;

    static Status displayName(const QString& value);
    static Status purpose(const QString& value);
    static Status framework(const QString& value);
    static Status model(const QString& value);
    static Status tag(const QString& value);
    static Status tags(const QStringList& values);
    static Status principal(const Principal& value);
    static Status principals(const QList<Principal>& values);
    // Nothing but spaces and invisible formatting characters.
    static bool isBlank(QStringView value);
    // Why a credential is revoked: required, since auditors and the CRL's readers ask it.
    static Status revocationReason(const QString& value);
    static Status reason(const QString& value);

    static Status ownerName(const QString& value);
    static Status ownerEmail(const QString& value);
    static Status ownerTeam(const QString& value);

    // "aws-role=arn:aws:iam::…": the form used on the command line and in the dialog.
    static Result<Principal> parsePrincipal(const QString& text);
    static QString formatPrincipal(const Principal& principal);

    // Every field of an agent draft, in the order a person reads them.
    static Status agentFields(const Agent& draft);
};
