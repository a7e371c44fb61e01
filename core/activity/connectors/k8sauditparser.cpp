// SPDX-License-Identifier: Apache-2.0
#include "k8sauditparser.h"

#include "model/connector.h"

#include <QUrl>
#include <QUrlQuery>

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

// Each string of an array field, or the field itself when it is one string.
void addStrings(JsonReader::Object object,
                std::string_view key,
                const QString& attribute,
                EventAttributes& out)
{
    if (const auto list = JsonReader::array(object, key)) {
        for (JsonReader::Element item : *list) {
            std::string_view text;
            if (item.get(text) == simdjson::SUCCESS) {
                out.add(attribute, JsonReader::string(text));
            }
        }
        return;
    }
    out.add(attribute, JsonReader::text(object, key));
}

bool isTrue(JsonReader::Object object, std::string_view key)
{
    bool value = false;
    return object[key].get(value) == simdjson::SUCCESS && value;
}

// What makes a pod dangerous: its images, privileged or extra-capability containers, the node's
// folders, network and processes.
void addPodSpec(JsonReader::Object spec, EventAttributes& out)
{
    for (std::string_view field : {"hostNetwork", "hostPID", "hostIPC"}) {
        if (isTrue(spec, field)) {
            out.set(field == "hostNetwork" ? QStringLiteral("host_network")
                    : field == "hostPID"   ? QStringLiteral("host_pid")
                                           : QStringLiteral("host_ipc"),
                    QStringLiteral("true"));
        }
    }
    if (const auto volumes = JsonReader::array(spec, "volumes")) {
        for (JsonReader::Element volume : *volumes) {
            JsonReader::Object object;
            if (volume.get(object) == simdjson::SUCCESS) {
                if (const auto hostPath = JsonReader::object(object, "hostPath")) {
                    out.add(QStringLiteral("host_path"), JsonReader::text(*hostPath, "path"));
                }
            }
        }
    }
    const auto securityContext = [&out](JsonReader::Object context) {
        if (isTrue(context, "privileged")) {
            out.set(QStringLiteral("privileged"), QStringLiteral("true"));
        }
        if (const std::optional<qint64> user = JsonReader::integer(context, "runAsUser")) {
            out.add(QStringLiteral("run_as_user"), QString::number(*user));
        }
        if (const auto capabilities = JsonReader::object(context, "capabilities")) {
            addStrings(*capabilities, "add", QStringLiteral("capabilities"), out);
        }
    };
    if (const auto context = JsonReader::object(spec, "securityContext")) {
        securityContext(*context);
    }
    for (std::string_view field : {"containers", "initContainers", "ephemeralContainers"}) {
        const auto containers = JsonReader::array(spec, field);
        if (!containers) {
            continue;
        }
        for (JsonReader::Element container : *containers) {
            JsonReader::Object object;
            if (container.get(object) != simdjson::SUCCESS) {
                continue;
            }
            out.add(QStringLiteral("image"), JsonReader::text(object, "image"));
            if (const auto context = JsonReader::object(object, "securityContext")) {
                securityContext(*context);
            }
        }
    }
}

// The security-relevant parts of what a request creates or changes, by the object's shape rather
// than its kind, so that a patch holding only part of an object is read as well.
void addRequestObject(JsonReader::Object object, EventAttributes& out)
{
    if (const auto roleRef = JsonReader::object(object, "roleRef")) {
        out.set(QStringLiteral("role_ref"), JsonReader::text(*roleRef, "name"));
    }
    if (const auto subjects = JsonReader::array(object, "subjects")) {
        for (JsonReader::Element subject : *subjects) {
            JsonReader::Object s;
            if (subject.get(s) != simdjson::SUCCESS) {
                continue;
            }
            const QString ns = JsonReader::text(s, "namespace");
            out.add(QStringLiteral("subjects"),
                    QStringLiteral("%1 %2%3").arg(JsonReader::text(s, "kind"),
                                                  ns.isEmpty() ? QString() : ns + QLatin1Char('/'),
                                                  JsonReader::text(s, "name")));
        }
    }
    if (const auto rules = JsonReader::array(object, "rules")) {
        for (JsonReader::Element rule : *rules) {
            JsonReader::Object r;
            if (rule.get(r) == simdjson::SUCCESS) {
                addStrings(r, "verbs", QStringLiteral("rule_verbs"), out);
                addStrings(r, "resources", QStringLiteral("rule_resources"), out);
                addStrings(r, "nonResourceURLs", QStringLiteral("rule_resources"), out);
            }
        }
    }
    auto spec = JsonReader::object(object, "spec");
    if (!spec) {
        return;
    }
    // A Service: its type says whether it opens a port on every node or to the internet.
    if (JsonReader::array(*spec, "ports")) {
        out.set(QStringLiteral("service_type"), JsonReader::text(*spec, "type"));
    }
    // A pod's spec is the object's own, a workload's is under its template, a CronJob's one
    // level deeper.
    if (const auto jobTemplate = JsonReader::object(*spec, "jobTemplate")) {
        spec = JsonReader::object(*jobTemplate, "spec");
    }
    if (spec) {
        if (const auto podTemplate = JsonReader::object(*spec, "template")) {
            spec = JsonReader::object(*podTemplate, "spec");
        }
    }
    if (spec) {
        addPodSpec(*spec, out);
    }
}

