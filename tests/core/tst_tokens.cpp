// SPDX-License-Identifier: Apache-2.0
// Minting and verifying tokens: every refusal reason, the RFC 7515 examples, and interop with
// PyJWT (Debian's python3-jwt) in both directions.
#include "crypto/base64url.h"
#include "crypto/canonicaljson.h"
#include "crypto/keypair.h"
#include "identity/jws.h"
#include "identity/keyset.h"
#include "identity/tokenissuer.h"
#include "identity/tokenverifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestTokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mintsAndVerifies_data();
    void mintsAndVerifies();
    void mintRefusals();
    void timeWindowWithLeeway();
    void refusals_data();
    void refusals();
    void revocationHook();
    void rfc7515Examples();
    void jwksRoundTrip();
    void pyjwtVerifiesOurTokens_data();
    void pyjwtVerifiesOurTokens();
    void weVerifyPyjwtTokens_data();
    void weVerifyPyjwtTokens();

private:
    TokenIssuer::Request request() const;
    TokenVerifier::Options options() const;
    static QByteArray tamper(const QByteArray& token, int part, const QByteArray& json);
    static QByteArray python(const QString& script, const QStringList& args, int* exitCode);

    QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    std::optional<KeyPair> m_ed;
    std::optional<KeyPair> m_ec;
    KeySet m_keys;
};

void TestTokens::initTestCase()
{
    m_ed = KeyPair::generate(KeyPair::Algorithm::Ed25519).value();
    m_ec = KeyPair::generate(KeyPair::Algorithm::P256).value();
    m_keys.add(*m_ed);
    m_keys.add(*m_ec);
}

TokenIssuer::Request TestTokens::request() const
{
    TokenIssuer::Request r;
    r.issuer = QStringLiteral("acme.example");
    r.subject = QStringLiteral("spiffe://acme.example/agent/refund-triage");
    r.audience = QStringLiteral("payments-api");
    r.scope = {QStringLiteral("read s3://refunds/**"),
               QStringLiteral("execute mcp://stripe/refund sensitive")};
    r.task = QStringLiteral("TASK-42");
    r.now = m_now;
    return r;
}

TokenVerifier::Options TestTokens::options() const
{
    TokenVerifier::Options o;
    o.issuer = QStringLiteral("acme.example");
    o.audience = QStringLiteral("payments-api");
    o.now = m_now.addSecs(30);
    return o;
}

QByteArray TestTokens::tamper(const QByteArray& token, int part, const QByteArray& json)
{
    QList<QByteArray> parts = token.split('.');
    parts[part] = Base64Url::encode(json);
    return parts.join('.');
}

void TestTokens::mintsAndVerifies_data()
{
    QTest::addColumn<bool>("ed25519");
    QTest::newRow("EdDSA") << true;
    QTest::newRow("ES256") << false;
}

