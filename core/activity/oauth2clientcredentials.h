// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractOAuth2>
#include <QDateTime>
#include <QSslConfiguration>

// The OAuth 2.0 client credentials grant (RFC 6749 §4.4), which QtNetworkAuth leaves to its users:
// the client authenticates to the token endpoint with HTTP Basic (§2.3.1) and receives a bearer
// token with a lifetime. The base class then signs requests with it (prepareRequest).
//
// grant() answers with granted() or with error(); a token within a minute of its end counts as
// expired, so a poll never starts with one that dies in flight.
class OAuth2ClientCredentials final : public QAbstractOAuth2
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxResponseBytes = 64 * 1024;

    OAuth2ClientCredentials(QNetworkAccessManager* manager, QObject* parent = nullptr);

    void setTokenUrl(const QUrl& url) { m_tokenUrl = url; }
    void setSslConfiguration(const QSslConfiguration& ssl) { m_ssl = ssl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    bool expired() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    // The last failure, in words, for the connector's status.
    QString lastError() const { return m_lastError; }
    // The token endpoint's HTTP status in the last failure; 0 when it did not answer.
    int lastStatus() const { return m_lastStatus; }

public Q_SLOTS:
    void grant() override;

Q_SIGNALS:
    // Every grant() ends here, granted or not: one signal to wait for.
    void grantFinished(bool granted);

private:
    void fail(const QString& code, const QString& description);

    QUrl m_tokenUrl;
    QSslConfiguration m_ssl;
    int m_timeoutMs = 30000;
    QDateTime m_expiresAt;
    QString m_lastError;
    int m_lastStatus = 0;
};