// The command of an exec or attach request, from its URI (…/exec?command=sh&command=-c&…).
QString execCommand(const QString& requestUri)
{
    const QUrlQuery query(QUrl(requestUri).query(QUrl::FullyEncoded));
    const QStringList parts = query.allQueryItemValues(QStringLiteral("command"), QUrl::FullyDecoded);
    return parts.join(QLatin1Char(' '));
}

// Who a Kubernetes user is: the cluster's own components, a workload's service account, or a
// person (any other authenticated user).
ActorType actorOf(const QString& username)
{
    if (username.startsWith(QStringLiteral("system:serviceaccount:"))) {
        // The cluster's own controllers (kube-system's service accounts) are the platform at work.
        return username.startsWith(QStringLiteral("system:serviceaccount:kube-system:")) ? ActorType::System
                                                                                         : ActorType::Agent;
    }
    if (username == QStringLiteral("system:anonymous") || username.isEmpty()) {
        return ActorType::Unknown;
    }
    if (username.startsWith(QStringLiteral("system:"))) {
        return ActorType::System; // nodes, the scheduler, the controller manager, the API server
    }
    return ActorType::Human;
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

    // Under impersonation the user is who acted; the impersonated identity is whom it acted as.
    // Crediting the impersonated account would lose the actor and blame (or invent) an agent.
    const auto user = JsonReader::object(audit, "user");
    if (user) {
        event.principal = JsonReader::text(*user, "username");
    }
    if (const auto impersonated = JsonReader::object(audit, "impersonatedUser")) {
        event.attributes.set(QStringLiteral("on_behalf_of"), JsonReader::text(*impersonated, "username"));
    }
    event.actorType = actorOf(event.principal);
    const auto extra = user ? JsonReader::object(*user, "extra") : std::nullopt;
    if (event.principal.startsWith(QStringLiteral("system:serviceaccount:"))) {
        event.principalKind = PrincipalKind::KubernetesServiceAccount;
        event.principalValue = event.principal;
        const QString credential = firstExtra(extra, "authentication.kubernetes.io/credential-id");
        const QString pod = firstExtra(extra, "authentication.kubernetes.io/pod-name");
        // Bound (projected) tokens name their pod and, since 1.29, their JTI; legacy secret-based
        // tokens name neither.
        event.credentialKind = !credential.isEmpty() || !pod.isEmpty() ? QStringLiteral("k8s-bound-token")
                                                                       : QStringLiteral("k8s-legacy-token");
        if (credential.startsWith(QStringLiteral("JTI="))) {
            event.tokenId = credential.mid(4);
        }
    } else if (const QString credential = firstExtra(extra, "authentication.kubernetes.io/credential-id");
               credential.startsWith(QStringLiteral("X509SHA256="))) {
        event.credentialKind = QStringLiteral("k8s-client-certificate");
    }
    if (event.principal.isEmpty()) {
        event.principal = QStringLiteral("system:anonymous");
    }
    addStrings(audit, "sourceIPs", QStringLiteral("source_ip"), event.attributes);
    event.attributes.set(QStringLiteral("user_agent"), JsonReader::text(audit, "userAgent"));
    if (const auto request = JsonReader::object(audit, "requestObject")) {
        addRequestObject(*request, event.attributes);
    }
    if (subresource == QStringLiteral("exec") || subresource == QStringLiteral("attach")) {
        event.attributes.set(QStringLiteral("command"), execCommand(JsonReader::text(audit, "requestURI")));
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
    if (code && *code >= 400) {
        event.attributes.set(QStringLiteral("error_code"), QString::number(*code));
        event.attributes.set(QStringLiteral("error_message"), JsonReader::text(*status, "message"));
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
