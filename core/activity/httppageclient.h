// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/secretbytes.h"
#include "httppollsettings.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class OAuth2ClientCredentials;

// Fetches an HTTP poller's pages: TLS verified against the system's CAs and the connector's own,
// the bearer token or an OAuth 2.0 access token (asked for again when it nears its end or is
// refused), answers bounded in size and time, and next pages only on the first page's origin.
// Synchronous: each call runs a local event loop on the calling thread, which owns the client.
class HttpPageClient final
{
    Q_DECLARE_TR_FUNCTIONS(HttpPageClient)

public:
    struct Options
    {
        qint64 maxPageBytes = 32 * 1024 * 1024;
        int timeoutMs = 30000;      // for each request, reset while bytes arrive
        std::function<bool()> stop; // checked while waiting
    };

    struct Page
    {
        QUrl url;
        QList<QByteArray> records; // each record's JSON, as the page holds it
        QUrl next;                 // empty when this is the last page for now
    };

    // The secret is the bearer token, or the OAuth client secret.
    HttpPageClient(HttpPollSettings settings, SecretBytes secret, Options options);
    ~HttpPageClient();

    Result<Page> fetch(const QUrl& url);

    // A page's records and its way onward, from its body (and its Link header).
    static Result<Page> readPage(const HttpPollSettings& settings,
                                 const QUrl& url,
                                 const QByteArray& body,
                                 const QByteArray& linkHeader);
    // RFC 8288: the target of rel="next" in a Link header, resolved against the page's URL.
    static QUrl nextFromLink(const QByteArray& linkHeader, const QUrl& base);

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray link;
    };
    Result<Answer> get(const QUrl& url);
    Status authorize(bool renew);
    bool stopping() const { return m_options.stop && m_options.stop(); }

    HttpPollSettings m_settings;
    SecretBytes m_secret;
    Options m_options;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    Status m_sslStatus;
    std::unique_ptr<OAuth2ClientCredentials> m_oauth;
};
