// SPDX-License-Identifier: Apache-2.0
#include "cryptoselftest.h"

#include "base64url.h"
#include "canonicaljson.h"
#include "digest.h"
#include "keypair.h"

#include <QJsonDocument>

namespace {

// RFC 8037 Appendix A: the Ed25519 key, its thumbprint and the signature of A.4.
const char kEd25519Jwk[] =
    R"({"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})";
const char kEd25519Thumbprint[] = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
const char kEd25519Input[] = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
const char kEd25519Signature[] =
    "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

// RFC 7515 Appendix A.3: an ES256 JWS and its key.
const char kP256Jwk[] =
    R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"})";
const char kP256Input[] =
    "eyJhbGciOiJFUzI1NiJ9."
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const char kP256Signature[] =
    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

Status failed(const char* what)
{
    return Error{
        ErrorKind::Storage,
        CryptoSelfTest::tr("The cryptographic self-test failed (%1). Steward issues nothing until the "
                           "OpenSSL installation is repaired.")
            .arg(QString::fromLatin1(what))};
}

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

Status CryptoSelfTest::run()
{
    // FIPS 180-2 "abc".
    if (Digest::sha256("abc").toHex() != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") {
        return failed("SHA-256");
    }
    if (Base64Url::encode("\xfb\xff") != "-_8" || Base64Url::decode("-_8") != QByteArray("\xfb\xff")) {
        return failed("base64url");
    }
    if (CanonicalJson::serialize(
            QJsonDocument::fromJson(R"({"b":[1e21,0.000001,-0.0,"\u20ac\n"],"a":true})").object()) !=
        QByteArray("{\"a\":true,\"b\":[1e+21,0.000001,0,\"\xe2\x82\xac\\n\"]}")) {
        return failed("canonical JSON");
    }
    if (Digest::randomBytes(32).size() != 32 || !Digest::constantTimeEquals("same", "same") ||
        Digest::constantTimeEquals("same", "sane")) {
        return failed("random bytes");
    }

    auto ed25519 = KeyPair::fromJwk(object(kEd25519Jwk));
    if (!ed25519 || ed25519->thumbprint() != QLatin1String(kEd25519Thumbprint)) {
        return failed("Ed25519 key and thumbprint");
    }
    // Ed25519 is deterministic: the signature must be the RFC's, byte for byte.
    auto signature = ed25519->sign(kEd25519Input);
    if (!signature || Base64Url::encode(signature.value()) != kEd25519Signature ||
        !ed25519->verify(kEd25519Input, signature.value()) ||
        ed25519->verify(QByteArray(QByteArray(kEd25519Input) + "x"), signature.value())) {
        return failed("Ed25519 signature");
    }

    auto p256 = KeyPair::fromJwk(object(kP256Jwk));
    const auto knownSignature = Base64Url::decode(kP256Signature);
    if (!p256 || !knownSignature || !p256->verify(kP256Input, *knownSignature)) {
        return failed("ES256 verification");
    }
    auto fresh = p256->sign(kP256Input);
    if (!fresh || fresh->size() != 64 || !p256->verify(kP256Input, fresh.value())) {
        return failed("ES256 signature");
    }
    return {};
}

const Status& CryptoSelfTest::once()
{
    static const Status result = run();
    return result;
}
