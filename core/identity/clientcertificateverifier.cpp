// SPDX-License-Identifier: Apache-2.0
#include "clientcertificateverifier.h"

#include "crypto/opensslhandle.h"
#include "crypto/x509.h"
#include "identity/identityservice.h"
#include "model/agenttypes.h"
#include "workspace/workspace.h"

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace {

// A client sends a leaf and perhaps its intermediate; more is not a chain this CA makes.
constexpr qsizetype kMaxChain = 4;
constexpr qsizetype kMaxCertificateBytes = 16 * 1024;

Result<Certificate> parse(const QByteArray& data)
{
    if (data.size() > kMaxCertificateBytes) {
        return Error{ErrorKind::Invalid,
                     ClientCertificateVerifier::tr("The client certificate is too large.")};
    }
    if (data.startsWith("-----BEGIN")) {
        return Certificate::fromPem(data);
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    X509* x509 = d2i_X509(nullptr, &bytes, long(data.size()));
    if (!x509) {
        return Error{ErrorKind::Invalid,
                     ClientCertificateVerifier::tr("The client certificate cannot be read.")};
    }
    return Certificate(x509);
}

void freeStack(STACK_OF(X509) * stack)
{
    sk_X509_free(stack); // the certificates belong to their Certificate objects
}

} // namespace

Result<ClientCertificateVerifier::Identity>
ClientCertificateVerifier::verify(const QList<QByteArray>& chain) const
{
    if (chain.isEmpty() || chain.size() > kMaxChain) {
        return Error{ErrorKind::Invalid,
                     tr("The client sent no certificate, or a chain of more than %1.").arg(kMaxChain)};
    }
    QList<Certificate> sent;
    for (const QByteArray& data : chain) {
        auto certificate = parse(data);
        if (!certificate) {
            return certificate.error();
        }
        sent.append(certificate.value());
    }
    const IdentityService identity(m_workspace);
    auto authority = identity.chain();
    auto intermediates = identity.issuingIntermediates();
    if (!authority || !intermediates) {
        return Error{
            ErrorKind::Refused,
            tr("This workspace has no certificate authority yet, so no client certificate can be trusted.")};
    }

    OpenSslHandle<X509_STORE, X509_STORE_free> store(X509_STORE_new());
    OpenSslHandle<STACK_OF(X509), freeStack> untrusted(sk_X509_new_null());
    OpenSslHandle<X509_STORE_CTX, X509_STORE_CTX_free> context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context || X509_STORE_add_cert(store.get(), authority->root.handle()) != 1) {
        return Error{ErrorKind::Storage, tr("OpenSSL could not set up the certificate check.")};
    }
    // The path runs through the workspace's own intermediates only, the current one and the one it
    // replaced; what the client sends besides its leaf is not trusted for anything, so an
    // intermediate retired by two rotations vouches for nothing even if a client still has it.
    for (const Certificate& intermediate : intermediates.value()) {
        sk_X509_push(untrusted.get(), intermediate.handle());
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), sent.first().handle(), untrusted.get()) != 1) {
        return Error{ErrorKind::Storage, tr("OpenSSL could not set up the certificate check.")};
    }
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_CLIENT);
    // The workspace's clock, so that tests and replays judge validity as the workspace does.
    X509_STORE_CTX_set_time(context.get(), 0, time_t(m_workspace.now().toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(context.get());
        return Error{ErrorKind::Refused,
                     tr("The client certificate is not one this workspace issued for clients: %1.")
                         .arg(QString::fromUtf8(X509_verify_cert_error_string(code)))};
    }

    const Certificate& leaf = sent.first();
    const QStringList uris = leaf.uriSans();
    const QString prefix = QStringLiteral("spiffe://%1/").arg(m_workspace.trustDomain());
    if (uris.size() != 1 || !uris.first().startsWith(prefix)) {
        return Error{
            ErrorKind::Refused,
            tr("The client certificate does not name one SPIFFE ID of %1.").arg(m_workspace.trustDomain())};
    }
    // Issued by this workspace and on record: the record says whether it was revoked since.
    auto record = m_workspace.credentials().find(CredentialKind::X509Svid, leaf.serialHex());
    if (!record) {
        return Error{
            ErrorKind::Refused,
            tr("The client certificate %1 is not on this workspace's record.").arg(leaf.serialHex())};
    }
    // The very certificate issued under that serial, not another one made to carry it.
    if (record->fingerprint != leaf.fingerprint()) {
        return Error{ErrorKind::Refused,
                     tr("The client certificate %1 is not the certificate this workspace issued under "
                        "that serial.")
                         .arg(leaf.serialHex())};
    }
    if (record->isRevoked()) {
        return Error{
            ErrorKind::Refused,
            tr("The client certificate %1 was revoked: %2").arg(leaf.serialHex(), record->revocationReason)};
    }
    auto agent = m_workspace.agents().byId(record->agentId);
    if (!agent || agent->status != AgentStatus::Active) {
        return Error{ErrorKind::Refused,
                     tr("The client certificate's agent %1 is not active.").arg(record->agentName)};
    }
    return Identity{uris.first(), agent->name, leaf.serialHex()};
}
