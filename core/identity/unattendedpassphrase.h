// SPDX-License-Identifier: Apache-2.0
#pragma once

class Workspace;

// Where the workspace passphrase can be had without asking anyone: STEWARD_PASSPHRASE or the
// system keychain. Both the CLI and the console let the audit trail use it to sign its
// checkpoint when a session closes; when neither has it, a later session signs one.
namespace UnattendedPassphrase {
void installCheckpointLoader(Workspace& workspace);
} // namespace UnattendedPassphrase
