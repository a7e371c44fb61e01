// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>

// Known-answer tests of every primitive Steward relies on, run before anything is issued:
// a broken or substituted crypto library stops issuance instead of producing bad credentials.
class CryptoSelfTest final
{
    Q_DECLARE_TR_FUNCTIONS(CryptoSelfTest)

public:
    static Status run();
    // run() once per process; later calls return the first result.
    static const Status& once();
};
