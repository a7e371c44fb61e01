// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

// What an HTTP polling connector ("http") reads: a REST endpoint that answers with JSON pages of
// records and a way to the next page, over TLS that is always verified.
//
//   url            https://host/path: the first page
//   record_format  how each record reads: k8s, cloudtrail, mcp, jsonl (with its pointer_* mapping), ...
//   records        JSON pointer to the page's array of records; empty when the page is the array
//   next           JSON pointer to the next page (a URL, or a cursor for cursor_param); empty to
//                  follow the Link header's rel="next" (RFC 8288), as GitHub and Okta page
//   cursor_param   the query parameter that carries the cursor, when "next" is not a URL
//   auth           bearer, or oauth2 (client credentials, RFC 6749 §4.4)
//   token_url, client_id, scope   for oauth2
//   ca_file        PEM certificates to trust besides the system's, for a private CA
//   interval       seconds between polls once the last page is read (default 60)
//   secret_store   keychain or workspace: where the token or client secret is (ConnectorSecret)
struct HttpPollSettings
{
    Q_DECLARE_TR_FUNCTIONS(HttpPollSettings)

public:
    enum class Auth
    {
        Bearer,
        OAuth2
    };

    QUrl url;
    QString recordFormat;
    QString recordsPointer;
    QString nextPointer;
    QString cursorParam;
    Auth auth = Auth::Bearer;
    QUrl tokenUrl;
    QString clientId;
    QString scope;
    QString caFile;
    int intervalSeconds = 60;

    // Every setting checked; the error names the one that is wrong.
    static Result<HttpPollSettings> fromJson(const QJsonObject& settings);
    // The formats a page's records may be in: one JSON object each.
    static QStringList recordFormats();
    // Whether a next page's URL may be fetched with this connector's credentials: the same scheme,
    // host and port as the first page, so a page cannot send the token elsewhere.
    bool sameOrigin(const QUrl& other) const;
};
