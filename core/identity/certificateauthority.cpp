// SPDX-License-Identifier: Apache-2.0
#include "certificateauthority.h"

#include "crypto/digest.h"
#include "crypto/opensslhandle.h"

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace {

using X509Handle = OpenSslHandle<X509, X509_free>;
using X509CrlHandle = OpenSslHandle<X509_CRL, X509_CRL_free>;

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};

Error failure(const QString& what)
{
    const QString details = OpenSsl::takeErrors();
    return Error{ErrorKind::Storage, details.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, details)};
}

// A random 128-bit positive serial: unpredictable, and unique without a counter.
bool setRandomSerial(X509* cert)
{
    QByteArray random = Digest::randomBytes(16);
    if (random.size() != 16) {
        return false;
    }
    random[0] = static_cast<char>(random.at(0) & 0x7f);
    BignumHandle number(BN_bin2bn(reinterpret_cast<const unsigned char*>(random.constData()), 16, nullptr));
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool setValidity(X509* cert, const QDateTime& from, const QDateTime& until)
{
    return ASN1_TIME_set(X509_getm_notBefore(cert), static_cast<time_t>(from.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(cert), static_cast<time_t>(until.toSecsSinceEpoch()));
}

bool setName(X509_NAME* name, const QString& organisation, const QString& commonName)
{
    return X509_NAME_add_entry_by_txt(
               name,
               "O",
               MBSTRING_UTF8,
               reinterpret_cast<const unsigned char*>(organisation.toUtf8().constData()),
               -1,
               -1,
               0) &&
           X509_NAME_add_entry_by_txt(name,
                                      "CN",
                                      MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(commonName.toUtf8().constData()),
                                      -1,
                                      -1,
                                      0);
}

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension) {
        return false;
    }
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// Ed25519 signs without a separate digest; ECDSA keys sign over SHA-256.
bool signWith(X509* cert, const KeyPair& key)
{
    return X509_sign(cert,
                     key.handle(),
                     key.algorithm() == KeyPair::Algorithm::Ed25519 ? nullptr : EVP_sha256()) > 0;
}

} // namespace

Result<Certificate>
CertificateAuthority::createRoot(const QString& trustDomain, const KeyPair& rootKey, const QDateTime& now)
{
    X509Handle cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()) ||
        !setValidity(cert.get(), now.addSecs(-60), now.addYears(kRootYears)) ||
        !setName(X509_get_subject_name(cert.get()), trustDomain, tr("Steward root CA")) ||
        X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())) != 1 ||
        X509_set_pubkey(cert.get(), rootKey.handle()) != 1 ||
        !addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), cert.get(), NID_subject_alt_name, "URI:spiffe://" + trustDomain.toUtf8()) ||
        !signWith(cert.get(), rootKey)) {
        return failure(tr("Could not create the root certificate"));
    }
    return Certificate(cert.release());
}