void TestTokens::mintsAndVerifies()
{
    QFETCH(bool, ed25519);
    const KeyPair& key = ed25519 ? *m_ed : *m_ec;
    TokenIssuer::Request r = request();
    r.actor = QStringLiteral("ann@example.com");
    auto token = TokenIssuer::mint(r, key, TokenIssuer::kDefaultTtlSeconds);
    QVERIFY(token);
    QCOMPARE(token->expiresAt, m_now.addSecs(900));
    QCOMPARE(token->kid, key.thumbprint());
    QCOMPARE(token->jti.size(), 22);
    const auto outcome = TokenVerifier::verify(token->compact, m_keys, options());
    QVERIFY2(outcome.accepted, qPrintable(outcome.reason + QLatin1Char(' ') + outcome.detail));
    QCOMPARE(outcome.header.value(QStringLiteral("alg")).toString(), key.jwsAlgorithm());
    QCOMPARE(outcome.header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    const QJsonObject& c = outcome.claims;
    QCOMPARE(c.value(QStringLiteral("sub")).toString(), r.subject);
    QCOMPARE(c.value(QStringLiteral("task")).toString(), QStringLiteral("TASK-42"));
    QCOMPARE(c.value(QStringLiteral("scope")).toArray().size(), 2);
    QCOMPARE(c.value(QStringLiteral("act")).toObject().value(QStringLiteral("sub")).toString(),
             QStringLiteral("ann@example.com"));
    QCOMPARE(c.value(QStringLiteral("jti")).toString(), token->jti);
    // Header and claims are RFC 8785 canonical JSON, byte for byte.
    const QList<QByteArray> parts = token->compact.split('.');
    for (int part = 0; part < 2; ++part) {
        const QByteArray json = *Base64Url::decode(parts.at(part));
        QCOMPARE(json, CanonicalJson::serialize(QJsonDocument::fromJson(json).object()));
    }
    // Two tokens for the same request differ in their jti, and none starts with what a command
    // line would take for an option (one in 32 would without care).
    QSet<QString> ids{token->jti};
    for (int i = 0; i < 400; ++i) {
        const QString jti = TokenIssuer::mint(r, key, 900)->jti;
        QVERIFY(jti.front().isLetterOrNumber());
        ids.insert(jti);
    }
    QCOMPARE(ids.size(), 401);
}

void TestTokens::mintRefusals()
{
    TokenIssuer::Request r = request();
    r.ttlSeconds = 901;
    auto tooLong = TokenIssuer::mint(r, *m_ed, 900);
    QVERIFY(!tooLong);
    QVERIFY(tooLong.error().message.contains(QStringLiteral("1 to 900 seconds")));
    r.ttlSeconds = 7200;
    QVERIFY(!TokenIssuer::mint(r, *m_ed, 100000)); // never above an hour, whatever the setting
    r.ttlSeconds = 3600;
    QVERIFY(TokenIssuer::mint(r, *m_ed, 100000));
    r.ttlSeconds = 0;
    QVERIFY(!TokenIssuer::mint(r, *m_ed, 900));
    r = request();
    r.audience.clear();
    QVERIFY(!TokenIssuer::mint(r, *m_ed, 900));
    const KeyPair publicOnly = KeyPair::fromJwk(m_ed->publicJwk()).value();
    QVERIFY(!TokenIssuer::mint(request(), publicOnly, 900));
}

void TestTokens::timeWindowWithLeeway()
{
    const QByteArray token = TokenIssuer::mint(request(), *m_ed, 900)->compact;
    TokenVerifier::Options o = options();
    o.now = m_now.addSecs(900 + 60); // exp + the full leeway: still accepted
    QVERIFY(TokenVerifier::verify(token, m_keys, o).accepted);
    o.now = m_now.addSecs(900 + 61);
    QCOMPARE(TokenVerifier::verify(token, m_keys, o).reason, QStringLiteral("expired"));
    o.now = m_now.addSecs(-60);
    QVERIFY(TokenVerifier::verify(token, m_keys, o).accepted);
    o.now = m_now.addSecs(-61);
    QCOMPARE(TokenVerifier::verify(token, m_keys, o).reason, QStringLiteral("not_yet_valid"));
    o.now = m_now.addSecs(900 + 70);
    o.leewaySeconds = 3600; // a caller cannot stretch the leeway past 60 seconds
    QCOMPARE(TokenVerifier::verify(token, m_keys, o).reason, QStringLiteral("expired"));
}

void TestTokens::refusals_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("reason");
    const QByteArray good = TokenIssuer::mint(request(), *m_ed, 900)->compact;
    const QByteArray goodEc = TokenIssuer::mint(request(), *m_ec, 900)->compact;
    const QList<QByteArray> parts = good.split('.');
    const QByteArray header = *Base64Url::decode(parts.at(0));
    const QByteArray claims = *Base64Url::decode(parts.at(1));
    const QString kid = m_ed->thumbprint();

    QTest::newRow("truncated") << good.left(good.size() - 10) << "bad_signature";
    QTest::newRow("two parts") << parts.at(0) + '.' + parts.at(1) << "malformed";
    QTest::newRow("not base64url") << QByteArray("e30.e30.@@@") << "malformed";
    QTest::newRow("header not JSON") << tamper(good, 0, "not json") << "malformed";
    QTest::newRow("too large") << QByteArray(Jws::kMaxTokenBytes + 1, 'a') << "too_large";
    QTest::newRow("swapped payload") << tamper(good,
                                               1,
                                               QByteArray(claims).replace("refund-triage", "payout-bot"))
                                     << "bad_signature";
    QTest::newRow("signature of another token")
        << parts.at(0) + '.' + parts.at(1) + '.' + goodEc.split('.').at(2) << "bad_signature";
    QTest::newRow("alg none") << Base64Url::encode(
                                     QByteArray(R"({"alg":"none","kid":")" + kid.toLatin1() + R"("})")) +
                                     '.' + parts.at(1) + '.'
                              << "alg_not_allowed";
    QTest::newRow("HS256") << tamper(good, 0, R"({"alg":"HS256","kid":")" + kid.toLatin1() + R"("})")
                           << "alg_not_allowed";
    QTest::newRow("RS256") << tamper(good, 0, R"({"alg":"RS256","kid":")" + kid.toLatin1() + R"("})")
                           << "alg_not_allowed";
    QTest::newRow("ES256 header on an EdDSA key")
        << tamper(good, 0, R"({"alg":"ES256","kid":")" + kid.toLatin1() + R"("})") << "alg_not_allowed";
    QTest::newRow("unknown kid") << tamper(good, 0, R"({"alg":"EdDSA","kid":"nobody"})") << "unknown_kid";
    QTest::newRow("crit") << tamper(good, 0, QByteArray(header).replace("{", R"({"crit":["exp"],)"))
                          << "crit_unsupported";
    // An ES256 signature in DER instead of raw R||S.
    {
        const QByteArray raw = *Base64Url::decode(goodEc.split('.').at(2));
        QByteArray der = "\x30\x44\x02\x20" + raw.left(32) + "\x02\x20" + raw.mid(32);
        if (static_cast<unsigned char>(raw.at(0)) >= 0x80 || static_cast<unsigned char>(raw.at(32)) >= 0x80) {
            der = "\x30" + QByteArray(1, char(0x44 + (raw.at(0) < 0 ? 1 : 0) + (raw.at(32) < 0 ? 1 : 0)));
            der += QByteArray("\x02") + char(raw.at(0) < 0 ? 0x21 : 0x20) +
                   (raw.at(0) < 0 ? QByteArray(1, '\0') : QByteArray()) + raw.left(32);
            der += QByteArray("\x02") + char(raw.at(32) < 0 ? 0x21 : 0x20) +
                   (raw.at(32) < 0 ? QByteArray(1, '\0') : QByteArray()) + raw.mid(32);
        }
        const QList<QByteArray> ecParts = goodEc.split('.');
        QTest::newRow("ES256 signature in DER")
            << ecParts.at(0) + '.' + ecParts.at(1) + '.' + Base64Url::encode(der) << "bad_signature";
    }
}

