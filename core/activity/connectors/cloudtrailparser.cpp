// SPDX-License-Identifier: Apache-2.0
#include "cloudtrailparser.h"

#include "crypto/digest.h"
#include "model/connector.h"

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

QString resourceOf(JsonReader::Object record, const QString& service)
{
    const auto request = JsonReader::object(record, "requestParameters");
    if (request) {
        const QString bucket = JsonReader::text(*request, "bucketName");
        if (!bucket.isEmpty()) {
            return QStringLiteral("s3://%1/%2").arg(bucket, JsonReader::text(*request, "key"));
        }
    }
    if (const auto resources = JsonReader::array(record, "resources")) {
        for (JsonReader::Element resource : *resources) {
            JsonReader::Object object;
            if (resource.get(object) == simdjson::SUCCESS) {
                if (const QString uri = resourceFromArn(JsonReader::text(object, "ARN")); !uri.isEmpty()) {
                    return uri;
                }
            }
        }
    }
    if (!request) {
        return QStringLiteral("arn+aws://%1").arg(service);
    }
    for (const auto field : *request) {
        std::string_view value;
        if ((field.key.ends_with("Arn") || field.key.ends_with("ARN")) &&
            field.value.get(value) == simdjson::SUCCESS) {
            if (const QString uri = resourceFromArn(JsonReader::string(value)); !uri.isEmpty()) {
                return uri;
            }
        }
    }
    if (const auto set = JsonReader::object(*request, "instancesSet")) {
        if (const auto items = JsonReader::array(*set, "items")) {
            for (JsonReader::Element item : *items) {
                JsonReader::Object object;
                if (item.get(object) == simdjson::SUCCESS) {
                    const QString id = JsonReader::text(object, "instanceId");
                    if (!id.isEmpty()) {
                        return QStringLiteral("arn+aws://ec2/instance/%1").arg(id);
                    }
                }
                break;
            }
        }
    }
    // A resource named rather than given by ARN takes the form its ARN would give, so that one table
    // is one resource whether CloudTrail recorded its name or its ARN, and one statement covers both.
    struct Named
    {
        std::string_view field;
        const char* arnType; // what precedes the name in the ARN's resource part
    };
    static constexpr Named kNamed[] = {{"roleName", "role/"},
                                       {"userName", "user/"},
                                       {"functionName", "function/"},
                                       {"tableName", "table/"},
                                       {"queueUrl", ""},
                                       {"secretId", "secret/"},
                                       {"modelId", "foundation-model/"},
                                       {"trailName", "trail/"},
                                       {"snapshotId", "snapshot/"},
                                       {"dBSnapshotIdentifier", "snapshot/"},
                                       {"dBClusterSnapshotIdentifier", "cluster-snapshot/"},
                                       {"dBInstanceIdentifier", "db/"},
                                       {"dBClusterIdentifier", "cluster/"},
                                       {"imageId", "image/"},
                                       {"volumeId", "volume/"},
                                       {"groupId", "security-group/"},
                                       {"keyId", "key/"},
                                       {"logGroupName", "log-group/"},
                                       {"clusterName", "cluster/"},
                                       {"stackName", "stack/"},
                                       {"detectorId", "detector/"},
                                       {"policyName", "policy/"},
                                       {"groupName", "group/"},
                                       {"instanceProfileName", "instance-profile/"},
                                       {"repositoryName", "repository/"},
                                       {"name", ""}};
    for (const Named& named : kNamed) {
        // CloudTrail's own calls name the trail plainly (DeleteTrail {"name": "…"}); elsewhere a bare
        // "name" is too vague to be a resource.
        if (named.field == "name" && service != QStringLiteral("cloudtrail")) {
            continue;
        }
        QString value = JsonReader::text(*request, named.field);
        if (value.isEmpty()) {
            continue;
        }
        if (const QString uri = resourceFromArn(value); !uri.isEmpty()) {
            return uri;
        }
        if (named.field == "queueUrl") {
            value = value.section(QLatin1Char('/'), -1); // https://sqs.REGION.amazonaws.com/ACCOUNT/NAME
        } else if (named.field == "functionName" && value.contains(QStringLiteral(":function:"))) {
            value = value.section(QStringLiteral(":function:"), 1); // ACCOUNT:function:NAME
        }
        value.replace(QLatin1Char(':'), QLatin1Char('/')); // as resourceFromArn does: name:alias, v1:0
        const char* arnType = named.field == "name" ? "trail/" : named.arnType;
        return QStringLiteral("arn+aws://%1/%2%3").arg(service, QLatin1String(arnType), value);
    }
    return QStringLiteral("arn+aws://%1").arg(service);
}