Result<Certificate> CertificateAuthority::createIntermediate(const QString& trustDomain,
                                                             const Certificate& root,
                                                             const KeyPair& rootKey,
                                                             const KeyPair& intermediateKey,
                                                             const QDateTime& now)
{
    X509Handle cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()) ||
        !setValidity(cert.get(), now.addSecs(-60), qMin(now.addDays(kIntermediateDays), root.notAfter())) ||
        !setName(X509_get_subject_name(cert.get()), trustDomain, tr("Steward issuing CA")) ||
        X509_set_issuer_name(cert.get(), X509_get_subject_name(root.handle())) != 1 ||
        X509_set_pubkey(cert.get(), intermediateKey.handle()) != 1 ||
        !addExtension(cert.get(), root.handle(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(cert.get(), root.handle(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(cert.get(), root.handle(), NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), root.handle(), NID_authority_key_identifier, "keyid:always") ||
        !addExtension(
            cert.get(), root.handle(), NID_subject_alt_name, "URI:spiffe://" + trustDomain.toUtf8()) ||
        !signWith(cert.get(), rootKey)) {
        return failure(tr("Could not create the intermediate certificate"));
    }
    return Certificate(cert.release());
}

Result<KeyPair> CertificateAuthority::checkRequest(const CertificateRequest& request, const QString& spiffeId)
{
    const QStringList names = request.subjectAltNames();
    const QString expected = QStringLiteral("URI:") + spiffeId;
    if (!names.contains(expected)) {
        return Error{ErrorKind::Refused,
                     tr("The signing request does not name %1 in its subjectAltName (it names: %2).")
                         .arg(spiffeId, names.isEmpty() ? tr("nothing") : names.join(QStringLiteral(", ")))};
    }
    if (names.size() != 1) {
        QStringList extra = names;
        extra.removeAll(expected);
        return Error{ErrorKind::Refused,
                     tr("An SVID carries exactly one SAN, the agent's SPIFFE ID; the signing request also "
                        "asks for: %1.")
                         .arg(extra.join(QStringLiteral(", ")))};
    }
    auto key = request.publicKey();
    if (!key) {
        return Error{ErrorKind::Refused,
                     tr("The signing request's key is not accepted: %1 Use an Ed25519 or ECDSA P-256 key.")
                         .arg(key.error().message)};
    }
    return key;
}

Result<Certificate> CertificateAuthority::issueSvid(const SvidRequest& request,
                                                    const Certificate& issuer,
                                                    const KeyPair& issuerKey)
{
    if (request.ttlSeconds < 60 || request.ttlSeconds > kMaxSvidSeconds) {
        return Error{
            ErrorKind::Refused,
            tr("An SVID may live 1 minute to 24 hours; %1 seconds was asked for.").arg(request.ttlSeconds)};
    }
    const QDateTime until = qMin(request.now.addSecs(request.ttlSeconds), issuer.notAfter());
    X509Handle cert(X509_new());
    QByteArray usage = "clientAuth";
    if (request.serverAuth) {
        usage += ",serverAuth";
    }
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !setRandomSerial(cert.get()) ||
        !setValidity(cert.get(), request.now.addSecs(-60), until) ||
        !setName(X509_get_subject_name(cert.get()),
                 request.spiffeId.section(QLatin1Char('/'), 2, 2),
                 request.agentName) ||
        X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer.handle())) != 1 ||
        X509_set_pubkey(cert.get(), request.subjectKey.handle()) != 1 ||
        !addExtension(cert.get(), issuer.handle(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), issuer.handle(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), issuer.handle(), NID_ext_key_usage, usage) ||
        !addExtension(cert.get(), issuer.handle(), NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), issuer.handle(), NID_authority_key_identifier, "keyid:always") ||
        !addExtension(
            cert.get(), issuer.handle(), NID_subject_alt_name, "critical,URI:" + request.spiffeId.toUtf8()) ||
        !signWith(cert.get(), issuerKey)) {
        return failure(tr("Could not issue the SVID"));
    }
    return Certificate(cert.release());
}

