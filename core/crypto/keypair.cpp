// SPDX-License-Identifier: Apache-2.0
#include "keypair.h"

#include "base64url.h"
#include "canonicaljson.h"
#include "digest.h"
#include "opensslhandle.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

#include <cstring>

namespace {

constexpr int kCoordinate = 32; // P-256 coordinates and scalars, Ed25519 keys: 32 bytes each
constexpr int kSignature = 64;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

QByteArray bignumBytes(const BIGNUM* number)
{
    QByteArray out(kCoordinate, Qt::Uninitialized);
    if (BN_bn2binpad(number, reinterpret_cast<unsigned char*>(out.data()), kCoordinate) != kCoordinate) {
        return {};
    }
    return out;
}

QByteArray ecParameter(EVP_PKEY* key, const char* name)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        return {};
    }
    BignumHandle number(raw);
    return bignumBytes(number.get());
}

Error cryptoError(const QString& what)
{
    const QString details = OpenSsl::takeErrors();
    return Error{ErrorKind::Invalid, details.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, details)};
}

} // namespace

KeyPair::KeyPair(std::shared_ptr<EVP_PKEY> key, Algorithm algorithm, bool isPrivate)
    : m_key(std::move(key))
    , m_algorithm(algorithm)
    , m_private(isPrivate)
{
    // publicJwk() holds exactly the members RFC 7638 requires for these key types.
    m_thumbprint =
        QString::fromLatin1(Base64Url::encode(Digest::sha256(CanonicalJson::serialize(publicJwk()))));
}

Result<KeyPair> KeyPair::adopt(EVP_PKEY* key, bool isPrivate)
{
    std::shared_ptr<EVP_PKEY> owned(key, EVP_PKEY_free);
    if (EVP_PKEY_get_id(key) == EVP_PKEY_ED25519) {
        return KeyPair(owned, Algorithm::Ed25519, isPrivate);
    }
    if (EVP_PKEY_get_id(key) == EVP_PKEY_EC) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) ==
                1 &&
            (qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0)) {
            return KeyPair(owned, Algorithm::P256, isPrivate);
        }
        return Error{
            ErrorKind::Invalid,
            tr("The EC key is on curve %1; only P-256 is accepted.").arg(QString::fromLatin1(group))};
    }
    return Error{ErrorKind::Invalid,
                 tr("The key is of type %1; only Ed25519 and ECDSA P-256 keys are accepted.")
                     .arg(QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_id(key))))};
}

Result<KeyPair> KeyPair::generate(Algorithm algorithm)
{
    EVP_PKEY* key = algorithm == Algorithm::Ed25519 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")
                                                    : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key) {
        return cryptoError(tr("Could not generate a key"));
    }
    return adopt(key, true);
}

