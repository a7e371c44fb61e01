// SPDX-License-Identifier: Apache-2.0
#include "k8sauditparser.h"

#include "activity/connector.h"

namespace {

QString actionFor(const QString& verb, const QString& subresource)
{
    if (subresource == QStringLiteral("exec") || subresource == QStringLiteral("attach") ||
        subresource == QStringLiteral("portforward") || subresource == QStringLiteral("proxy")) {
        return QStringLiteral("execute");
    }
    if (verb == QStringLiteral("get")) {
        return QStringLiteral("read");
    }
    if (verb == QStringLiteral("list") || verb == QStringLiteral("watch")) {
        return QStringLiteral("list");
    }
    if (verb == QStringLiteral("create")) {
        return QStringLiteral("create");
    }
    if (verb == QStringLiteral("update") || verb == QStringLiteral("patch")) {
        return QStringLiteral("write");
    }
    if (verb == QStringLiteral("delete") || verb == QStringLiteral("deletecollection")) {
        return QStringLiteral("delete");
    }
    if (verb == QStringLiteral("impersonate") || verb == QStringLiteral("escalate") ||
        verb == QStringLiteral("bind")) {
        return QStringLiteral("admin");
    }
    return verb;
}

QString firstExtra(std::optional<JsonReader::Object> extra, std::string_view key)
{
    if (!extra) {
        return QString();
    }
    if (const auto list = JsonReader::array(*extra, key)) {
        for (JsonReader::Element item : *list) {
            std::string_view text;
            return item.get(text) == simdjson::SUCCESS ? JsonReader::string(text) : QString();
        }
        return QString();
    }
    return JsonReader::text(*extra, key);
}

} // namespace