Result<QByteArray> CertificateAuthority::buildCrl(const Certificate& issuer,
                                                  const KeyPair& issuerKey,
                                                  const QList<Revoked>& revoked,
                                                  qint64 crlNumber,
                                                  const QDateTime& now)
{
    X509CrlHandle crl(X509_CRL_new());
    OpenSslHandle<ASN1_TIME, ASN1_TIME_free> thisUpdate(
        ASN1_TIME_set(nullptr, static_cast<time_t>(now.toSecsSinceEpoch())));
    OpenSslHandle<ASN1_TIME, ASN1_TIME_free> nextUpdate(
        ASN1_TIME_set(nullptr, static_cast<time_t>(now.addDays(1).toSecsSinceEpoch())));
    if (!crl || X509_CRL_set_version(crl.get(), 1) != 1 ||
        X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer.handle())) != 1 ||
        X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get()) != 1 ||
        X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()) != 1) {
        return failure(tr("Could not build the CRL"));
    }
    for (const Revoked& entry : revoked) {
        X509_REVOKED* item = X509_REVOKED_new();
        BIGNUM* number = nullptr;
        BN_hex2bn(&number, entry.serialHex.toLatin1().constData());
        ASN1_INTEGER* serial = BN_to_ASN1_INTEGER(number, nullptr);
        ASN1_TIME* when = ASN1_TIME_set(nullptr, static_cast<time_t>(entry.revokedAt.toSecsSinceEpoch()));
        const bool ok = item && serial && when && X509_REVOKED_set_serialNumber(item, serial) == 1 &&
                        X509_REVOKED_set_revocationDate(item, when) == 1 &&
                        X509_CRL_add0_revoked(crl.get(), item) == 1;
        BN_free(number);
        ASN1_INTEGER_free(serial);
        ASN1_TIME_free(when);
        if (!ok) {
            X509_REVOKED_free(item);
            return failure(tr("Could not add a revoked certificate to the CRL"));
        }
    }
    ASN1_INTEGER* number = ASN1_INTEGER_new();
    ASN1_INTEGER_set_int64(number, crlNumber);
    const bool numbered = X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number, 0, 0) == 1;
    ASN1_INTEGER_free(number);
    // RFC 5280 5.2.1: the issuer's key identifier. After a rotation two intermediates share one
    // name; this is how a relying party tells their CRLs apart.
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer.handle(), nullptr, nullptr, crl.get(), 0);
    X509_EXTENSION* keyId =
        X509V3_EXT_conf_nid(nullptr, &context, NID_authority_key_identifier, "keyid:always");
    const bool identified = keyId && X509_CRL_add_ext(crl.get(), keyId, -1) == 1;
    X509_EXTENSION_free(keyId);
    X509_CRL_sort(crl.get());
    if (!numbered || !identified ||
        X509_CRL_sign(crl.get(),
                      issuerKey.handle(),
                      issuerKey.algorithm() == KeyPair::Algorithm::Ed25519 ? nullptr : EVP_sha256()) <= 0) {
        return failure(tr("Could not sign the CRL"));
    }
    unsigned char* der = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &der);
    if (length <= 0) {
        return failure(tr("Could not encode the CRL"));
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray CertificateAuthority::crlDerToPem(const QByteArray& der)
{
    const QByteArray base64 = der.toBase64();
    QByteArray pem = "-----BEGIN X509 CRL-----\n";
    for (qsizetype at = 0; at < base64.size(); at += 64) {
        pem += base64.mid(at, 64) + '\n';
    }
    return pem + "-----END X509 CRL-----\n";
}

Result<QByteArray> CertificateAuthority::pkcs12(const KeyPair& key,
                                                const Certificate& certificate,
                                                const QList<Certificate>& chain,
                                                QByteArrayView passphrase)
{
    std::unique_ptr<STACK_OF(X509), X509StackDeleter> extra(sk_X509_new_null());
    for (const Certificate& issuer : chain) {
        X509_up_ref(issuer.handle());
        sk_X509_push(extra.get(), issuer.handle());
    }
    const QByteArray secret = passphrase.toByteArray();
    const QByteArray name = certificate.uriSans().value(0).toUtf8();
    OpenSslHandle<PKCS12, PKCS12_free> bundle(PKCS12_create(secret.constData(),
                                                            name.constData(),
                                                            key.handle(),
                                                            certificate.handle(),
                                                            extra.get(),
                                                            NID_aes_256_cbc,
                                                            NID_aes_256_cbc,
                                                            100000,
                                                            1,
                                                            0));
    if (!bundle) {
        return failure(tr("Could not build the PKCS#12 bundle"));
    }
    unsigned char* der = nullptr;
    const int length = i2d_PKCS12(bundle.get(), &der);
    if (length <= 0) {
        return failure(tr("Could not encode the PKCS#12 bundle"));
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}