// Accounts and groups a snapshot, an image or a database snapshot was shared with: the exfiltration
// step that leaves no data event behind.
void addSharedWith(JsonReader::Object request, EventAttributes& attributes)
{
    const auto addItems = [&attributes](JsonReader::Object permission) {
        const auto add = JsonReader::object(permission, "add");
        const auto items = add ? JsonReader::array(*add, "items") : std::nullopt;
        if (!items) {
            return;
        }
        for (JsonReader::Element item : *items) {
            JsonReader::Object object;
            if (item.get(object) != simdjson::SUCCESS) {
                continue;
            }
            attributes.add(QStringLiteral("shared_with"), JsonReader::text(object, "userId"));
            attributes.add(QStringLiteral("shared_with"), JsonReader::text(object, "group"));
        }
    };
    for (std::string_view field : {"createVolumePermission", "launchPermission"}) {
        if (const auto permission = JsonReader::object(request, field)) {
            addItems(*permission);
        }
    }
    // RDS: ModifyDBSnapshotAttribute {"attributeName": "restore", "valuesToAdd": ["…" or "all"]}.
    if (const auto values = JsonReader::array(request, "valuesToAdd")) {
        for (JsonReader::Element value : *values) {
            std::string_view text;
            if (value.get(text) == simdjson::SUCCESS) {
                attributes.add(QStringLiteral("shared_with"), JsonReader::string(text));
            }
        }
    }
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

Result<Event> CloudTrailParser::map(JsonReader::Object record)
{
    if (JsonReader::view(record, "eventCategory") == "Insight") {
        return Error{
            ErrorKind::Invalid,
            tr("A CloudTrail Insights event describes unusual volumes of calls, not a call; it is not "
               "activity.")};
    }
    const QString eventName = JsonReader::text(record, "eventName");
    const QString eventSource = JsonReader::text(record, "eventSource");
    const QString eventTime = JsonReader::text(record, "eventTime");
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
    event.raw = JsonReader::compact(record);
    event.nativeId = JsonReader::text(record, "eventID");
    if (event.nativeId.isEmpty()) {
        // Older files have no eventID: the record itself is its identity.
        event.nativeId = QString::fromLatin1(Digest::sha256(event.raw).toHex());
    }
    const QString service = eventSource.section(QLatin1Char('.'), 0, 0);
    event.nativeAction = service + QLatin1Char(':') + eventName;
    event.action = actionFor(eventName, service);
    event.resource = resourceOf(record, service);

    const auto identity = JsonReader::object(record, "userIdentity");
    const std::string_view type = identity ? JsonReader::view(*identity, "type") : std::string_view();
    if (identity) {
        event.principal = JsonReader::text(*identity, "arn");
    }
    bool mfa = false;
    if (const auto context = identity ? JsonReader::object(*identity, "sessionContext") : std::nullopt) {
        if (const auto attributes = JsonReader::object(*context, "attributes")) {
            mfa = JsonReader::view(*attributes, "mfaAuthenticated") == "true";
        }
    }
    // Roles AWS services assume for themselves are the provider at work, and a person signed in
    // through IAM Identity Center (its AWSReservedSSO_ roles) or with MFA is a person: both are
    // recorded, never taken for an unregistered agent.
    // Identity Center's roles live under its reserved path; the name alone is trusted only when the
    // record gives no path (an ARN rebuilt from the session's), since anyone may name a role so.
    const auto roleActor = [mfa](const QString& role, bool pathKnown) {
        if (role.contains(QStringLiteral(":role/aws-service-role/"))) {
            return ActorType::Service;
        }
        const bool ssoName = role.section(QLatin1Char('/'), -1).startsWith(QStringLiteral("AWSReservedSSO_"));
        const bool person = role.contains(QStringLiteral(":role/aws-reserved/sso.amazonaws.com/")) ||
                            (ssoName && !pathKnown) || mfa;
        return person ? ActorType::Human : ActorType::Agent;
    };
    if (type == "AssumedRole") {
        QString role;
        if (const auto context = JsonReader::object(*identity, "sessionContext")) {
            if (const auto issuer = JsonReader::object(*context, "sessionIssuer")) {
                role = JsonReader::text(*issuer, "arn");
            }
        }
        const QString session = event.principal.section(QLatin1Char('/'), -1);
        const bool pathKnown = !role.isEmpty();
        if (role.isEmpty() && event.principal.contains(QStringLiteral(":assumed-role/"))) {
            // arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION → arn:aws:iam::ACCOUNT:role/ROLE
            const QString account = event.principal.section(QLatin1Char(':'), 4, 4);
            const QString roleName = event.principal.section(QLatin1Char('/'), 1, 1);
            role = QStringLiteral("arn:aws:iam::%1:role/%2").arg(account, roleName);
        }
        if (!role.isEmpty()) {
            event.principalKind = PrincipalKind::AwsRole;
            event.principalValue = role;
            event.actorType = roleActor(role, pathKnown);
        }
        event.task = session;
    } else if (type == "AWSService" && identity) {
        event.principal = JsonReader::text(*identity, "invokedBy");
        event.actorType = ActorType::Service;
    } else if (type == "Root" || (type == "IAMUser" && mfa)) {
        event.actorType = ActorType::Human;
    } else if (event.principal.isEmpty() && identity) {
        // Some records (those other services deliver on a role's behalf, and some data events)
        // carry only the session: the role that issued it acted.
        if (const auto context = JsonReader::object(*identity, "sessionContext")) {
            if (const auto issuer = JsonReader::object(*context, "sessionIssuer")) {
                const QString role = JsonReader::text(*issuer, "arn");
                if (role.contains(QStringLiteral(":role/"))) {
                    event.principal = role;
                    event.principalKind = PrincipalKind::AwsRole;
                    event.principalValue = role;
                    event.actorType = roleActor(role, true);
                } else if (!role.isEmpty()) {
                    event.principal = role;
                }
                if (event.principal.isEmpty()) {
                    event.principal = JsonReader::text(*issuer, "userName");
                }
            }
        }
    }
    // Service events name no ARN: the service that acted, else whatever id there is.
    for (std::string_view field : {"invokedBy", "principalId", "accountId"}) {
        if (event.principal.isEmpty() && identity) {
            event.principal = JsonReader::text(*identity, field);
        }
    }
    const std::string_view keyId = identity ? JsonReader::view(*identity, "accessKeyId") : std::string_view();
    if (keyId.starts_with("ASIA")) {
        event.credentialKind = QStringLiteral("aws-temporary");
    } else if (keyId.starts_with("AKIA")) {
        event.credentialKind = QStringLiteral("aws-long-term");
    }
    const std::string_view errorCode = JsonReader::view(record, "errorCode");
    if (errorCode.empty()) {
        event.outcome = EventOutcome::Success;
    } else if (errorCode.find("AccessDenied") != std::string_view::npos ||
               errorCode.find("Unauthorized") != std::string_view::npos ||
               errorCode.find("Forbidden") != std::string_view::npos) {
        event.outcome = EventOutcome::Denied;
    } else {
        event.outcome = EventOutcome::Failure;
    }

    EventAttributes& attributes = event.attributes;
    attributes.set(QStringLiteral("source_ip"), JsonReader::text(record, "sourceIPAddress"));
    attributes.set(QStringLiteral("user_agent"), JsonReader::text(record, "userAgent"));
    attributes.set(QStringLiteral("error_code"), JsonReader::string(errorCode));
    attributes.set(QStringLiteral("error_message"), JsonReader::text(record, "errorMessage"));
    attributes.set(QStringLiteral("region"), JsonReader::text(record, "awsRegion"));
    QString account = JsonReader::text(record, "recipientAccountId");
    if (account.isEmpty() && identity) {
        account = JsonReader::text(*identity, "accountId");
    }
    attributes.set(QStringLiteral("account"), account);
    if (const auto request = JsonReader::object(record, "requestParameters")) {
        addSharedWith(*request, attributes);
    }
    return event;
}

ParsedRecord CloudTrailParser::parseElement(const QByteArray& bytes) const
{
    // An element of a log file's "Records": an event, mapped as the whole document's are.
    ParsedRecord parsed;
    auto document = JsonReader::parse(bytes);
    if (!document) {
        parsed.rejectWhole(document.error().message, bytes);
        return parsed;
    }
    JsonReader::Object record;
    if (document->get(record) != simdjson::SUCCESS) {
        parsed.rejectWhole(tr("A CloudTrail record is not a JSON object."), bytes);
        return parsed;
    }
    auto event = map(record);
    if (!event) {
        parsed.rejectWhole(event.error().message, bytes);
        return parsed;
    }
    parsed.events.append(std::move(event).value());
    return parsed;
}

ParsedRecord CloudTrailParser::parse(const QByteArray& bytes) const
{
    ParsedRecord parsed;
    auto document = JsonReader::parse(bytes);
    if (!document) {
        parsed.rejectWhole(document.error().message, bytes);
        return parsed;
    }
    JsonReader::Object object;
    if (document->get(object) != simdjson::SUCCESS) {
        parsed.rejectWhole(tr("Not CloudTrail: no \"Records\" array and no event."), bytes);
        return parsed;
    }
    const auto mapOne = [&parsed](JsonReader::Element value) {
        JsonReader::Object record;
        if (value.get(record) != simdjson::SUCCESS) {
            parsed.rejected.append(
                {tr("A CloudTrail record is not a JSON object."), JsonReader::compact(value)});
            return;
        }
        auto event = map(record);
        if (!event) {
            parsed.rejected.append({event.error().message, JsonReader::compact(value)});
            return;
        }
        parsed.events.append(std::move(event).value());
    };
    JsonReader::Element records;
    if (object["Records"].get(records) == simdjson::SUCCESS) {
        JsonReader::Array list;
        if (records.get(list) != simdjson::SUCCESS) {
            parsed.rejectWhole(tr("\"Records\" is not an array."), bytes);
            return parsed;
        }
        for (JsonReader::Element value : list) {
            mapOne(value);
        }
        return parsed;
    }
    std::string_view inner;
    if (object["CloudTrailEvent"].get(inner) == simdjson::SUCCESS) {
        // lookup-events output carries the event as a JSON string inside the line.
        auto event = JsonReader::parse(inner, 1);
        JsonReader::Object innerObject;
        if (!event || event->get(innerObject) != simdjson::SUCCESS) {
            parsed.rejectWhole(tr("\"CloudTrailEvent\" is not a JSON object: %1.")
                                   .arg(event ? tr("another JSON value") : event.error().message),
                               bytes);
            return parsed;
        }
        mapOne(event.value());
        return parsed;
    }
    if (JsonReader::isString(object, "eventName") || object["eventName"].error() == simdjson::SUCCESS) {
        mapOne(document.value());
        return parsed;
    }
    parsed.rejectWhole(tr("Not CloudTrail: no \"Records\" array and no event."), bytes);
    return parsed;
}
