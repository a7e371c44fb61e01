// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "permissionstatement.h"

#include <QCoreApplication>

// A permission statement as a reviewer reads it: "May read and list s3://refunds/ and everything
// below it, data up to confidential, for 8 hours."
class PermissionSentence final
{
    Q_DECLARE_TR_FUNCTIONS(PermissionSentence)

public:
    static QString describe(const PermissionStatement& statement);
    // "8 hours", "1 day": the largest whole unit.
    static QString duration(qint64 seconds);
};
