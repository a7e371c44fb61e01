// SPDX-License-Identifier: Apache-2.0
#include "httppageclient.h"

#include "jsonreader.h"
#include "oauth2clientcredentials.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

namespace {
constexpr qint64 kMaxCaFileBytes = 1024 * 1024;

// RFC 6750 §2.1: a bearer token is visible ASCII, so it can never break out of its header.
bool isBearerToken(QByteArrayView token)
{
    if (token.isEmpty() || token.size() > 8192) {
        return false;
    }
    for (char c : token) {
        if (c <= 0x20 || c >= 0x7f) {
            return false;
        }
    }
    return true;
}

QString shownUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}
} // namespace

HttpPageClient::HttpPageClient(HttpPollSettings settings, SecretBytes secret, Options options)
    : m_settings(std::move(settings))
    , m_secret(std::move(secret))
    , m_options(std::move(options))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_settings.caFile.isEmpty()) {
        QFile file(m_settings.caFile);
        QList<QSslCertificate> authorities;
        if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxCaFileBytes) {
            authorities = QSslCertificate::fromData(file.read(kMaxCaFileBytes), QSsl::Pem);
        }
        if (authorities.isEmpty()) {
            m_sslStatus = Error{
                ErrorKind::Invalid,
                tr("The CA file %1 cannot be read or holds no PEM certificate.").arg(m_settings.caFile)};
        }
        m_ssl.addCaCertificates(authorities);
    }
    if (m_settings.auth == HttpPollSettings::Auth::OAuth2) {
        m_oauth = std::make_unique<OAuth2ClientCredentials>(&m_network);
        m_oauth->setTokenUrl(m_settings.tokenUrl);
        m_oauth->setClientIdentifier(m_settings.clientId);
        m_oauth->setClientIdentifierSharedKey(QString::fromUtf8(m_secret.view()));
        m_oauth->setScope(m_settings.scope);
        m_oauth->setSslConfiguration(m_ssl);
        m_oauth->setTimeoutMs(m_options.timeoutMs);
        m_oauth->setUserAgent(QStringLiteral("Steward"));
    } else if (!isBearerToken(m_secret.view())) {
        m_sslStatus =
            Error{ErrorKind::Invalid,
                  tr("The bearer token must be visible ASCII characters with no spaces (RFC 6750).")};
    }
}

HttpPageClient::~HttpPageClient() = default;

Status HttpPageClient::authorize(bool renew)
{
    if (!m_oauth || (!renew && !m_oauth->expired())) {
        return {};
    }
    QEventLoop loop;
    bool done = false;
    QObject::connect(m_oauth.get(), &OAuth2ClientCredentials::grantFinished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (stopping()) {
            loop.quit();
        }
    });
    watch.start(100);
    m_oauth->grant();
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (m_oauth->status() == QAbstractOAuth::Status::Granted && !m_oauth->token().isEmpty()) {
        return {};
    }
    if (!done) {
        return Error{ErrorKind::Refused, tr("Stopped while asking for an access token.")};
    }
    const QString why = m_oauth->lastError();
    // A refused client (4xx) or an answer that is no token needs a person; an endpoint that is down
    // (no answer, 429, 5xx) may answer later.
    const int status = m_oauth->lastStatus();
    const bool refused = (status >= 400 && status < 500 && status != 429) || status == 200;
    return Error{refused ? ErrorKind::Invalid : ErrorKind::Refused,
                 tr("No access token from %1: %2").arg(shownUrl(m_settings.tokenUrl), why)};
}

Result<HttpPageClient::Answer> HttpPageClient::get(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Steward"));
    if (m_oauth) {
        m_oauth->prepareRequest(&request, "GET");
    } else {
        QByteArray header = "Bearer " + m_secret.view().toByteArray();
        request.setRawHeader("Authorization", header);
        header.fill('\0');
    }
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    Answer answer;
    bool tooLarge = false;
    QStringList sslErrors;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        answer.body += reply->read(m_options.maxPageBytes + 1 - answer.body.size());
        if (answer.body.size() > m_options.maxPageBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(
        reply.get(), &QNetworkReply::sslErrors, reply.get(), [&](const QList<QSslError>& errors) {
            for (const QSslError& error : errors) {
                sslErrors << error.errorString();
            }
        });
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer watch;
    bool stopped = false;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (stopping()) {
            stopped = true;
            reply->abort();
        }
    });
    watch.start(100);
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!tooLarge && reply->isOpen()) { // an aborted reply is closed
        answer.body += reply->read(m_options.maxPageBytes + 1 - answer.body.size());
        tooLarge = answer.body.size() > m_options.maxPageBytes;
    }
    if (stopped) {
        return Error{ErrorKind::Refused, tr("Stopped while waiting for %1.").arg(shownUrl(url))};
    }
    if (tooLarge) {
        return Error{ErrorKind::Invalid,
                     tr("The page at %1 is larger than %2 MiB; ask the endpoint for smaller pages (a limit "
                        "in the URL).")
                         .arg(shownUrl(url))
                         .arg(m_options.maxPageBytes / (1024 * 1024))};
    }
    if (!sslErrors.isEmpty()) {
        return Error{
            ErrorKind::Invalid,
            tr("TLS verification of %1 failed: %2. If the endpoint's certificate comes from a private "
               "CA, name that CA's certificate in the connector's CA file.")
                .arg(url.host(), sslErrors.join(QStringLiteral("; ")))};
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.link = reply->rawHeader("Link");
    if (answer.status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        return Error{
            ErrorKind::Refused,
            timedOut ? tr("%1 did not answer within %2 s.").arg(shownUrl(url)).arg(m_options.timeoutMs / 1000)
                     : tr("%1 could not be reached: %2").arg(shownUrl(url), reply->errorString())};
    }
    return answer;
}

