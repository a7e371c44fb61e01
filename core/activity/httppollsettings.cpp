// SPDX-License-Identifier: Apache-2.0
#include "httppollsettings.h"

#include "connectors/jsonlparser.h"

#include <QRegularExpression>

namespace {
Result<QUrl> httpsUrl(const QJsonObject& settings, const QString& key, const QString& what)
{
    const QString text = settings.value(key).toString().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        return Error{
            ErrorKind::Invalid,
            HttpPollSettings::tr("The %1 (%2) must be a full URL such as https://host/path.").arg(what, key)};
    }
    if (url.scheme() != QStringLiteral("https")) {
        return Error{
            ErrorKind::Invalid,
            HttpPollSettings::tr("The %1 must use https: a token is never sent without TLS.").arg(what)};
    }
    if (!url.userInfo().isEmpty()) {
        return Error{ErrorKind::Invalid,
                     HttpPollSettings::tr("The %1 must not carry a user name or password; the secret is kept "
                                          "apart.")
                         .arg(what)};
    }
    return url;
}
} // namespace

QStringList HttpPollSettings::recordFormats()
{
    return {QStringLiteral("jsonl"),
            QStringLiteral("k8s"),
            QStringLiteral("cloudtrail"),
            QStringLiteral("mcp"),
            QStringLiteral("otel-sdk"),
            QStringLiteral("langfuse"),
            QStringLiteral("otlp")};
}

Result<HttpPollSettings> HttpPollSettings::fromJson(const QJsonObject& settings)
{
    HttpPollSettings s;
    auto url = httpsUrl(settings, QStringLiteral("url"), tr("endpoint"));
    if (!url) {
        return url.error();
    }
    s.url = url.value();
    s.recordFormat = settings.value(QStringLiteral("record_format")).toString();
    if (!recordFormats().contains(s.recordFormat)) {
        return Error{ErrorKind::Invalid,
                     tr("The records' format (record_format) must be one of %1.")
                         .arg(recordFormats().join(QStringLiteral(", ")))};
    }
    s.recordsPointer = settings.value(QStringLiteral("records")).toString();
    s.nextPointer = settings.value(QStringLiteral("next")).toString();
    for (const auto& [key, pointer] : {std::pair{QStringLiteral("records"), s.recordsPointer},
                                       std::pair{QStringLiteral("next"), s.nextPointer}}) {
        if (!JsonlParser::isPointer(pointer)) {
            return Error{
                ErrorKind::Invalid,
                tr("The setting %1 is not a JSON pointer: write it as /field/inner (RFC 6901).").arg(key)};
        }
    }
    s.cursorParam = settings.value(QStringLiteral("cursor_param")).toString();
    static const QRegularExpression parameter(QStringLiteral("^[A-Za-z0-9_.\\-\\[\\]]{1,64}$"));
    if (!s.cursorParam.isEmpty() && !parameter.match(s.cursorParam).hasMatch()) {
        return Error{ErrorKind::Invalid,
                     tr("The cursor's query parameter (cursor_param) must be 1 to 64 letters, digits, "
                        "dots, dashes or underscores.")};
    }
    if (!s.cursorParam.isEmpty() && s.nextPointer.isEmpty()) {
        return Error{ErrorKind::Invalid,
                     tr("A cursor parameter needs the pointer (next) to the cursor in each page.")};
    }
    const QString auth = settings.value(QStringLiteral("auth")).toString(QStringLiteral("bearer"));
    if (auth == QStringLiteral("oauth2")) {
        s.auth = Auth::OAuth2;
        auto tokenUrl = httpsUrl(settings, QStringLiteral("token_url"), tr("token endpoint"));
        if (!tokenUrl) {
            return tokenUrl.error();
        }
        s.tokenUrl = tokenUrl.value();
        s.clientId = settings.value(QStringLiteral("client_id")).toString().trimmed();
        if (s.clientId.isEmpty() || s.clientId.size() > 512) {
            return Error{ErrorKind::Invalid,
                         tr("OAuth 2.0 needs a client ID (client_id) of up to 512 characters.")};
        }
        s.scope = settings.value(QStringLiteral("scope")).toString().trimmed();
    } else if (auth != QStringLiteral("bearer")) {
        return Error{ErrorKind::Invalid, tr("The authentication (auth) must be bearer or oauth2.")};
    }
    s.caFile = settings.value(QStringLiteral("ca_file")).toString();
    const QJsonValue interval = settings.value(QStringLiteral("interval"));
    if (!interval.isUndefined()) {
        s.intervalSeconds = interval.isString() ? interval.toString().toInt() : interval.toInt();
        if (s.intervalSeconds < 1 || s.intervalSeconds > 86400) {
            return Error{ErrorKind::Invalid, tr("The polling interval must be 1 to 86400 seconds.")};
        }
    }
    return s;
}

bool HttpPollSettings::sameOrigin(const QUrl& other) const
{
    return other.scheme() == url.scheme() && other.host().compare(url.host(), Qt::CaseInsensitive) == 0 &&
           other.port(443) == url.port(443) && other.userInfo().isEmpty();
}