Result<Event> K8sAuditParser::map(JsonReader::Object audit, const QByteArray& raw) const
{
    const std::string_view kind = JsonReader::view(audit, "kind");
    const QString auditId = JsonReader::text(audit, "auditID");
    const QString verb = JsonReader::text(audit, "verb");
    if (kind != "Event") {
        return Error{ErrorKind::Invalid, tr("Not a Kubernetes audit Event (kind is not \"Event\").")};
    }
    if (auditId.isEmpty() || verb.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("A Kubernetes audit Event needs auditID and verb as strings.")};
    }
    Event event;
    event.source = QStringLiteral("k8s");
    const QString stage = JsonReader::text(audit, "stage");
    // The same request is logged once per stage; each stage is its own record.
    event.nativeId = stage.isEmpty() ? auditId : auditId + QLatin1Char('/') + stage;
    for (std::string_view field : {"stageTimestamp", "requestReceivedTimestamp", "timestamp"}) {
        event.timeNs = nanosFromIso(JsonReader::text(audit, field));
        if (event.timeNs) {
            break;
        }
    }
    if (!event.timeNs) {
        if (const auto metadata = JsonReader::object(audit, "metadata")) {
            event.timeNs = nanosFromIso(JsonReader::text(*metadata, "creationTimestamp"));
        }
    }
    if (!event.timeNs) {
        return Error{ErrorKind::Invalid, tr("The Kubernetes audit Event has no time.")};
    }

    const auto object = JsonReader::object(audit, "objectRef");
    const QString resource = object ? JsonReader::text(*object, "resource") : QString();
    const QString subresource = object ? JsonReader::text(*object, "subresource") : QString();
    const QString ns = object ? JsonReader::text(*object, "namespace") : QString();
    QString name = object ? JsonReader::text(*object, "name") : QString();
    if (name.isEmpty() && verb == QStringLiteral("create")) {
        // A create names no object in objectRef (the server may generate the name): the object
        // made is in the response, else in the request.
        for (std::string_view field : {"responseObject", "requestObject"}) {
            if (const auto made = JsonReader::object(audit, field)) {
                if (const auto metadata = JsonReader::object(*made, "metadata")) {
                    name = JsonReader::text(*metadata, "name");
                    if (name.isEmpty()) {
                        name = JsonReader::text(*metadata, "generateName");
                    }
                }
            }
            if (!name.isEmpty()) {
                break;
            }
        }
    }
    event.action = actionFor(verb, subresource);
    event.nativeAction = verb + QLatin1Char(' ') + resource +
                         (subresource.isEmpty() ? QString() : QLatin1Char('/') + subresource);
    if (resource.isEmpty()) {
        // Non-resource requests (/healthz, /metrics) are URLs on the API server.
        event.resource = QStringLiteral("k8s://%1%2").arg(m_cluster, JsonReader::text(audit, "requestURI"));
    } else {
        event.resource = QStringLiteral("k8s://%1/%2/%3")
                             .arg(m_cluster, ns.isEmpty() ? QStringLiteral("_") : ns, resource);
        if (!name.isEmpty()) {
            event.resource += QLatin1Char('/') + name;
        }
        if (!subresource.isEmpty()) {
            event.resource += QLatin1Char('/') + subresource;
        }
    }

    const auto user = JsonReader::object(audit, "user");
    if (user) {
        event.principal = JsonReader::text(*user, "username");
    }
    if (const auto impersonated = JsonReader::object(audit, "impersonatedUser")) {
        event.principal = JsonReader::text(*impersonated, "username");
    }
    if (event.principal.startsWith(QStringLiteral("system:serviceaccount:"))) {
        event.principalKind = PrincipalKind::KubernetesServiceAccount;
        event.principalValue = event.principal;
        // The cluster's own controllers (kube-system's service accounts) are the platform at work,
        // recorded but never taken for an unregistered agent.
        event.actsLikeAgent =
            !event.principal.startsWith(QStringLiteral("system:serviceaccount:kube-system:"));
        const auto extra = user ? JsonReader::object(*user, "extra") : std::nullopt;
        const QString credential = firstExtra(extra, "authentication.kubernetes.io/credential-id");
        const QString pod = firstExtra(extra, "authentication.kubernetes.io/pod-name");
        // Bound (projected) tokens name their pod and, since 1.29, their JTI; legacy secret-based
        // tokens name neither.
        event.credentialKind = !credential.isEmpty() || !pod.isEmpty() ? QStringLiteral("k8s-bound-token")
                                                                       : QStringLiteral("k8s-legacy-token");
        if (credential.startsWith(QStringLiteral("JTI="))) {
            event.tokenId = credential.mid(4);
        }
    }
    if (event.principal.isEmpty()) {
        event.principal = QStringLiteral("system:anonymous");
    }

    const auto annotations = JsonReader::object(audit, "annotations");
    const std::string_view decision =
        annotations ? JsonReader::view(*annotations, "authorization.k8s.io/decision") : std::string_view();
    const auto status = JsonReader::object(audit, "responseStatus");
    const std::optional<qint64> code = status ? JsonReader::integer(*status, "code") : std::nullopt;
    if (decision == "forbid" || code == 401 || code == 403) {
        event.outcome = EventOutcome::Denied;
    } else if (code) {
        event.outcome = *code >= 400 ? EventOutcome::Failure : EventOutcome::Success;
    }
    event.raw = raw;
    return event;
}

ParsedRecord K8sAuditParser::parse(const QByteArray& bytes) const
{
    ParsedRecord parsed;
    auto document = JsonReader::parse(bytes);
    if (!document) {
        parsed.rejectWhole(document.error().message, bytes);
        return parsed;
    }
    JsonReader::Object object;
    if (document->get(object) != simdjson::SUCCESS) {
        parsed.rejectWhole(tr("A Kubernetes audit record is a JSON object."), bytes);
        return parsed;
    }
    if (JsonReader::view(object, "kind") == "EventList") {
        if (const auto items = JsonReader::array(object, "items")) {
            for (JsonReader::Element item : *items) {
                const QByteArray itemRaw = JsonReader::compact(item);
                JsonReader::Object itemObject;
                auto event = item.get(itemObject) == simdjson::SUCCESS
                                 ? map(itemObject, itemRaw)
                                 : Result<Event>(Error{ErrorKind::Invalid,
                                                       tr("A Kubernetes audit record is a JSON object.")});
                if (event) {
                    parsed.events.append(std::move(event).value());
                } else {
                    parsed.rejected.append({event.error().message, itemRaw});
                }
            }
        }
        return parsed;
    }
    auto event = map(object, bytes);
    if (event) {
        parsed.events.append(std::move(event).value());
    } else {
        parsed.rejectWhole(event.error().message, bytes);
    }
    return parsed;
}
