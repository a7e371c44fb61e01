// SPDX-License-Identifier: Apache-2.0
#include "cloudtrailparser.h"

#include "crypto/digest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool startsWithAny(const QString& name, std::initializer_list<const char*> prefixes)
{
    for (const char* prefix : prefixes) {
        if (name.startsWith(QLatin1String(prefix))) {
            return true;
        }
    }
    return false;
}

// arn:partition:service:region:account:resource → arn+aws://service/resource, the form permission
// statements use (region and account are where it lives, not what it is).
QString resourceFromArn(const QString& arn)
{
    const QStringList parts = arn.split(QLatin1Char(':'));
    if (parts.size() < 6 || parts.at(0) != QStringLiteral("arn")) {
        return QString();
    }
    QString resource = parts.mid(5).join(QLatin1Char('/'));
    return QStringLiteral("arn+aws://%1/%2").arg(parts.at(2), resource);
}

QString resourceOf(const QJsonObject& record, const QString& service)
{
    const QJsonObject request = record.value(QStringLiteral("requestParameters")).toObject();
    const QString bucket = request.value(QStringLiteral("bucketName")).toString();
    if (!bucket.isEmpty()) {
        const QString key = request.value(QStringLiteral("key")).toString();
        return QStringLiteral("s3://%1/%2").arg(bucket, key);
    }
    for (const QJsonValue& resource : record.value(QStringLiteral("resources")).toArray()) {
        const QString arn = resource.toObject().value(QStringLiteral("ARN")).toString();
        if (const QString uri = resourceFromArn(arn); !uri.isEmpty()) {
            return uri;
        }
    }
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        if (it.value().isString() &&
            (it.key().endsWith(QStringLiteral("Arn")) || it.key().endsWith(QStringLiteral("ARN")))) {
            if (const QString uri = resourceFromArn(it.value().toString()); !uri.isEmpty()) {
                return uri;
            }
        }
    }
    const QJsonArray instances =
        request.value(QStringLiteral("instancesSet")).toObject().value(QStringLiteral("items")).toArray();
    if (!instances.isEmpty()) {
        const QString id = instances.first().toObject().value(QStringLiteral("instanceId")).toString();
        if (!id.isEmpty()) {
            return QStringLiteral("arn+aws://ec2/instance/%1").arg(id);
        }
    }
    for (const char* name :
         {"roleName", "userName", "functionName", "tableName", "queueUrl", "topicArn", "secretId"}) {
        const QString value = request.value(QLatin1String(name)).toString();
        if (!value.isEmpty()) {
            return QStringLiteral("arn+aws://%1/%2").arg(service, value);
        }
    }
    return QStringLiteral("arn+aws://%1").arg(service);
}

} // namespace

QString CloudTrailParser::actionFor(const QString& eventName, const QString& service)
{
    if (startsWithAny(eventName,
                      {"AssumeRole",
                       "GetSessionToken",
                       "GetFederationToken",
                       "ConsoleLogin",
                       "GetCallerIdentity",
                       "AssumeRoot"})) {
        return QStringLiteral("authenticate");
    }
    // Changing who may do what is administration, whatever the verb.
    if (service == QStringLiteral("iam") &&
        startsWithAny(eventName,
                      {"Create", "Put", "Attach", "Detach", "Update", "Delete", "Add", "Remove", "Set"})) {
        return QStringLiteral("admin");
    }
    if (startsWithAny(eventName, {"List", "Scan", "Search", "Query", "LookupEvents"})) {
        return QStringLiteral("list");
    }
    if (startsWithAny(eventName,
                      {"Get", "Describe", "Head", "Select", "Decrypt", "Download", "Batch Get", "Lookup"})) {
        return QStringLiteral("read");
    }
    if (startsWithAny(eventName,
                      {"Delete",
                       "Terminate",
                       "Remove",
                       "Detach",
                       "Disassociate",
                       "Disable",
                       "Untag",
                       "Deregister",
                       "Revoke",
                       "Purge"})) {
        return QStringLiteral("delete");
    }
    if (startsWithAny(eventName,
                      {"Create", "Run", "Launch", "Allocate", "Import", "Register", "Copy", "Issue"})) {
        return QStringLiteral("create");
    }
    if (startsWithAny(eventName, {"Invoke", "Execute", "StartExecution", "Converse"})) {
        return QStringLiteral("execute");
    }
    if (startsWithAny(eventName, {"Send", "Publish"})) {
        return QStringLiteral("send");
    }
    return QStringLiteral("write");
}

