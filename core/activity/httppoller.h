// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httppageclient.h"
#include "ingestpipeline.h"
#include "model/connector.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>

class RecordParser;
class Workspace;

// An HTTP polling connector's reading: page after page from where its cursor stands, each page
// stored in one transaction together with the URL of the page to read next. When the endpoint has
// no next page, the cursor stays on the last page read, which the next poll reads again: records
// added to it meanwhile are stored, those already stored count as duplicates.
class HttpPoller final
{
    Q_DECLARE_TR_FUNCTIONS(HttpPoller)

public:
    struct Options
    {
        HttpPageClient::Options client;
        int maxPagesPerPoll = 100000;
        std::function<bool()> stop;                              // checked between pages
        std::function<void(const IngestCounts& total)> progress; // after each page
        // follow(): a failure that may pass (the endpoint down, HTTP 429 or 5xx), before waiting.
        std::function<void(const QString& message)> transientFailure;
    };

    // The parser is used, not kept: it must outlive the poller.
    HttpPoller(Workspace& workspace,
               const Connector& connector,
               const RecordParser& parser,
               SecretBytes secret,
               Options options);
    ~HttpPoller();

    // Reads until the endpoint has no next page.
    Result<IngestCounts> poll();
    // Polls every interval until stop() says so. A failure that may pass is reported and tried again
    // at the next interval; one that needs a person (credentials, TLS, settings) ends it.
    Result<IngestCounts> follow(int intervalMs);

    // What the first page would give, stored nowhere: for testing a connector's settings. stop() is
    // asked while waiting, so a person can end a test of an endpoint that does not answer.
    static Result<ParsedRecord> sample(const Connector& connector,
                                       SecretBytes secret,
                                       const RecordParser& parser,
                                       std::function<bool()> stop = {},
                                       int maxRecords = 50);

private:
    bool stopping() const { return m_options.stop && m_options.stop(); }

    Workspace& m_workspace;
    Connector m_connector;
    const RecordParser& m_parser;
    Options m_options;
    std::unique_ptr<HttpPageClient> m_client;
    HttpPollSettings m_settings;
    Status m_settingsStatus;
    IngestPipeline m_pipeline;
    QJsonObject m_cursor;
    IngestCounts m_total;
};
