// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keypair.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <memory>

typedef struct x509_st X509;
typedef struct X509_req_st X509_REQ;

// An X.509 certificate (shared, immutable once made).
class Certificate final
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    static Result<Certificate> fromPem(const QByteArray& pem);
    QByteArray toPem() const;
    QByteArray toDer() const;

    QString subject() const;   // RFC 2253 form
    QString serialHex() const; // upper-case hex, as openssl prints it
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    QStringList uriSans() const;
    QString fingerprint() const; // SHA-256 of the DER, hex with colons
    Result<KeyPair> publicKey() const;
    bool allowsServerAuth() const;

    X509* handle() const { return m_cert.get(); }
    explicit Certificate(X509* adopted);

private:
    std::shared_ptr<X509> m_cert;
};

// A certificate signing request, checked for its self-signature when read.
class CertificateRequest final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)

public:
    static constexpr qsizetype kMaxBytes = 16 * 1024;

    // PEM or DER. Refuses a request whose signature does not verify under its own key.
    static Result<CertificateRequest> parse(const QByteArray& data);
    Result<KeyPair> publicKey() const;
    // Every subjectAltName entry, as "URI:…", "DNS:…", "email:…", "IP:…" or "other".
    QStringList subjectAltNames() const;

    X509_REQ* handle() const { return m_request.get(); }

private:
    explicit CertificateRequest(X509_REQ* adopted);
    std::shared_ptr<X509_REQ> m_request;
};