Result<HttpPageClient::Page> HttpPageClient::fetch(const QUrl& url)
{
    if (!m_sslStatus) {
        return m_sslStatus.error();
    }
    if (!m_settings.sameOrigin(url)) {
        return Error{
            ErrorKind::Invalid,
            tr("%1 is not on the endpoint's own host; the connector's credentials are not sent there.")
                .arg(shownUrl(url))};
    }
    if (const Status authorized = authorize(false); !authorized) {
        return authorized.error();
    }
    auto answer = get(url);
    if (answer && m_oauth && answer->status == 401) {
        // A token revoked or expired early: one new token, one more try.
        if (const Status renewed = authorize(true); !renewed) {
            return renewed.error();
        }
        answer = get(url);
    }
    if (!answer) {
        return answer.error();
    }
    const int status = answer->status;
    if (status == 401 || status == 403) {
        return Error{ErrorKind::Invalid,
                     tr("%1 refused the connector's credentials (HTTP %2): set its token or client secret "
                        "again, or check what it is allowed to read.")
                         .arg(shownUrl(url))
                         .arg(status)};
    }
    if (status == 429 || status >= 500) {
        return Error{ErrorKind::Refused,
                     tr("%1 answered HTTP %2; the next poll tries again.").arg(shownUrl(url)).arg(status)};
    }
    if (status != 200) {
        return Error{ErrorKind::Invalid, tr("%1 answered HTTP %2.").arg(shownUrl(url)).arg(status)};
    }
    return readPage(m_settings, url, answer->body, answer->link);
}

QUrl HttpPageClient::nextFromLink(const QByteArray& linkHeader, const QUrl& base)
{
    // Link: <https://h/p?after=x>; rel="next", <...>; rel="self"
    for (const QByteArray& part : linkHeader.split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype close = item.indexOf('>');
        if (!item.startsWith('<') || close < 0) {
            continue;
        }
        for (const QByteArray& parameter : item.mid(close + 1).split(';')) {
            const QByteArray p = parameter.trimmed();
            if (!p.startsWith("rel=")) {
                continue;
            }
            QByteArray relations = p.mid(4);
            if (relations.startsWith('"') && relations.endsWith('"') && relations.size() >= 2) {
                relations = relations.mid(1, relations.size() - 2);
            }
            if (relations.split(' ').contains("next")) {
                return base.resolved(QUrl(QString::fromUtf8(item.mid(1, close - 1)), QUrl::StrictMode));
            }
        }
    }
    return {};
}

Result<HttpPageClient::Page> HttpPageClient::readPage(const HttpPollSettings& settings,
                                                      const QUrl& url,
                                                      const QByteArray& body,
                                                      const QByteArray& linkHeader)
{
    auto document = JsonReader::parse(body);
    if (!document) {
        return Error{ErrorKind::Invalid,
                     tr("The page at %1 is not JSON: %2").arg(shownUrl(url), document.error().message)};
    }
    const std::string recordsPointer = settings.recordsPointer.toStdString();
    JsonReader::Element list;
    JsonReader::Array records;
    if (document.value().at_pointer(recordsPointer).get(list) != simdjson::SUCCESS ||
        list.get_array().get(records) != simdjson::SUCCESS) {
        return Error{ErrorKind::Invalid,
                     tr("The page at %1 has no array of records at \"%2\"; check the records pointer.")
                         .arg(shownUrl(url), settings.recordsPointer)};
    }
    Page page;
    page.url = url;
    for (JsonReader::Element record : records) {
        page.records.append(JsonReader::compact(record));
    }
    if (settings.nextPointer.isEmpty()) {
        page.next = nextFromLink(linkHeader, url);
    } else {
        JsonReader::Element next;
        QString value;
        if (document.value().at_pointer(settings.nextPointer.toStdString()).get(next) == simdjson::SUCCESS &&
            !next.is_null()) {
            value = next.is_string() ? JsonReader::string(std::string_view(next.get_string().value()))
                                     : JsonReader::scalarText(next);
        }
        if (!value.isEmpty() && settings.cursorParam.isEmpty()) {
            page.next = url.resolved(QUrl(value, QUrl::StrictMode));
        } else if (!value.isEmpty()) {
            QUrl withCursor = settings.url;
            QUrlQuery query(withCursor);
            query.removeAllQueryItems(settings.cursorParam);
            query.addQueryItem(settings.cursorParam, QString::fromLatin1(QUrl::toPercentEncoding(value)));
            withCursor.setQuery(query);
            page.next = withCursor;
        }
    }
    if (page.next == url) {
        page.next.clear(); // a page that names itself as next is the last one for now
    }
    if (!page.next.isEmpty() && (!page.next.isValid() || !settings.sameOrigin(page.next))) {
        return Error{ErrorKind::Invalid,
                     tr("The page at %1 points to its next page on another host (%2); the connector's "
                        "credentials are not sent there.")
                         .arg(shownUrl(url), shownUrl(page.next))};
    }
    return page;
}
