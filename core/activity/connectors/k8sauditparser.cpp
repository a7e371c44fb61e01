// SPDX-License-Identifier: Apache-2.0
#include "k8sauditparser.h"

#include <QJsonArray>
#include <QJsonObject>

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

QString firstExtra(const QJsonObject& extra, const QString& key)
{
    const QJsonValue value = extra.value(key);
    return value.isArray() ? value.toArray().first().toString() : value.toString();
}

} // namespace

Result<Event> K8sAuditParser::map(const QJsonObject& audit, const QByteArray& raw) const
{
    const QString kind = audit.value(QStringLiteral("kind")).toString();
    const QString auditId = audit.value(QStringLiteral("auditID")).toString();
    const QString verb = audit.value(QStringLiteral("verb")).toString();
    if (kind != QStringLiteral("Event")) {
        return Error{ErrorKind::Invalid, tr("Not a Kubernetes audit Event (kind is not \"Event\").")};
    }
    if (auditId.isEmpty() || verb.isEmpty()) {
        return Error{ErrorKind::Invalid, tr("A Kubernetes audit Event needs auditID and verb as strings.")};
    }
    Event event;
    event.source = QStringLiteral("k8s");
    const QString stage = audit.value(QStringLiteral("stage")).toString();
    // The same request is logged once per stage; each stage is its own record.
    event.nativeId = stage.isEmpty() ? auditId : auditId + QLatin1Char('/') + stage;
    for (const char* field : {"stageTimestamp", "requestReceivedTimestamp", "timestamp"}) {
        event.timeNs = nanosFromIso(audit.value(QLatin1String(field)).toString());
        if (event.timeNs) {
            break;
        }
    }
    if (!event.timeNs) {
        event.timeNs = nanosFromIso(audit.value(QStringLiteral("metadata"))
                                        .toObject()
                                        .value(QStringLiteral("creationTimestamp"))
                                        .toString());
    }
    if (!event.timeNs) {
        return Error{ErrorKind::Invalid, tr("The Kubernetes audit Event has no time.")};
    }

    const QJsonObject object = audit.value(QStringLiteral("objectRef")).toObject();
    const QString resource = object.value(QStringLiteral("resource")).toString();
    const QString subresource = object.value(QStringLiteral("subresource")).toString();
    const QString ns = object.value(QStringLiteral("namespace")).toString();
    const QString name = object.value(QStringLiteral("name")).toString();
    event.action = actionFor(verb, subresource);
    event.nativeAction = verb + QLatin1Char(' ') + resource +
                         (subresource.isEmpty() ? QString() : QLatin1Char('/') + subresource);
    if (resource.isEmpty()) {
        // Non-resource requests (/healthz, /metrics) are URLs on the API server.
        event.resource =
            QStringLiteral("k8s://%1%2").arg(m_cluster, audit.value(QStringLiteral("requestURI")).toString());
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

    const QJsonObject user = audit.value(QStringLiteral("user")).toObject();
    event.principal = user.value(QStringLiteral("username")).toString();
    const QJsonObject impersonated = audit.value(QStringLiteral("impersonatedUser")).toObject();
    if (!impersonated.isEmpty()) {
        event.principal = impersonated.value(QStringLiteral("username")).toString();
    }
    if (event.principal.startsWith(QStringLiteral("system:serviceaccount:"))) {
        event.principalKind = PrincipalKind::KubernetesServiceAccount;
        event.principalValue = event.principal;
        event.actsLikeAgent = true;
        const QJsonObject extra = user.value(QStringLiteral("extra")).toObject();
        const QString credential =
            firstExtra(extra, QStringLiteral("authentication.kubernetes.io/credential-id"));
        const QString pod = firstExtra(extra, QStringLiteral("authentication.kubernetes.io/pod-name"));
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

    const QString decision = audit.value(QStringLiteral("annotations"))
                                 .toObject()
                                 .value(QStringLiteral("authorization.k8s.io/decision"))
                                 .toString();
    const QJsonValue code =
        audit.value(QStringLiteral("responseStatus")).toObject().value(QStringLiteral("code"));
    if (decision == QStringLiteral("forbid") || code.toInt() == 401 || code.toInt() == 403) {
        event.outcome = EventOutcome::Denied;
    } else if (code.isDouble()) {
        event.outcome = code.toInt() >= 400 ? EventOutcome::Failure : EventOutcome::Success;
    }
    event.raw = raw;
    return event;
}

ParsedRecord K8sAuditParser::parse(const QJsonValue& document, const QByteArray& raw) const
{
    ParsedRecord parsed;
    const QJsonObject object = document.toObject();
    if (!document.isObject()) {
        parsed.rejected.append({tr("A Kubernetes audit record is a JSON object."), raw});
        return parsed;
    }
    if (object.value(QStringLiteral("kind")).toString() == QStringLiteral("EventList")) {
        for (const QJsonValue& item : object.value(QStringLiteral("items")).toArray()) {
            const QByteArray itemRaw = compact(item);
            auto event = map(item.toObject(), itemRaw);
            if (event) {
                parsed.events.append(std::move(event).value());
            } else {
                parsed.rejected.append({event.error().message, itemRaw});
            }
        }
        return parsed;
    }
    auto event = map(object, raw);
    if (event) {
        parsed.events.append(std::move(event).value());
    } else {
        parsed.rejected.append({event.error().message, raw});
    }
    return parsed;
}
