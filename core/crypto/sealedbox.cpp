// SPDX-License-Identifier: Apache-2.0
#include "sealedbox.h"

#include "digest.h"

#include <openssl/evp.h>

#include <memory>

namespace {
constexpr QByteArrayView kMagic = "SBX1";
constexpr int kSalt = 16;
constexpr int kNonce = 12;
constexpr int kTag = 16;
constexpr qsizetype kHeader = 4 + 3 + kSalt + kNonce;
// Boxes from elsewhere may ask for more work, within reason: up to 2^20 and 1 GiB of memory.
constexpr int kMaxLogN = 20;
constexpr quint64 kMaxMemory = 1024ULL * 1024 * 1024 + 1024 * 1024;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

SecretBytes deriveKey(QByteArrayView passphrase, QByteArrayView salt, int logN, int r, int p)
{
    QByteArray key(32, Qt::Uninitialized);
    if (EVP_PBE_scrypt(passphrase.data(),
                       static_cast<size_t>(passphrase.size()),
                       reinterpret_cast<const unsigned char*>(salt.data()),
                       static_cast<size_t>(salt.size()),
                       quint64(1) << logN,
                       static_cast<quint64>(r),
                       static_cast<quint64>(p),
                       kMaxMemory,
                       reinterpret_cast<unsigned char*>(key.data()),
                       static_cast<size_t>(key.size())) != 1) {
        Digest::scrub(key);
    }
    return SecretBytes(std::move(key));
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}
} // namespace

Result<QByteArray> SealedBox::seal(QByteArrayView plaintext, QByteArrayView passphrase, QByteArrayView aad)
{
    if (plaintext.size() > kMaxPlaintext) {
        return Error{ErrorKind::Invalid, tr("A secret of more than 64 KiB is not sealed.")};
    }
    if (passphrase.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("A secret is not sealed under an empty passphrase.")};
    }
    const QByteArray salt = Digest::randomBytes(kSalt);
    const QByteArray nonce = Digest::randomBytes(kNonce);
    const SecretBytes key = deriveKey(passphrase, salt, kLogN, kR, kP);
    if (salt.size() != kSalt || nonce.size() != kNonce || key.isEmpty()) {
        return Error{ErrorKind::Storage, tr("OpenSSL could not derive a key to seal the secret.")};
    }
    QByteArray box;
    box.reserve(kHeader + plaintext.size() + kTag);
    box.append(kMagic.data(), kMagic.size());
    box.append(char(kLogN)).append(char(kR)).append(char(kP));
    box.append(salt).append(nonce);
    const qsizetype cipherAt = box.size();
    box.resize(cipherAt + plaintext.size() + kTag);
    auto* out = reinterpret_cast<unsigned char*>(box.data() + cipherAt);

    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int written = 0;
    int last = 0;
    const bool sealed =
        context &&
        EVP_EncryptInit_ex2(context.get(), EVP_aes_256_gcm(), bytes(key.view()), bytes(nonce), nullptr) ==
            1 &&
        EVP_EncryptUpdate(context.get(), nullptr, &written, bytes(aad), static_cast<int>(aad.size())) == 1 &&
        EVP_EncryptUpdate(
            context.get(), out, &written, bytes(plaintext), static_cast<int>(plaintext.size())) == 1 &&
        EVP_EncryptFinal_ex(context.get(), out + written, &last) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTag, out + plaintext.size()) == 1;
    if (!sealed) {
        Digest::scrub(box);
        return Error{ErrorKind::Storage, tr("OpenSSL could not seal the secret.")};
    }
    return box;
}

Result<SecretBytes> SealedBox::open(QByteArrayView box, QByteArrayView passphrase, QByteArrayView aad)
{
    const Error unopened{ErrorKind::Refused,
                         tr("The sealed secret does not open: the passphrase is wrong, or the secret was "
                            "changed or moved.")};
    if (box.size() < kHeader + kTag || box.first(4) != kMagic ||
        box.size() > kHeader + kMaxPlaintext + kTag) {
        return Error{ErrorKind::Invalid, tr("This is not a sealed secret that Steward wrote.")};
    }
    const int logN = static_cast<unsigned char>(box.at(4));
    const int r = static_cast<unsigned char>(box.at(5));
    const int p = static_cast<unsigned char>(box.at(6));
    if (logN < 10 || logN > kMaxLogN || r < 1 || r > 32 || p < 1 || p > 16) {
        return Error{ErrorKind::Invalid, tr("The sealed secret asks for key derivation costs out of range.")};
    }
    const QByteArrayView salt = box.sliced(7, kSalt);
    const QByteArrayView nonce = box.sliced(7 + kSalt, kNonce);
    const QByteArrayView cipher = box.sliced(kHeader, box.size() - kHeader - kTag);
    QByteArray tag = box.last(kTag).toByteArray();
    const SecretBytes key = deriveKey(passphrase, salt, logN, r, p);
    if (key.isEmpty()) {
        return Error{ErrorKind::Storage, tr("OpenSSL could not derive the key of the sealed secret.")};
    }
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(plain.data());
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int written = 0;
    int last = 0;
    const bool opened =
        context &&
        EVP_DecryptInit_ex2(context.get(), EVP_aes_256_gcm(), bytes(key.view()), bytes(nonce), nullptr) ==
            1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &written, bytes(aad), static_cast<int>(aad.size())) == 1 &&
        EVP_DecryptUpdate(context.get(), out, &written, bytes(cipher), static_cast<int>(cipher.size())) ==
            1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTag, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(context.get(), out + written, &last) == 1;
    if (!opened) {
        Digest::scrub(plain);
        return unopened;
    }
    return SecretBytes(std::move(plain));
}