Result<KeyPair> KeyPair::fromJwk(const QJsonObject& jwk)
{
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    const QString crv = jwk.value(QStringLiteral("crv")).toString();
    const auto member = [&jwk](const char* name) {
        return Base64Url::decode(jwk.value(QString::fromLatin1(name)).toString().toLatin1())
            .value_or(QByteArray());
    };
    const bool isPrivate = jwk.contains(QStringLiteral("d"));
    if (kty == QStringLiteral("OKP")) {
        if (crv != QStringLiteral("Ed25519")) {
            return Error{ErrorKind::Invalid,
                         tr("The JWK is on curve %1; only Ed25519 is accepted for OKP keys.").arg(crv)};
        }
        const QByteArray x = member("x");
        if (x.size() != kCoordinate) {
            return Error{ErrorKind::Invalid, tr("The Ed25519 JWK's \"x\" is not 32 bytes of base64url.")};
        }
        if (!isPrivate) {
            EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(x), kCoordinate);
            return key ? adopt(key, false)
                       : Result<KeyPair>(cryptoError(tr("The Ed25519 public key is not valid")));
        }
        QByteArray d = member("d");
        EVP_PKEY* key = d.size() == kCoordinate
                            ? EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(d), kCoordinate)
                            : nullptr;
        Digest::scrub(d);
        if (!key) {
            return Error{ErrorKind::Invalid, tr("The Ed25519 JWK's \"d\" is not a valid private key.")};
        }
        auto pair = adopt(key, true);
        // The public half must be the one derived from the private half.
        if (pair &&
            pair->publicJwk().value(QStringLiteral("x")).toString().toLatin1() != Base64Url::encode(x)) {
            return Error{ErrorKind::Invalid, tr("The Ed25519 JWK's \"x\" does not belong to its \"d\".")};
        }
        return pair;
    }
    if (kty == QStringLiteral("EC")) {
        if (crv != QStringLiteral("P-256")) {
            return Error{ErrorKind::Invalid,
                         tr("The JWK is on curve %1; only P-256 is accepted for EC keys.").arg(crv)};
        }
        QByteArray x = member("x");
        QByteArray y = member("y");
        if (x.isEmpty() || y.isEmpty() || x.size() > kCoordinate || y.size() > kCoordinate) {
            return Error{ErrorKind::Invalid,
                         tr("The P-256 JWK's \"x\" and \"y\" must be 32 bytes of base64url each.")};
        }
        // RFC 7518 wants full-width coordinates, but PyJWT before 2.7 (Debian 12's) drops their
        // leading zero bytes; as unsigned integers they are unambiguous, so they are widened here.
        x.prepend(kCoordinate - x.size(), '\0');
        y.prepend(kCoordinate - y.size(), '\0');
        const QByteArray point = QByteArray(1, '\x04') + x + y;
        ParamBuildHandle build(OSSL_PARAM_BLD_new());
        OSSL_PARAM_BLD_push_utf8_string(build.get(), OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0);
        OSSL_PARAM_BLD_push_octet_string(
            build.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), static_cast<size_t>(point.size()));
        QByteArray d = isPrivate ? member("d") : QByteArray();
        BignumHandle scalar;
        if (isPrivate) {
            if (d.size() != kCoordinate) {
                Digest::scrub(d);
                return Error{ErrorKind::Invalid, tr("The P-256 JWK's \"d\" is not 32 bytes of base64url.")};
            }
            scalar.reset(BN_secure_new());
            BN_bin2bn(bytes(d), kCoordinate, scalar.get());
            Digest::scrub(d);
            OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_PRIV_KEY, scalar.get());
        }
        ParamHandle params(OSSL_PARAM_BLD_to_param(build.get()));
        EvpPkeyCtxHandle context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
        EVP_PKEY* key = nullptr;
        if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
            EVP_PKEY_fromdata(
                context.get(), &key, isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
            return cryptoError(tr("The P-256 JWK is not a valid key"));
        }
        // fromdata does not check that the point is on the curve; a check context does.
        EvpPkeyCtxHandle check(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
        if (!check ||
            (isPrivate ? EVP_PKEY_pairwise_check(check.get()) : EVP_PKEY_public_check(check.get())) != 1) {
            EVP_PKEY_free(key);
            return cryptoError(
                tr("The P-256 JWK's point is not on the curve or does not match its private key"));
        }
        return adopt(key, isPrivate);
    }
    return Error{ErrorKind::Invalid,
                 tr("The JWK's key type \"%1\" is not accepted; use OKP (Ed25519) or EC (P-256).").arg(kty)};
}

Result<KeyPair> KeyPair::fromEncryptedPem(const QByteArray& pem, QByteArrayView passphrase)
{
    // A key at rest is always encrypted; a plain one is refused rather than silently accepted.
    if (!pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        return Error{ErrorKind::Refused,
                     tr("The private key is not encrypted; Steward only reads encrypted PKCS#8 keys.")};
    }
    BioHandle bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    // The passphrase goes to OpenSSL through the callback argument, never through a copy of ours.
    QByteArray secret = passphrase.toByteArray();
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, secret.data());
    Digest::scrub(secret);
    if (!key) {
        OpenSsl::takeErrors();
        return Error{
            ErrorKind::Refused,
            tr("The private key could not be unlocked: the passphrase is wrong or the file is damaged.")};
    }
    return adopt(key, true);
}

Result<KeyPair> KeyPair::fromPublicPem(const QByteArray& pem)
{
    BioHandle bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!key) {
        return cryptoError(tr("The public key PEM could not be read"));
    }
    return adopt(key, false);
}

QString KeyPair::jwsAlgorithm() const
{
    return m_algorithm == Algorithm::Ed25519 ? QStringLiteral("EdDSA") : QStringLiteral("ES256");
}