Result<Event> CloudTrailParser::map(const QJsonObject& record)
{
    const QString eventName = record.value(QStringLiteral("eventName")).toString();
    const QString eventSource = record.value(QStringLiteral("eventSource")).toString();
    const QString eventTime = record.value(QStringLiteral("eventTime")).toString();
    if (record.value(QStringLiteral("eventCategory")).toString() == QStringLiteral("Insight")) {
        return Error{
            ErrorKind::Invalid,
            tr("A CloudTrail Insights event describes unusual volumes of calls, not a call; it is not "
               "activity.")};
    }
    if (eventName.isEmpty() || eventSource.isEmpty()) {
        return Error{ErrorKind::Invalid,
                     tr("A CloudTrail record needs eventName and eventSource as strings.")};
    }
    Event event;
    event.source = QStringLiteral("cloudtrail");
    event.timeNs = nanosFromIso(eventTime);
    if (event.timeNs == 0) {
        return Error{ErrorKind::Invalid,
                     tr("The CloudTrail record's eventTime \"%1\" is not a time.").arg(eventTime.left(64))};
    }
    event.nativeId = record.value(QStringLiteral("eventID")).toString();
    if (event.nativeId.isEmpty()) {
        // Older files have no eventID: the record itself is its identity.
        event.nativeId = QString::fromLatin1(Digest::sha256(compact(record)).toHex());
    }
    const QString service = eventSource.section(QLatin1Char('.'), 0, 0);
    event.nativeAction = service + QLatin1Char(':') + eventName;
    event.action = actionFor(eventName, service);
    event.resource = resourceOf(record, service);

    const QJsonObject identity = record.value(QStringLiteral("userIdentity")).toObject();
    const QString type = identity.value(QStringLiteral("type")).toString();
    event.principal = identity.value(QStringLiteral("arn")).toString();
    if (type == QStringLiteral("AssumedRole")) {
        const QJsonObject issuer = identity.value(QStringLiteral("sessionContext"))
                                       .toObject()
                                       .value(QStringLiteral("sessionIssuer"))
                                       .toObject();
        QString role = issuer.value(QStringLiteral("arn")).toString();
        const QString session = event.principal.section(QLatin1Char('/'), -1);
        if (role.isEmpty() && event.principal.contains(QStringLiteral(":assumed-role/"))) {
            // arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION → arn:aws:iam::ACCOUNT:role/ROLE
            const QString account = event.principal.section(QLatin1Char(':'), 4, 4);
            const QString roleName = event.principal.section(QLatin1Char('/'), 1, 1);
            role = QStringLiteral("arn:aws:iam::%1:role/%2").arg(account, roleName);
        }
        if (!role.isEmpty()) {
            event.principalKind = PrincipalKind::AwsRole;
            event.principalValue = role;
            // Roles AWS services assume for themselves are not agents.
            event.actsLikeAgent = !role.contains(QStringLiteral(":role/aws-service-role/"));
        }
        event.task = session;
    } else if (type == QStringLiteral("AWSService")) {
        event.principal = identity.value(QStringLiteral("invokedBy")).toString();
    }
    // Service events name no ARN: the service that acted, else whatever id there is.
    for (const char* field : {"invokedBy", "principalId", "accountId"}) {
        if (event.principal.isEmpty()) {
            event.principal = identity.value(QLatin1String(field)).toString();
        }
    }
    const QString keyId = identity.value(QStringLiteral("accessKeyId")).toString();
    if (keyId.startsWith(QStringLiteral("ASIA"))) {
        event.credentialKind = QStringLiteral("aws-temporary");
    } else if (keyId.startsWith(QStringLiteral("AKIA"))) {
        event.credentialKind = QStringLiteral("aws-long-term");
    }
    const QString errorCode = record.value(QStringLiteral("errorCode")).toString();
    if (errorCode.isEmpty()) {
        event.outcome = EventOutcome::Success;
    } else if (errorCode.contains(QStringLiteral("AccessDenied")) ||
               errorCode.contains(QStringLiteral("Unauthorized")) ||
               errorCode.contains(QStringLiteral("Forbidden"))) {
        event.outcome = EventOutcome::Denied;
    } else {
        event.outcome = EventOutcome::Failure;
    }
    event.raw = compact(record);
    return event;
}

ParsedRecord CloudTrailParser::parse(const QJsonValue& document, const QByteArray& raw) const
{
    ParsedRecord parsed;
    const QJsonObject object = document.toObject();
    QJsonArray records;
    if (object.contains(QStringLiteral("Records"))) {
        if (!object.value(QStringLiteral("Records")).isArray()) {
            parsed.rejected.append({tr("\"Records\" is not an array."), raw});
            return parsed;
        }
        records = object.value(QStringLiteral("Records")).toArray();
    } else if (object.value(QStringLiteral("CloudTrailEvent")).isString()) {
        // lookup-events output carries the event as a JSON string inside the line.
        QJsonParseError error;
        const QJsonDocument inner = QJsonDocument::fromJson(
            object.value(QStringLiteral("CloudTrailEvent")).toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !inner.isObject()) {
            parsed.rejected.append(
                {tr("\"CloudTrailEvent\" is not a JSON object: %1.").arg(error.errorString()), raw});
            return parsed;
        }
        records.append(inner.object());
    } else if (object.contains(QStringLiteral("eventName"))) {
        records.append(object);
    } else {
        parsed.rejected.append({tr("Not CloudTrail: no \"Records\" array and no event."), raw});
        return parsed;
    }
    for (const QJsonValue& value : std::as_const(records)) {
        if (!value.isObject()) {
            parsed.rejected.append({tr("A CloudTrail record is not a JSON object."), compact(value)});
            continue;
        }
        auto event = map(value.toObject());
        if (!event) {
            parsed.rejected.append({event.error().message, compact(value)});
            continue;
        }
        parsed.events.append(std::move(event).value());
    }
    return parsed;
}