void TestTokens::refusals()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, reason);
    const auto outcome = TokenVerifier::verify(token, m_keys, options());
    QVERIFY(!outcome.accepted);
    QCOMPARE(outcome.reason, reason);
    QVERIFY(!outcome.detail.isEmpty());
}

void TestTokens::revocationHook()
{
    const auto token = TokenIssuer::mint(request(), *m_ed, 900).value();
    TokenVerifier::Options o = options();
    o.revocation = [&token](const QJsonObject& claims) {
        return claims.value(QStringLiteral("jti")).toString() == token.jti
                   ? TokenVerifier::Refusal{QStringLiteral("revoked"), {}}
                   : TokenVerifier::Refusal{};
    };
    QCOMPARE(TokenVerifier::verify(token.compact, m_keys, o).reason, QStringLiteral("revoked"));
    o.issuer = QStringLiteral("other.example");
    QCOMPARE(TokenVerifier::verify(token.compact, m_keys, o).reason, QStringLiteral("wrong_issuer"));
    o = options();
    o.audience = QStringLiteral("another-api");
    QCOMPARE(TokenVerifier::verify(token.compact, m_keys, o).reason, QStringLiteral("wrong_audience"));
    o.audience.clear();
    QCOMPARE(TokenVerifier::verify(token.compact, m_keys, o).reason, QStringLiteral("wrong_audience"));
}

void TestTokens::rfc7515Examples()
{
    const auto read = [](const char* name) {
        QFile file(QStringLiteral(STEWARD_TEST_DATA_DIR "/jose/") + QString::fromLatin1(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    };
    KeySet keys;
    keys.add(KeyPair::fromJwk(QJsonDocument::fromJson(read("rfc7515_A.3.jwk")).object()).value());
    TokenVerifier::Options o;
    o.audience = QStringLiteral("anyone");
    o.now = QDateTime::fromSecsSinceEpoch(1300819380 - 100, Qt::UTC); // pinned before its exp
    // A.3 (ES256, no kid, no aud): signature, algorithm and time pass; it names no audience.
    const auto a3 = TokenVerifier::verify(read("rfc7515_A.3.jwsc"), keys, o);
    QCOMPARE(a3.reason, QStringLiteral("wrong_audience"));
    QCOMPARE(a3.claims.value(QStringLiteral("iss")).toString(), QStringLiteral("joe"));
    o.now = QDateTime::currentDateTimeUtc();
    QCOMPARE(TokenVerifier::verify(read("rfc7515_A.3.jwsc"), keys, o).reason, QStringLiteral("expired"));
    QCOMPARE(TokenVerifier::verify(read("rfc7515_A.1.jwsc"), keys, o).reason,
             QStringLiteral("alg_not_allowed"));
    QCOMPARE(TokenVerifier::verify(read("rfc7515_A.5.jwsc"), keys, o).reason,
             QStringLiteral("alg_not_allowed"));
}

void TestTokens::jwksRoundTrip()
{
    const QByteArray jwks = QJsonDocument(m_keys.toJwks()).toJson();
    auto parsed = KeySet::fromJwks(jwks);
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    QVERIFY(parsed->find(m_ed->thumbprint()));
    QCOMPARE(parsed->find(m_ec->thumbprint())->jwsAlgorithm(), QStringLiteral("ES256"));
    QVERIFY(!KeySet::fromJwks("{}"));
    QVERIFY(!KeySet::fromJwks(R"({"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]})"));
    QVERIFY(!KeySet::fromJwks(QByteArray(KeySet::kMaxJwksBytes + 1, ' ')));
    // A private member in a published set is dropped, never used.
    QJsonObject withPrivate = KeyPair::fromJwk(m_ed->publicJwk()).value().publicJwk();
    withPrivate.insert(QStringLiteral("d"), QStringLiteral("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"));
    auto set = KeySet::fromJwks(
        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{withPrivate}}}).toJson());
    QVERIFY(set);
    QVERIFY(!set->only()->hasPrivateKey());
}

