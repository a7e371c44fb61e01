// SPDX-License-Identifier: Apache-2.0
#include "x509.h"

#include "digest.h"
#include "opensslhandle.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace {

QDateTime fromAsn1Time(const ASN1_TIME* time)
{
    struct tm parsed
    {
    };
    if (!time || ASN1_TIME_to_tm(time, &parsed) != 1) {
        return {};
    }
    return QDateTime(QDate(parsed.tm_year + 1900, parsed.tm_mon + 1, parsed.tm_mday),
                     QTime(parsed.tm_hour, parsed.tm_min, parsed.tm_sec),
                     Qt::UTC);
}

QStringList namesOf(GENERAL_NAMES* names)
{
    QStringList out;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        const auto text = [](const ASN1_IA5STRING* s) {
            return QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)),
                                       ASN1_STRING_length(s));
        };
        switch (name->type) {
        case GEN_URI:
            out << QStringLiteral("URI:") + text(name->d.uniformResourceIdentifier);
            break;
        case GEN_DNS:
            out << QStringLiteral("DNS:") + text(name->d.dNSName);
            break;
        case GEN_EMAIL:
            out << QStringLiteral("email:") + text(name->d.rfc822Name);
            break;
        case GEN_IPADD:
            out << QStringLiteral("IP");
            break;
        default:
            out << QStringLiteral("other");
        }
    }
    return out;
}

} // namespace

Certificate::Certificate(X509* adopted)
    : m_cert(adopted, X509_free)
{
}

Result<Certificate> Certificate::fromPem(const QByteArray& pem)
{
    BioHandle bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!cert) {
        OpenSsl::takeErrors();
        return Error{ErrorKind::Invalid, tr("The text is not a PEM certificate.")};
    }
    return Certificate(cert);
}

QByteArray Certificate::toPem() const
{
    BioHandle bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_cert.get());
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length);
}

QByteArray Certificate::toDer() const
{
    unsigned char* der = nullptr;
    const int length = i2d_X509(m_cert.get(), &der);
    if (length <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

QString Certificate::subject() const
{
    BioHandle bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), X509_get_subject_name(m_cert.get()), 0, XN_FLAG_RFC2253);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, length);
}

QString Certificate::serialHex() const
{
    BignumHandle serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr));
    char* hex = BN_bn2hex(serial.get());
    const QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return out;
}

QDateTime Certificate::notBefore() const
{
    return fromAsn1Time(X509_get0_notBefore(m_cert.get()));
}

QDateTime Certificate::notAfter() const
{
    return fromAsn1Time(X509_get0_notAfter(m_cert.get()));
}

QStringList Certificate::uriSans() const
{
    auto* names =
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(m_cert.get(), NID_subject_alt_name, nullptr, nullptr));
    QStringList uris;
    for (const QString& name : namesOf(names)) {
        if (name.startsWith(QStringLiteral("URI:"))) {
            uris << name.mid(4);
        }
    }
    GENERAL_NAMES_free(names);
    return uris;
}

QString Certificate::fingerprint() const
{
    const QByteArray hex = Digest::sha256(toDer()).toHex(':').toUpper();
    return QString::fromLatin1(hex);
}

Result<KeyPair> Certificate::publicKey() const
{
    EVP_PKEY* key = X509_get_pubkey(m_cert.get());
    if (!key) {
        return Error{ErrorKind::Invalid, tr("The certificate carries no public key.")};
    }
    BioHandle bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key);
    EVP_PKEY_free(key);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return KeyPair::fromPublicPem(QByteArray(data, length));
}

bool Certificate::allowsServerAuth() const
{
    // X509_get_extended_key_usage reports every purpose when the extension is absent; an SVID
    // always carries it, so only an explicit serverAuth counts.
    return X509_get_ext_by_NID(m_cert.get(), NID_ext_key_usage, -1) >= 0 &&
           (X509_get_extended_key_usage(m_cert.get()) & XKU_SSL_SERVER) != 0;
}

CertificateRequest::CertificateRequest(X509_REQ* adopted)
    : m_request(adopted, X509_REQ_free)
{
}

Result<CertificateRequest> CertificateRequest::parse(const QByteArray& data)
{
    if (data.size() > kMaxBytes) {
        return Error{ErrorKind::Invalid, tr("The signing request is over %1 bytes.").arg(kMaxBytes)};
    }
    BioHandle bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    X509_REQ* request = data.contains("-----BEGIN")
                            ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr)
                            : d2i_X509_REQ_bio(bio.get(), nullptr);
    if (!request) {
        OpenSsl::takeErrors();
        return Error{ErrorKind::Invalid,
                     tr("The file is not a certificate signing request (PKCS#10, PEM or DER).")};
    }
    CertificateRequest parsed(request);
    EVP_PKEY* key = X509_REQ_get0_pubkey(request);
    if (!key || X509_REQ_verify(request, key) != 1) {
        OpenSsl::takeErrors();
        return Error{ErrorKind::Invalid,
                     tr("The signing request's signature does not verify under its own key.")};
    }
    return parsed;
}

Result<KeyPair> CertificateRequest::publicKey() const
{
    EVP_PKEY* key = X509_REQ_get0_pubkey(m_request.get());
    if (!key) {
        return Error{ErrorKind::Invalid, tr("The signing request carries no public key.")};
    }
    BioHandle bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return KeyPair::fromPublicPem(QByteArray(data, length));
}

QStringList CertificateRequest::subjectAltNames() const
{
    STACK_OF(X509_EXTENSION)* extensions = X509_REQ_get_extensions(m_request.get());
    QStringList names;
    for (int i = 0; extensions && i < sk_X509_EXTENSION_num(extensions); ++i) {
        X509_EXTENSION* extension = sk_X509_EXTENSION_value(extensions, i);
        if (OBJ_obj2nid(X509_EXTENSION_get_object(extension)) == NID_subject_alt_name) {
            auto* parsed = static_cast<GENERAL_NAMES*>(X509V3_EXT_d2i(extension));
            names << namesOf(parsed);
            GENERAL_NAMES_free(parsed);
        }
    }
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    return names;
}
