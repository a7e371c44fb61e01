// SPDX-License-Identifier: Apache-2.0
#include "oauth2clientcredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {
// RFC 6749 §2.3.1: each part is form-encoded before the two are joined for Basic.
QByteArray formEncoded(const QString& text)
{
    return QUrl::toPercentEncoding(text).replace("%20", "+");
}

// A server's error text is shown to a person: printable and short.
QString shown(const QString& text)
{
    QString cut = text.left(300);
    for (QChar& c : cut) {
        if (!c.isPrint()) {
            c = u' ';
        }
    }
    return cut;
}
} // namespace

OAuth2ClientCredentials::OAuth2ClientCredentials(QNetworkAccessManager* manager, QObject* parent)
    : QAbstractOAuth2(manager, parent)
{
}

bool OAuth2ClientCredentials::expired() const
{
    return token().isEmpty() || !m_expiresAt.isValid() ||
           QDateTime::currentDateTimeUtc().addSecs(60) >= m_expiresAt;
}

void OAuth2ClientCredentials::fail(const QString& code, const QString& description)
{
    m_lastError = description;
    setStatus(Status::NotAuthenticated);
    Q_EMIT error(code, description, m_tokenUrl);
    Q_EMIT grantFinished(false);
}

void OAuth2ClientCredentials::grant()
{
    if (status() == Status::Granted) {
        setStatus(Status::RefreshingToken);
    }
    QNetworkRequest request(m_tokenUrl);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QByteArray basic = formEncoded(clientIdentifier()) + ':' + formEncoded(clientIdentifierSharedKey());
    request.setRawHeader("Authorization", "Basic " + basic.toBase64());
    basic.fill('\0');
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!scope().isEmpty()) {
        form.addQueryItem(QStringLiteral("scope"), scope());
    }
    QNetworkReply* reply =
        networkAccessManager()->post(request, form.query(QUrl::FullyEncoded).toUtf8().replace("%20", "+"));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxResponseBytes) {
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_lastStatus = status;
        const QByteArray body = reply->read(kMaxResponseBytes + 1);
        if (reply->error() == QNetworkReply::OperationCanceledError || body.size() > kMaxResponseBytes) {
            fail(QStringLiteral("too_large"), tr("The token endpoint's answer is larger than 64 KiB."));
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        if (status != 200) {
            // RFC 6749 §5.2: error and error_description say why the client was refused.
            const QString code = answer.value(QStringLiteral("error")).toString();
            const QString why = answer.value(QStringLiteral("error_description")).toString();
            if (status == 0) {
                fail(QStringLiteral("network"),
                     tr("The token endpoint could not be reached: %1").arg(reply->errorString()));
            } else {
                fail(code.isEmpty() ? QStringLiteral("http_%1").arg(status) : code,
                     tr("The token endpoint refused the client (HTTP %1%2%3).")
                         .arg(status)
                         .arg(code.isEmpty() ? QString() : QStringLiteral(", ") + shown(code),
                              why.isEmpty() ? QString() : QStringLiteral(": ") + shown(why)));
            }
            return;
        }
        const QString accessToken = answer.value(QStringLiteral("access_token")).toString();
        const QString type = answer.value(QStringLiteral("token_type")).toString();
        if (accessToken.isEmpty() || type.compare(QStringLiteral("bearer"), Qt::CaseInsensitive) != 0) {
            fail(QStringLiteral("invalid_response"),
                 tr("The token endpoint did not answer with a bearer access token."));
            return;
        }
        // Without expires_in, the token is asked for again after five minutes rather than trusted forever.
        const int lifetime = answer.value(QStringLiteral("expires_in")).toInt(300);
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(qBound(1, lifetime, 86400 * 7));
        m_lastError.clear();
        setToken(accessToken);
        setStatus(Status::Granted);
        Q_EMIT granted();
        Q_EMIT grantFinished(true);
    });
}