QByteArray TestTokens::python(const QString& script, const QStringList& args, int* exitCode)
{
    QProcess process;
    // Debian's interpreter, where python3-jwt lives; the first python3 on PATH may be another.
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + args);
    process.waitForFinished(60000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput() + process.readAllStandardError();
}

void TestTokens::pyjwtVerifiesOurTokens_data()
{
    mintsAndVerifies_data();
}

void TestTokens::pyjwtVerifiesOurTokens()
{
    QFETCH(bool, ed25519);
    TokenIssuer::Request r = request();
    r.now = QDateTime::currentDateTimeUtc();
    const auto token = TokenIssuer::mint(r, ed25519 ? *m_ed : *m_ec, 900).value();
    const QString script = QStringLiteral(R"PY(
import json, sys, jwt
token, jwks = sys.argv[1], json.loads(sys.argv[2])
kid = jwt.get_unverified_header(token)["kid"]
jwk = next(k for k in jwks["keys"] if k["kid"] == kid)
claims = jwt.decode(token, jwt.PyJWK(jwk).key, algorithms=[jwk["alg"]], audience="payments-api", issuer="acme.example")
print(claims["sub"], claims["jti"])
)PY");
    int exitCode = 0;
    const QByteArray out = python(
        script,
        {QString::fromLatin1(token.compact), QString::fromUtf8(QJsonDocument(m_keys.toJwks()).toJson())},
        &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    QCOMPARE(out.trimmed(), (r.subject + QLatin1Char(' ') + token.jti).toUtf8());
}

void TestTokens::weVerifyPyjwtTokens_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("EdDSA") << QStringLiteral("EdDSA");
    QTest::newRow("ES256") << QStringLiteral("ES256");
}

void TestTokens::weVerifyPyjwtTokens()
{
    QFETCH(QString, algorithm);
    const QString script = QStringLiteral(R"PY(
import json, sys, time, jwt
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
alg = sys.argv[1]
private = ed25519.Ed25519PrivateKey.generate() if alg == "EdDSA" else ec.generate_private_key(ec.SECP256R1())
jwk = json.loads((jwt.algorithms.OKPAlgorithm if alg == "EdDSA" else jwt.algorithms.ECAlgorithm).to_jwk(private.public_key()))
jwk["kid"] = "pyjwt-key"
now = int(time.time())
token = jwt.encode({"iss": "elsewhere.example", "sub": "spiffe://elsewhere.example/agent/x", "aud": "payments-api",
                    "iat": now, "exp": now + 300, "jti": "py-1"}, private, algorithm=alg, headers={"kid": "pyjwt-key"})
print(json.dumps({"token": token, "jwks": {"keys": [jwk]}}))
)PY");
    int exitCode = 0;
    const QByteArray out = python(script, {algorithm}, &exitCode);
    QVERIFY2(exitCode == 0, out.constData());
    const QJsonObject made = QJsonDocument::fromJson(out).object();
    auto keys = KeySet::fromJwks(QJsonDocument(made.value(QStringLiteral("jwks")).toObject()).toJson());
    QVERIFY2(keys, keys ? "" : qPrintable(keys.error().message));
    TokenVerifier::Options o;
    o.issuer = QStringLiteral("elsewhere.example");
    o.audience = QStringLiteral("payments-api");
    o.now = QDateTime::currentDateTimeUtc();
    const QByteArray token = made.value(QStringLiteral("token")).toString().toLatin1();
    const auto outcome = TokenVerifier::verify(token, keys.value(), o);
    QVERIFY2(outcome.accepted, qPrintable(outcome.reason + QLatin1Char(' ') + outcome.detail));
    QCOMPARE(outcome.claims.value(QStringLiteral("jti")).toString(), QStringLiteral("py-1"));
    QCOMPARE(TokenVerifier::verify(
                 tamper(token, 1, R"({"exp":9999999999,"aud":"payments-api","iss":"elsewhere.example"})"),
                 keys.value(),
                 o)
                 .reason,
             QStringLiteral("bad_signature"));
}

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
