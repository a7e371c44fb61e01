// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>

class AuditTrail;

// Writes the audit trail to a folder that an auditor checks with the openssl command and a
// shell loop alone (the recipe is in the folder's VERIFY.md): the signed bytes of every entry,
// their details, signatures, the workspace's checkpoints and every public key.
class AuditExporter final
{
    Q_DECLARE_TR_FUNCTIONS(AuditExporter)

public:
    // The folder must not exist yet, or be empty. Returns how many entries were written.
    static Result<qint64> exportTo(AuditTrail& trail, const QString& folder);
    // The shell recipe VERIFY.md carries, on its own (the tests run it).
    static QString recipe();
};
