// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "certificateauthority.h"
#include "crypto/keypair.h"
#include "keyset.h"
#include "model/agent.h"
#include "model/credential.h"
#include "result.h"
#include "store/credentialrepository.h"
#include "tokenissuer.h"
#include "tokenverifier.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class Workspace;

// The workspace as an issuing authority for tokens: its signing keys (encrypted at rest under
// the workspace passphrase), minting for active agents, verification with revocation, and the
// record of every token issued.
class IdentityService final
{
    Q_DECLARE_TR_FUNCTIONS(IdentityService)

public:
    explicit IdentityService(Workspace& workspace)
        : m_workspace(workspace)
    {
    }

    // Creates the first signing key if there is none; returns the current one.
    Result<SigningKey> ensureSigningKey(QByteArrayView passphrase,
                                        KeyPair::Algorithm algorithm = KeyPair::Algorithm::Ed25519);
    // A new current key; the old one stays published as "previous" until the next rotation.
    Result<SigningKey> rotateSigningKey(QByteArrayView passphrase,
                                        KeyPair::Algorithm algorithm = KeyPair::Algorithm::Ed25519);
    Result<KeySet> publishedKeys() const;

    Result<int> maxTokenTtl() const;
    Status setMaxTokenTtl(int seconds);

    struct MintRequest
    {
        QString agent; // name, SPIFFE ID or principal
        QString audience;
        QStringList scope;
        QString task;
        QString actor;
        int ttlSeconds = TokenIssuer::kDefaultTtlSeconds;
        qint64 grantId = 0; // 0: any live grant that covers the scope
    };
    Result<TokenIssuer::Token> mintToken(const MintRequest& request, QByteArrayView passphrase);

    // With this workspace's published keys and revocations; issuer is the trust domain.
    TokenVerifier::Outcome verifyToken(QByteArrayView token, const QString& audience) const;
    Status revokeToken(const QString& jti, const QString& reason);

    // The certificate authority: an Ed25519 root and an issuing intermediate.
    Status initCertificateAuthority(QByteArrayView passphrase);
    // A new intermediate signed by the root; SVIDs issued before stay valid under the old one.
    Status rotateIntermediate(QByteArrayView passphrase);
    struct Chain
    {
        Certificate root;
        Certificate intermediate;
    };
    Result<Chain> chain() const;
    // The current intermediate, then the one it replaced: SVIDs issued before a rotation chain
    // through the latter until they expire.
    Result<QList<Certificate>> issuingIntermediates() const;

    // An X.509-SVID for an active agent from the agent's own CSR: the agent keeps its key.
    Result<Certificate> issueSvid(const QString& agent,
                                  const QByteArray& csr,
                                  int ttlSeconds,
                                  bool serverAuth,
                                  QByteArrayView passphrase);
    // For an agent that cannot make its own key: Steward generates an Ed25519 key, issues the SVID
    // and hands both out once, with the chain, as a PKCS#12 encrypted under bundlePassphrase
    // (AES-256, PBKDF2). The key is never stored.
    Result<QByteArray> issueSvidBundle(const QString& agent,
                                       int ttlSeconds,
                                       bool serverAuth,
                                       QByteArrayView passphrase,
                                       QByteArrayView bundlePassphrase);
    // A fresh SVID for the key the agent already proved it holds: same SPIFFE ID and usages, a new
    // serial and validity from the current intermediate. The old one stays valid until it expires
    // so the agent can switch without an outage; revoke it when it must stop at once.
    Result<Certificate> renewSvid(const QString& serialHex, int ttlSeconds, QByteArrayView passphrase);
    Status revokeSvid(const QString& serialHex, const QString& reason);
    // A CRL of every revoked SVID still within its validity, signed by the current intermediate.
    Result<QByteArray> crl(QByteArrayView passphrase);
    // The current intermediate's CRL, then, while the intermediate it replaced is still valid, that
    // one's CRL of the SVIDs it issued: after a rotation, a relying party needs both. DER each.
    Result<QList<QByteArray>> crls(QByteArrayView passphrase);

    // Decrypts the issuing keys once for this session (the console unlocks on demand), so that
    // each issuance costs a signature rather than an scrypt derivation. An empty passphrase
    // given to the issuing calls then uses the unlocked keys.
    Status unlock(QByteArrayView passphrase);
    void lock();
    bool isUnlocked() const { return m_unlocked; }

    // Reason words the revocation check adds to the verifier's; a check the workspace cannot
    // answer is "revocation_unavailable", a refusal.
    TokenVerifier::Refusal revocationCheck(const QJsonObject& claims) const;

private:
    Result<SigningKey> createSigningKey(QByteArrayView passphrase, KeyPair::Algorithm algorithm, bool rotate);
    // The current intermediate's or signing key's private half: unlocked, or decrypted now.
    Result<Certificate> issue(const QString& agent,
                              const std::function<Result<KeyPair>(const Agent&)>& subjectKey,
                              int ttlSeconds,
                              bool serverAuth,
                              QByteArrayView passphrase);
    struct Issuer
    {
        Certificate certificate;
        KeyPair key;
    };
    // The current intermediate with its private key (unlocked, or decrypted with the passphrase).
    Result<Issuer> openIntermediate(QByteArrayView passphrase) const;
    Result<Issuer> openIssuer(const CredentialRepository::Authority& record,
                              QByteArrayView passphrase,
                              const std::optional<KeyPair>& unlocked) const;
    // A CRL signed by issuer of the revoked SVIDs it issued that are still within their validity.
    Result<QByteArray> crlOf(const Issuer& issuer);
    Result<KeyPair> openKey(const QByteArray& encrypted,
                            QByteArrayView passphrase,
                            const std::optional<KeyPair>& unlocked) const;

    Workspace& m_workspace;
    bool m_unlocked = false;
    std::optional<KeyPair> m_signingKey;
    std::optional<KeyPair> m_intermediateKey;
};
