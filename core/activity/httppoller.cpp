// SPDX-License-Identifier: Apache-2.0
#include "httppoller.h"

#include "recordparser.h"
#include "workspace/workspace.h"

#include <QDeadlineTimer>
#include <QThread>

namespace {
const QString kUrl = QStringLiteral("url");
const QString kPages = QStringLiteral("pages");
const QString kEndpoint = QStringLiteral("endpoint");
} // namespace

HttpPoller::HttpPoller(Workspace& workspace,
                       const Connector& connector,
                       const RecordParser& parser,
                       SecretBytes secret,
                       Options options)
    : m_workspace(workspace)
    , m_connector(connector)
    , m_parser(parser)
    , m_options(std::move(options))
    , m_pipeline(workspace, connector.id)
    , m_cursor(connector.cursor)
{
    auto settings = HttpPollSettings::fromJson(connector.settings);
    if (!settings) {
        m_settingsStatus = settings.error();
        return;
    }
    m_settings = settings.value();
    HttpPageClient::Options client = m_options.client;
    client.stop = m_options.stop;
    m_client = std::make_unique<HttpPageClient>(m_settings, std::move(secret), client);
}

HttpPoller::~HttpPoller() = default;

Result<IngestCounts> HttpPoller::poll()
{
    if (!m_settingsStatus) {
        return m_settingsStatus.error();
    }
    IngestCounts counts;
    QUrl url(m_cursor.value(kUrl).toString(), QUrl::StrictMode);
    // A cursor left by other settings (the endpoint changed) starts again from the new first page.
    const QString endpoint = m_settings.url.toString(QUrl::FullyEncoded);
    if (url.isEmpty() || m_cursor.value(kEndpoint).toString() != endpoint || !m_settings.sameOrigin(url)) {
        url = m_settings.url;
    }
    for (int pages = 0; pages < m_options.maxPagesPerPoll && !stopping(); ++pages) {
        auto page = m_client->fetch(url);
        if (!page) {
            return page.error();
        }
        QList<IngestPipeline::Unit> units;
        units.reserve(page->records.size());
        const QString where = QStringLiteral("GET %1").arg(url.toDisplayString(QUrl::RemoveUserInfo));
        for (qsizetype i = 0; i < page->records.size(); ++i) {
            units.append({m_parser.parse(page->records.at(i)), QStringLiteral("%1 #%2").arg(where).arg(i)});
        }
        const QUrl next = page->next.isEmpty() ? url : page->next;
        QJsonObject cursor{{kEndpoint, endpoint},
                           {kUrl, next.toString(QUrl::FullyEncoded)},
                           {kPages, m_cursor.value(kPages).toInteger() + 1},
                           {QStringLiteral("polled_at"), m_workspace.now().toString(Qt::ISODate)}};
        auto stored = m_pipeline.commit(units, cursor);
        if (!stored) {
            return stored.error();
        }
        m_cursor = cursor;
        counts += stored.value();
        m_total += stored.value();
        if (m_options.progress) {
            m_options.progress(m_total);
        }
        // An empty page ends the poll even when it names a next one: some endpoints always do, and
        // following them would ask again and again for nothing. The cursor already points onward.
        if (page->next.isEmpty() || page->records.isEmpty()) {
            break;
        }
        url = page->next;
    }
    return counts;
}

Result<IngestCounts> HttpPoller::follow(int intervalMs)
{
    while (!stopping()) {
        auto polled = poll();
        if (!polled) {
            if (polled.error().kind != ErrorKind::Refused || !m_options.transientFailure) {
                return polled.error();
            }
            m_options.transientFailure(polled.error().message);
        }
        QDeadlineTimer wait(intervalMs);
        while (!wait.hasExpired() && !stopping()) {
            QThread::msleep(static_cast<unsigned long>(qMin<qint64>(100, wait.remainingTime())));
        }
    }
    return m_total;
}

Result<ParsedRecord> HttpPoller::sample(const Connector& connector,
                                        SecretBytes secret,
                                        const RecordParser& parser,
                                        std::function<bool()> stop,
                                        int maxRecords)
{
    auto settings = HttpPollSettings::fromJson(connector.settings);
    if (!settings) {
        return settings.error();
    }
    HttpPageClient::Options options;
    options.stop = std::move(stop);
    HttpPageClient client(settings.value(), std::move(secret), options);
    auto page = client.fetch(settings->url);
    if (!page) {
        return page.error();
    }
    ParsedRecord sampled;
    for (qsizetype i = 0; i < page->records.size() && i < maxRecords; ++i) {
        ParsedRecord one = parser.parse(page->records.at(i));
        sampled.events += one.events;
        sampled.completions += one.completions;
        sampled.rejected += one.rejected;
    }
    return sampled;
}
