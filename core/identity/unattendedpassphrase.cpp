// SPDX-License-Identifier: Apache-2.0
#include "unattendedpassphrase.h"

#include "crypto/secretbytes.h"
#include "passphrasekeychain.h"
#include "workspace/workspace.h"

namespace UnattendedPassphrase {

void installCheckpointLoader(Workspace& workspace)
{
    Workspace* target = &workspace;
    workspace.audit().setCheckpointKeyLoader([target]() -> std::optional<KeyPair> {
        SecretBytes secret(qgetenv("STEWARD_PASSPHRASE"));
        if (secret.isEmpty() && PassphraseKeychain::isEnabled()) {
            if (auto remembered = PassphraseKeychain::read(target->id())) {
                secret = std::move(remembered).value();
            }
        }
        if (secret.isEmpty()) {
            return std::nullopt;
        }
        auto key = target->audit().openWorkspaceKey(secret);
        return key ? std::optional<KeyPair>(key.value()) : std::nullopt;
    });
}

} // namespace UnattendedPassphrase
