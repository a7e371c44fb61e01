// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <QString>

#include <memory>

// Owning handles for OpenSSL objects: every object is freed by its own free function, on every path.
template<typename T, void (*Free)(T*)>
struct OpenSslDeleter
{
    void operator()(T* object) const { Free(object); }
};

template<typename T, void (*Free)(T*)>
using OpenSslHandle = std::unique_ptr<T, OpenSslDeleter<T, Free>>;

using EvpPkeyHandle = OpenSslHandle<EVP_PKEY, EVP_PKEY_free>;
using EvpPkeyCtxHandle = OpenSslHandle<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using EvpMdCtxHandle = OpenSslHandle<EVP_MD_CTX, EVP_MD_CTX_free>;
using BioHandle = OpenSslHandle<BIO, BIO_free_all>;
using BignumHandle = OpenSslHandle<BIGNUM, BN_free>;
using EcdsaSigHandle = OpenSslHandle<ECDSA_SIG, ECDSA_SIG_free>;
using ParamBuildHandle = OpenSslHandle<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>;
using ParamHandle = OpenSslHandle<OSSL_PARAM, OSSL_PARAM_free>;
using X509SigHandle = OpenSslHandle<X509_SIG, X509_SIG_free>;
using Pkcs8InfoHandle = OpenSslHandle<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;
using X509AlgorHandle = OpenSslHandle<X509_ALGOR, X509_ALGOR_free>;

namespace OpenSsl {
// The queued OpenSSL error messages, oldest first, and clears the queue. Never includes key material.
QString takeErrors();
} // namespace OpenSsl