Result<QByteArray> KeyPair::sign(QByteArrayView data) const
{
    if (!m_private) {
        return Error{ErrorKind::Invalid, tr("A public key cannot sign.")};
    }
    EvpMdCtxHandle context(EVP_MD_CTX_new());
    const EVP_MD* digest = m_algorithm == Algorithm::Ed25519 ? nullptr : EVP_sha256();
    // Large enough for either form (64 bytes Ed25519, at most 72 bytes DER ECDSA P-256), so the
    // size query that would double the calls into OpenSSL is not needed.
    unsigned char buffer[128];
    size_t length = sizeof buffer;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, digest, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), buffer, &length, bytes(data), static_cast<size_t>(data.size())) != 1) {
        return cryptoError(tr("Could not sign"));
    }
    if (m_algorithm == Algorithm::Ed25519) {
        return QByteArray(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(length));
    }
    // OpenSSL writes ECDSA signatures in DER, SEQUENCE { INTEGER r, INTEGER s }; JOSE wants R||S,
    // each left-padded to 32 bytes. The input is OpenSSL's own output, read strictly all the same.
    const auto* p = buffer;
    const auto* const end = buffer + length;
    QByteArray raw(2 * kCoordinate, '\0');
    if (end - p < 2 || p[0] != 0x30 || p[1] != end - p - 2) {
        return cryptoError(tr("Could not sign"));
    }
    p += 2;
    for (int part = 0; part < 2; ++part) {
        if (end - p < 2 || p[0] != 0x02 || p[1] > end - p - 2) {
            return cryptoError(tr("Could not sign"));
        }
        int size = p[1];
        p += 2;
        const unsigned char* value = p;
        p += size;
        while (size > 0 && *value == 0) { // the sign-padding zero
            ++value;
            --size;
        }
        if (size > kCoordinate) {
            return cryptoError(tr("Could not sign"));
        }
        std::memcpy(raw.data() + part * kCoordinate + (kCoordinate - size), value, static_cast<size_t>(size));
    }
    return raw;
}

bool KeyPair::verify(QByteArrayView data, QByteArrayView signature) const
{
    if (signature.size() != kSignature) {
        return false; // includes DER-encoded ECDSA signatures, which JOSE does not allow
    }
    QByteArray wire = signature.toByteArray();
    if (m_algorithm == Algorithm::P256) {
        EcdsaSigHandle ecdsa(ECDSA_SIG_new());
        BIGNUM* r = BN_bin2bn(bytes(signature), kCoordinate, nullptr);
        BIGNUM* s = BN_bin2bn(bytes(signature) + kCoordinate, kCoordinate, nullptr);
        if (!ecdsa || !r || !s || ECDSA_SIG_set0(ecdsa.get(), r, s) != 1) {
            BN_free(r);
            BN_free(s);
            return false;
        }
        unsigned char* der = nullptr;
        const int length = i2d_ECDSA_SIG(ecdsa.get(), &der);
        if (length <= 0) {
            return false;
        }
        wire = QByteArray(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
    }
    EvpMdCtxHandle context(EVP_MD_CTX_new());
    const EVP_MD* digest = m_algorithm == Algorithm::Ed25519 ? nullptr : EVP_sha256();
    const bool valid = context &&
                       EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, m_key.get()) == 1 &&
                       EVP_DigestVerify(context.get(),
                                        bytes(wire),
                                        static_cast<size_t>(wire.size()),
                                        bytes(data),
                                        static_cast<size_t>(data.size())) == 1;
    OpenSsl::takeErrors();
    return valid;
}

QJsonObject KeyPair::publicJwk() const
{
    if (m_algorithm == Algorithm::Ed25519) {
        QByteArray x(kCoordinate, Qt::Uninitialized);
        size_t length = kCoordinate;
        EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(x.data()), &length);
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                           {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                           {QStringLiteral("x"), QString::fromLatin1(Base64Url::encode(x))}};
    }
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("EC")},
        {QStringLiteral("crv"), QStringLiteral("P-256")},
        {QStringLiteral("x"),
         QString::fromLatin1(Base64Url::encode(ecParameter(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X)))},
        {QStringLiteral("y"),
         QString::fromLatin1(Base64Url::encode(ecParameter(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y)))}};
}

Result<QByteArray> KeyPair::toEncryptedPem(QByteArrayView passphrase) const
{
    if (!m_private) {
        return Error{ErrorKind::Invalid, tr("A public key has no private part to encrypt.")};
    }
    if (passphrase.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("A private key is never stored without a passphrase.")};
    }
    Pkcs8InfoHandle info(EVP_PKEY2PKCS8(m_key.get()));
    X509AlgorHandle pbe(
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, kScryptN, kScryptR, kScryptP));
    if (!info || !pbe) {
        return cryptoError(tr("Could not prepare the key for encryption"));
    }
    X509SigHandle encrypted(
        PKCS8_set0_pbe(passphrase.data(), static_cast<int>(passphrase.size()), info.get(), pbe.get()));
    if (!encrypted) {
        return cryptoError(tr("Could not encrypt the private key"));
    }
    pbe.release(); // owned by the encrypted structure now
    BioHandle bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1) {
        return cryptoError(tr("Could not write the encrypted private key"));
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length);
}

QByteArray KeyPair::toPublicPem() const
{
    BioHandle bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length);
}
